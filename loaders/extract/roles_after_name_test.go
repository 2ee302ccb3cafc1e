package extract_test

import "testing"

// TestTitlesAfterName: titles after a person's name in the shapes of
// speaker lists, captions and profiles (roles_after_name.go, round 14):
// "for" before the organisation, a lone "chief" or "the top executive"
// before "of"/"at", "X's top executive, P", a dash between the name and
// "title, organisation", and "-designate" on an appointed title.
func TestTitlesAfterName(t *testing.T) {
	runNews(t, []newsCase{
		{"P, president and CEO for X", "The keynote came from Jane Park, president and CEO for Cobalt Mobile, on Tuesday.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"P, the chief of X", "The deal was signed by Omar Haddad, the chief of Helix Wireless, in Cairo.",
			[]string{"ceoOf(omar-haddad,helix-wireless)"}},
		{"P, the former chief at X", "Lena Berg, the former chief at Ion Cloud, joined the panel.",
			[]string{"ceoOf(lena-berg,ion-cloud) modality=past"}},
		{"P, the top executive of X", "Omar Haddad, the top executive of Helix Wireless, said orders had doubled.",
			[]string{"ceoOf(omar-haddad,helix-wireless)"}},
		{"X's top executive, P,", "Back home, Larch Networks' top executive, Jane Park, is cutting costs.",
			[]string{"ceoOf(jane-park,larch-networks)"}},
		{"P - title, X (speaker list)", "Speakers include Lena Berg - President and CEO, Granite Labs, and two analysts.",
			[]string{"ceoOf(lena-berg,granite-labs)"}},
		{"P — title, X (speaker list)", "Jane Park — Chair, Meridian Mobile",
			[]string{"chairmanOf(jane-park,meridian-mobile)"}},
		{"named P as Chair-designate", "Kestrel Telecom has named Omar Haddad as Chairman-designate.",
			[]string{"chairmanOf(omar-haddad,kestrel-telecom) modality=planned"}},
		{"The board itself is chaired by P", "Cobalt Mobile cut prices again. The board itself is chaired by Omar Haddad, a former banker.",
			[]string{"chairmanOf(omar-haddad,cobalt-mobile)"}},
		{"Its co-founder and chief executive, P, (sentence start)", "Cobalt Mobile opened a lab in Oslo. Its co-founder and chief executive, Jane Park, said hiring would double.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "foundedBy(cobalt-mobile,jane-park)"}},
		{"X is ..., and its co-founder and CEO, P,", "Acme Telecom is a young operator, and its co-founder and CEO, Lena Berg, grew up in Oslo.",
			[]string{"ceoOf(lena-berg,acme-telecom)", "foundedBy(acme-telecom,lena-berg)"}},
		{"Its co-CEO, P,", "Ion Cloud opened a lab in Oslo. Its co-CEO, Omar Haddad, said hiring would double.",
			[]string{"ceoOf(omar-haddad,ion-cloud)"}},
		{"The chief executive of X is P", "The chief executive of Helix Wireless is Omar Haddad, a former banker.",
			[]string{"ceoOf(omar-haddad,helix-wireless)"}},
		{"The chairman of X was P (past)", "Ion Cloud grew fast. The chairman of Kestrel Telecom was Lena Berg until 2021.",
			[]string{"chairmanOf(lena-berg,kestrel-telecom) modality=past"}},
		{"near miss: The CTO of X is P", "The chief technology officer of Helix Wireless is Omar Haddad.", nil},
		{"near miss: The CEO of X is P's successor", "The chief executive of Helix Wireless is Omar Haddad's successor.", nil},
		{"near miss: a top executive (one of several)", "Omar Haddad, a top executive at Helix Wireless, said orders had doubled.", nil},
		{"near miss: chief of staff", "Omar Haddad, chief of staff at Helix Wireless, said orders had doubled.", nil},
		{"near miss: a dash before a title of no relation", "Lena Berg - Chief Technology Officer, Granite Labs", nil},
		{"near miss: CFO for X", "Jane Park, chief financial officer for Cobalt Mobile, spoke first.", nil},
	})
}
