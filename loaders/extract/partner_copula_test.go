package extract_test

import "testing"

// TestPartnerNoun: partners said to be partners by a noun - a copula or
// an apposition over two parties, a copula with a possessive partner, a
// partner noun before a name - and "together with" after a verb's
// object; near misses: former or potential partners, three parties, a
// negated copula, partners of someone else, founding partners, co-founding
// or joining "together with", an unconfirmed report.
func TestPartnerNoun(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"have been partners since", "Acme Telecom and Cobalt Mobile have been partners since 2019.", []string{ab}},
		{"partners in apposition", "Acme Telecom and Cobalt Mobile, long-time partners, opened a lab in Oslo.", []string{ab}},
		{"is X's partner", "Cobalt Mobile has been Acme Telecom's partner since 2019.", []string{ab}},
		{"X's partner B", "Acme Telecom's partner Cobalt Mobile will supply the radios.", []string{ab}},
		{"A and its partner B", "Acme Telecom and its partner Cobalt Mobile opened a lab in Oslo.", []string{ab}},
		{"together with after the object", "Acme Telecom built the model together with Cobalt Mobile.", []string{ab}},
		{"jointly with after the object", "Acme Telecom designed the chip jointly with Cobalt Mobile.", []string{ab}},
		{"near miss: former partners", "Acme Telecom and Cobalt Mobile are former partners.", nil},
		{"near miss: three parties", "Acme Telecom, Cobalt Mobile and Ion Cloud are partners in the venture.", nil},
		{"near miss: not partners", "Acme Telecom and Cobalt Mobile are not partners, a spokesperson said.", nil},
		{"near miss: partners of someone else", "Acme Telecom and Cobalt Mobile are partners of Ion Cloud.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(cobalt-mobile,ion-cloud)"}},
		{"near miss: founding partners", "Acme Telecom and Cobalt Mobile are the founding partners.", nil},
		{"near miss: co-founded together with", "Acme Telecom co-founded the Radio Forum in 2018 together with Cobalt Mobile.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "founded(radio-forum) date=2018"}},
		{"near miss: joined together with", "Acme Telecom came aboard in June together with Cobalt Mobile.", nil},
		{"near miss: bought together with", "Acme Telecom bought the towers together with Cobalt Mobile.", nil},
		{"near miss: an unconfirmed report", "Acme Telecom and Cobalt Mobile are partners on two projects, people familiar with the matter said, though neither company confirmed this.", nil},
		{"near miss: the obvious partner", "Cobalt Mobile is Acme Telecom's obvious partner.", nil},
	})
}
