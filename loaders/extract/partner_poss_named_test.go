package extract_test

import "testing"

// TestPartnerPossNamed: a possessive partner noun with a kind of partner
// or a plural after the copula, and after a passive verb of naming or
// choosing; near misses: a negated verb, a former, would-be or founding
// partner, a verb that is neither the copula nor one of naming.
func TestPartnerPossNamed(t *testing.T) {
	const ab, ac = "partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)"
	runNews(t, []newsCase{
		{"a kind of partner after the copula", "Cobalt Mobile is Acme Telecom's network partner.", []string{ab}},
		{"plural kind of partners after the copula", "Cobalt Mobile and Ion Cloud are Acme Telecom's software partners.", []string{ab, ac}},
		{"named as X's partners", "Cobalt Mobile and Ion Cloud were named as Acme Telecom's cloud partners on Monday.", []string{ab, ac}},
		{"chosen as X's partner", "Cobalt Mobile was chosen as Acme Telecom's radio partner.", []string{ab}},
		{"named X's partners without as", "Cobalt Mobile and Ion Cloud were named Acme Telecom's partners.", []string{ab, ac}},
		{"near miss: not named", "Cobalt Mobile and Ion Cloud were not named as Acme Telecom's partners.", nil},
		{"near miss: a former partner", "Cobalt Mobile is Acme Telecom's former network partner.", nil},
		{"near miss: potential partners", "Cobalt Mobile and Ion Cloud are Acme Telecom's potential partners.", nil},
		{"near miss: founding partners", "Cobalt Mobile and Ion Cloud are Acme Telecom's founding partners.", nil},
		{"near miss: replaced X's partner", "Cobalt Mobile replaced Acme Telecom's network partner.", nil},
	})
}
