package extract_test

import "testing"

// TestHQMore covers the headquarters shapes of hq_more.go, with sentences
// written for the test, and near misses that must not fire.
func TestHQMore(t *testing.T) {
	runNews(t, []newsCase{
		{"Country's largest operator, X,", "Norway's largest operator, Acme Telecom, sells radios.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"X is one of Country's largest operators", "Acme Telecom is one of Norway's largest operators.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"X, a company based in City, Country,", "Acme Telecom, a company based in Lyon, France, sells radios.",
			[]string{"headquarteredIn(acme-telecom,FR)"}},
		{"X N.V. (ticker), an AI company based in City, the Country", "Acme Telecom N.V. (NASDAQ: ACME), an AI infrastructure company based in Amsterdam, the Netherlands, raised money.",
			[]string{"headquarteredIn(acme-telecom,NL)"}},
		{"X, whose headquarters are in City, Country", "Acme Telecom, whose headquarters are in Oslo, Norway, sells radios.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"From its headquarters in City, Country, X", "From its headquarters in Oslo, Norway, Acme Telecom sells radios.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"X and Y, both based in Country", "Acme Telecom and Helix Wireless, both based in Norway, signed a deal.",
			[]string{"headquarteredIn(acme-telecom,NO)", "headquarteredIn(helix-wireless,NO)", "partnerOf(acme-telecom,helix-wireless)"}},

		// near misses
		{"a city alone", "Acme Telecom, a company based in Lyon, sells radios.", nil},
		{"an office, not the seat", "Acme Telecom, a company with an office in Oslo, Norway, sells radios.", nil},
		{"a market, not the seat", "Acme Telecom is one of Norway's largest suppliers of radios to Helix Wireless.", nil},
		{"Country's description of another", "Helix Wireless signed with Norway's largest operator, which it did not name.", nil},
	})
}
