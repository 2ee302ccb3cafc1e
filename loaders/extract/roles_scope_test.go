package extract_test

import "testing"

// TestRoleScope: a title whose organisation is in the possessive and is
// followed by its parent, a meeting, an advisory body or a regional remit
// is no title of that organisation (roles_scope.go). Sentences written for
// the test; the plain possessive titles stay.
func TestRoleScope(t *testing.T) {
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ")" }
	chair := func(p, o string) string { return "chairmanOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"chief executive of X's parent", "Jane Park, chief executive of Acme Telecom's parent, spoke first.", nil},
		{"X's chief executive for a country", "Omar Haddad, Cobalt Mobile's chief executive for Denmark, said prices would rise.", nil},
		{"X's group CEO for a region", "Cobalt Mobile's group CEO for Asia, Omar Haddad, said prices would rise.", nil},
		{"chaired X's board meeting", "Lena Berg chaired Polar Compute's board meeting in March.", nil},
		{"chairs X's advisory council", "Lena Berg chairs Polar Compute's advisory council.", nil},
		{"who heads X's unit as chief executive", "Lena Berg, chief executive of Polar Compute's cloud unit, spoke first.", nil},
		{"chief executive of a group's country company", "Jane Park, chief executive of Acme Telecom Norway, said sales rose.", nil},
		{"a group's country company before the title", "Acme Telecom South Africa chief executive Jane Park said sales rose.", nil},
		{"a bare title after the company's named holder", "The unit is chaired by Jane Park, Acme Telecom's group chief executive, and run day to day by CEO Omar Haddad.",
			[]string{ceo("jane-park", "acme-telecom")}},
		{"two people, the chief executives of two companies", "Jane Park and Omar Haddad, the chief executives of Acme Telecom and Cobalt Mobile, signed the letter.",
			[]string{ceo("jane-park", "acme-telecom"), ceo("omar-haddad", "cobalt-mobile")}},
		{"three people, the chairmen of two companies", "Jane Park, Lena Berg and Omar Haddad, the chairmen of Acme Telecom and Cobalt Mobile, signed the letter.", nil},
		{"two people, the co-CEOs of one company", "Jane Park and Omar Haddad, the co-CEOs of Acme Telecom, signed the letter.",
			[]string{ceo("jane-park", "acme-telecom"), ceo("omar-haddad", "acme-telecom")}},
		{"ex- before the company's name", "The board hired ex-Cobalt Mobile CEO Omar Haddad as an adviser.", []string{ceo("omar-haddad", "cobalt-mobile") + " modality=past"}},
		{"O, and its chief executive P: a new clause", "Zentrova is a customer of Cobalt Mobile, and its chief executive Jane Park said he was happy.", nil},
		{"a bare title in a sentence about another company", "Acme Telecom reported higher sales. Acme Telecom also cut costs. Cobalt Mobile is run by two co-CEOs: Jane Park, who is president and co-CEO, and a deputy.", []string{ceo("jane-park", "cobalt-mobile")}}, // never Acme Telecom's; the colon list is Cobalt Mobile's (roles_run.go)
		// kept
		{"a bare title in a sentence that names the topic too", "Acme Telecom reported higher sales. Acme Telecom named a new chairman after Jane Park, who has been president and CEO since 2020, left for Cobalt Mobile.", []string{ceo("jane-park", "acme-telecom") + " since=2020"}},
		{"a person opens the clause before O, and its", "Jane Park runs Acme Telecom, and its chairman Omar Haddad said sales rose.", []string{ceo("jane-park", "acme-telecom"), chair("omar-haddad", "acme-telecom")}},
		{"a bare title at the one company", "Acme Telecom said profits rose, and CEO Omar Haddad called it a good year.", []string{ceo("omar-haddad", "acme-telecom")}},
		{"chief executive of X, a country's operator", "Jane Park, chief executive of Acme Telecom, Norway's largest operator, said sales rose.", []string{ceo("jane-park", "acme-telecom"), "headquarteredIn(acme-telecom,NO)"}},
		{"X's chief executive", "Omar Haddad, Cobalt Mobile's chief executive, said prices would rise.", []string{ceo("omar-haddad", "cobalt-mobile")}},
		{"X's chief executive for five years", "Omar Haddad, Cobalt Mobile's chief executive for five years, said prices would rise.", []string{ceo("omar-haddad", "cobalt-mobile")}},
		{"chairs X's board", "Lena Berg chairs Polar Compute's board.", []string{chair("lena-berg", "polar-compute")}},
	})
}
