package extract_test

import "testing"

// TestNewsChairs covers chairs and chief executives told the ways news
// tells them, with sentences written for the test (issue 13), and the
// near misses that state no chair and no chief executive. The article
// date is 2025-06-12.
func TestNewsChairs(t *testing.T) {
	chair := func(p, o string) string { return "chairmanOf(" + p + "," + o + ")" }
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ")" }
	past := " modality=past"
	runNews(t, []newsCase{
		// possessive titles owned by a description or a pronoun
		{"the alliance's chairman with two groups in reach", "The Radio Forum was formed as a working party of the Edge AI Partnership. The alliance's chairman, Jane Park, opened the session.",
			[]string{chair("jane-park", "radio-forum"), "founded(radio-forum)"}},
		{"its first chairman was", "The Radio Forum met in Oslo. Its first chairman was Jane Park, then chief technology officer of Acme Telecom.",
			[]string{chair("jane-park", "radio-forum") + past}},
		{"the board's newly elected chair took over from", "The Radio Forum met in Oslo. The board's newly elected chair, Jane Park, took over in May from Omar Haddad.",
			[]string{chair("jane-park", "radio-forum"), chair("omar-haddad", "radio-forum") + past}},

		// relative clauses
		{"chaired by an honorific and P, apposition, who also chairs", "Granite Labs is chaired by Sheikh Omar Haddad, the country's security adviser, who also chairs Ion Cloud.",
			[]string{chair("omar-haddad", "granite-labs"), chair("omar-haddad", "ion-cloud")}},
		{"the co-founder who runs X as chief executive", "Jane Park, the co-founder who runs Granite Labs as chief executive, said sales rose.",
			[]string{ceo("jane-park", "granite-labs")}},
		{"the chief executive who has run X", "Omar Haddad, the chief executive who has run Cobalt Mobile since 2021, spoke first.",
			[]string{ceo("omar-haddad", "cobalt-mobile")}},
		{"the veteran who heads X as chief executive", "Lena Berg, the Acme Telecom veteran who heads Polar Compute as chief executive, spoke first.",
			[]string{ceo("lena-berg", "polar-compute")}},

		// passives over an honorific
		{"chaired by Crown Prince P", "Helix Wireless is chaired by Crown Prince Omar Haddad.", []string{chair("omar-haddad", "helix-wireless")}},
		{"and its board is chaired by Sheikh P", "Polar Compute is two years old. It has offices in Oslo, and its board is chaired by Sheikh Omar Haddad.",
			[]string{chair("omar-haddad", "polar-compute")}},

		// a board electing its chair
		{"the board elected P as its chairman", "The Radio Forum held its first board meeting. The board elected Jane Park, president of Acme Telecom, as its chairman.",
			[]string{chair("jane-park", "radio-forum")}},
		{"P was elected chair of its board", "The Radio Forum met in Oslo. Jane Park, chief technology officer of Acme Telecom, was elected chair of its board in June.",
			[]string{chair("jane-park", "radio-forum")}},

		// coordinated titles, a country before the company
		{"chairman of X and, since January, chairman of Y", "Jane Park, chairman of Acme Telecom and, since January, chairman of the Radio Forum itself, spoke first.",
			[]string{chair("jane-park", "acme-telecom"), chair("jane-park", "radio-forum")}},
		{"X's chief executive and a former chief executive of Y", "Omar Haddad, Cobalt Mobile's chief executive and a former chief executive of Ion Cloud, spoke first.",
			[]string{ceo("omar-haddad", "cobalt-mobile"), ceo("omar-haddad", "ion-cloud") + past}},
		{"CEO of a country's company", "Lena Berg, president and CEO of Norway's Kestrel Telecom, spoke first.",
			[]string{ceo("lena-berg", "kestrel-telecom"), "headquarteredIn(kestrel-telecom,NO)"}},

		// successions and a vacancy
		{"a new chairman, named in the next sentence to succeed Q", "The Radio Forum has a new chairman. Jane Park, vice president of radio at Acme Telecom, was named this week to succeed Omar Haddad, who chaired the body for five years.",
			[]string{chair("jane-park", "radio-forum"), chair("omar-haddad", "radio-forum") + past}},
		{"took over as X's chief executive, succeeding Q", "Jane Park took over as Acme Telecom's chief executive on June 1, succeeding Omar Haddad.",
			[]string{ceo("jane-park", "acme-telecom"), ceo("omar-haddad", "acme-telecom") + past}},

		// near misses
		{"who chairs a technical committee of X", "Jane Park, who chairs the Radio Forum's technical committee, spoke first.", nil},
		{"chair of X's working group", "Jane Park, chair of the Radio Forum's working group on radios, spoke first.", nil},
		{"who chairs X's steering committee, its governing body", "Jane Park, who chairs the Radio Forum's steering committee, spoke first.", []string{chair("jane-park", "radio-forum")}},
		{"who chairs a working group", "Jane Park, who chairs a working group of the Radio Forum, spoke first.", nil},
		{"the forum's vice chairman", "The Radio Forum met in Oslo. The forum's vice-chairman, Jane Park, opened the session.", nil},
		{"its executive director", "The Radio Forum met in Oslo. Its executive director, Jane Park, runs it day to day.", nil},
		{"who runs X with no title", "Omar Haddad, who runs Acme Telecom's AI unit, spoke first.", nil},
		{"the president who runs X", "Omar Haddad, the president who runs Acme Telecom, spoke first.", nil},
		{"an honorific alone is nobody", "Helix Wireless is chaired by Crown Prince.", nil},
		{"elected as its vice chair", "The Radio Forum met in Oslo. The board elected Jane Park as its vice chair.", nil},
		{"a new president is no chair", "The Radio Forum has a new president. Jane Park was named this week.", nil},
		{"a vacancy two sentences back", "The Radio Forum has a new chairman. The vote was close. Jane Park was named this week.", nil},
		{"a former chief executive in a coordination", "Omar Haddad, chief financial officer of Cobalt Mobile and a former director of Ion Cloud, spoke first.", nil},
		{"a successor of a chief technology officer", "Jane Park took over as Acme Telecom's chief technology officer, succeeding Omar Haddad.", nil},
	})
}
