package extract_test

import "testing"

// TestPartnerRosterCopula: parties described by what they do with N and
// listed after a copula are N's partners; near misses: supply contracts,
// buying from N, a negated copula, an indefinite head.
func TestPartnerRosterCopula(t *testing.T) {
	pairs := func(n string, ids ...string) []string {
		var out []string
		for _, id := range ids {
			a, b := n, id
			if b < a {
				a, b = b, a
			}
			out = append(out, "partnerOf("+a+","+b+")")
		}
		return out
	}
	runNews(t, []newsCase{
		{"signing a pledge with, a semicolon list", "The companies signing the charter with Acme Telecom are Cobalt Mobile, the Norwegian carrier; Ion Cloud; and Larch Networks.",
			append(pairs("acme-telecom", "cobalt-mobile", "ion-cloud", "larch-networks"), "headquarteredIn(cobalt-mobile,NO)")},
		{"working with, include", "The operators working with Granite Labs include Helix Wireless and Kestrel Telecom.",
			pairs("granite-labs", "helix-wireless", "kestrel-telecom")},
		{"a relative clause, partnered", "The firms that have partnered with Polar Compute are Meridian Mobile and Ion Cloud.",
			pairs("polar-compute", "ion-cloud", "meridian-mobile")},
		{"near miss: supply contracts", "The companies signing supply contracts with Acme Telecom are Cobalt Mobile and Ion Cloud.", nil},
		{"near miss: buying from", "The companies buying radios from Acme Telecom are Cobalt Mobile and Ion Cloud.", nil},
		{"near miss: a negated copula", "The companies working with Granite Labs are not Helix Wireless and Kestrel Telecom.", nil},
		{"a singular head", "The company working with Granite Labs is Helix Wireless.", pairs("granite-labs", "helix-wireless")},
		{"near miss: an indefinite head", "Many operators working with Granite Labs are also Helix Wireless customers.", nil},
	})
}
