package extract_test

import "testing"

// TestHaveBackersList: a company's backers listed after a colon, on one
// line or as bullets, with a long apposition between the company and the
// verb; near misses: former backers, customers, a negated verb.
func TestHaveBackersList(t *testing.T) {
	runNews(t, []newsCase{
		{"counted backers on one line", "Helix Wireless has three backers: Ion Cloud, Granite Labs and Polar Compute.",
			[]string{"investedIn(granite-labs,helix-wireless)", "investedIn(ion-cloud,helix-wireless)", "investedIn(polar-compute,helix-wireless)"}},
		{"a list of backers as bullets after an apposition",
			"Helix Wireless, a 2021 spin-off from the University of Bergen run by Lena Berg, has the longest list of backers:\n\n- Ion Cloud\n- Granite Labs\n",
			[]string{"founded(helix-wireless) date=2021", "investedIn(granite-labs,helix-wireless)", "investedIn(ion-cloud,helix-wireless)"}},
		{"counts investors", "Helix Wireless counts two investors: Ion Cloud and Polar Compute.",
			[]string{"investedIn(ion-cloud,helix-wireless)", "investedIn(polar-compute,helix-wireless)"}},
		{"near miss: former backers", "Helix Wireless has two former backers: Ion Cloud and Granite Labs.", nil},
		{"near miss: customers", "Helix Wireless has two customers: Ion Cloud and Granite Labs.", nil},
		{"near miss: a negated verb", "Helix Wireless does not have investors: Ion Cloud and Granite Labs are customers.", nil},
	})
}
