package extract_test

import "testing"

// TestZ22bHonorifics: a title of address before the name ("Datuk", "Tan
// Sri", "Sheikh", "H.E.", "Eng.", "Dr") is no name of its own and does not
// part the company's title from the person (round 18, real-news probes;
// mention_honorific.go).
func TestZ22bHonorifics(t *testing.T) {
	runNews(t, []newsCase{
		{"X chief executive Datuk P",
			"Kestrel Telecom chief executive Datuk Omar Haddad said the fibre rollout was on track.",
			[]string{"ceoOf(omar-haddad,kestrel-telecom)"}},
		{"X group CEO Tan Sri P",
			"Helix Wireless group CEO Tan Sri Jane Park expects margins to recover next year.",
			[]string{"ceoOf(jane-park,helix-wireless)"}},
		{"X Chairman Sheikh P",
			"Cobalt Mobile Chairman Sheikh Omar Haddad thanked the outgoing management.",
			[]string{"chairmanOf(omar-haddad,cobalt-mobile)"}},
		{"The Chairman of X, H.E. P,",
			"The Chairman of Meridian Mobile, H.E. Lena Berg, opened the summit on Monday.",
			[]string{"chairmanOf(lena-berg,meridian-mobile)"}},
		{"appointed Eng. P as CEO",
			"Larch Networks has appointed Eng. Omar Haddad as chief executive officer.",
			[]string{"ceoOf(omar-haddad,larch-networks)"}},
		{"X chief executive Dr P",
			"Granite Labs chief executive Dr Jane Park will present the results.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		{"near miss: a minister with an honorific holds no post at X",
			"Datuk Omar Haddad, the minister, visited Kestrel Telecom on Friday.",
			nil},
	})
}

// TestZ22bFrontedSource: a fronted attribution ("According to The Star,",
// "Speaking to A,") names an outlet or a listener, no company that shares
// the title set before the person after the comma (list_fronted.go).
func TestZ22bFrontedSource(t *testing.T) {
	runNews(t, []newsCase{
		{"According to an outlet, X chief executive P",
			"According to The Daily Ledger, Kestrel Telecom chief executive Jane Park has left the talks.",
			[]string{"ceoOf(jane-park,kestrel-telecom)"}},
		{"Speaking to a known company, X chairman P",
			"Speaking to Granite Labs, Helix Wireless chairman Omar Haddad said the tender was open.",
			[]string{"chairmanOf(omar-haddad,helix-wireless)"}},
		{"As reported by an outlet, X CEO P",
			"As reported by The Morning Wire, Cobalt Mobile CEO Lena Berg plans to sell the towers.",
			[]string{"ceoOf(lena-berg,cobalt-mobile)"}},
	})
}

// TestZ22bHelmPurpose: "P left Y to take the helm at X" gives the helm to
// the subject of "left", never to a name that only modifies the company
// left ("the Y unit"; roles_helm_purpose.go).
func TestZ22bHelmPurpose(t *testing.T) {
	runNews(t, []newsCase{
		{"quit Y to take the helm at X",
			"Jane Park quit Granite Labs to take the helm at Kestrel Telecom.",
			[]string{"ceoOf(jane-park,kestrel-telecom)"}},
		{"left the Y unit to take the helm at X: no helm for the unknown name",
			"Omar Haddad left the Sandvale Holdings unit to take the helm at Cobalt Mobile.",
			[]string{"ceoOf(omar-haddad,cobalt-mobile)"}},
		{"will leave Y to take the helm of X (planned)",
			"Lena Berg will leave Ion Cloud in June to take the helm of Helix Wireless.",
			[]string{"ceoOf(lena-berg,helix-wireless) modality=planned"}},
	})
}

// TestZ22bOperatingTitle: "Chief Operating Officer" written with capitals
// before a name is a title, and "Operating" no unknown name standing
// between the title and the person (mentions.go, chunkStop).
func TestZ22bOperatingTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"named its Chief Operating Officer P as its new Chief Executive",
			"Larch Networks named its Chief Operating Officer Lena Berg as its new Chief Executive.",
			[]string{"ceoOf(lena-berg,larch-networks)"}},
		{"promoted its Chief Operating Officer P to chief executive",
			"Meridian Mobile appointed its Chief Operating Officer Omar Haddad as chief executive.",
			[]string{"ceoOf(omar-haddad,meridian-mobile)"}},
	})
}
