package extract_test

import "testing"

// TestItemBracketCountry: a country in brackets after a roster item's
// organisation is its headquarters (hq_item_bracket.go).
func TestItemBracketCountry(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"bracketed country before the description",
			"The bosses, with each group's home country in brackets:\n- Cobalt Mobile (Denmark): Tomas Berg, head of strategy\n- Kestrel Network (South Korea) - Mara Lindqvist, chief technology officer",
			[]string{"headquarteredIn(cobalt-mobile,DK)", "headquarteredIn(kestrel-network,KR)"}},
		{"bracketed country closing the item",
			"Three operators signed up:\n- Cobalt Mobile (Finland)\n- Kestrel Network (Japan)\n- Acme Telecom",
			[]string{"headquarteredIn(cobalt-mobile,FI)", "headquarteredIn(kestrel-network,JP)"}},
		{"near miss: a unit, a preposition, a demonym, a former name",
			"Three operators signed up:\n- Cobalt Mobile (Finland unit)\n- Kestrel Network (in Japan)\n- Acme Telecom (Swedish)\n- Acme Telecom (formerly Cobalt Mobile)",
			nil},
		{"near miss: one organisation listed by market",
			"Its biggest customers:\n- Cobalt Mobile (Spain)\n- Cobalt Mobile (France)\n- Acme Telecom",
			nil},
		{"near miss: the bracket after a person",
			"Speakers:\n- Tomas Berg (Denmark), Cobalt Mobile\n- Mara Lindqvist (Norway), Kestrel Network",
			nil},
		{"near miss: the bracket further along the item",
			"Speakers:\n- Cobalt Mobile: head of sales (Denmark)",
			nil},
	})
}
