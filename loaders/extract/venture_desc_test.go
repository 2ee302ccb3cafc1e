package extract_test

import "testing"

// TestVentureDescription: a joint venture whose noun carries a nationality
// ("the Dutch joint venture") or is "a joint company"; near misses: a
// company noun with no "joint", a negated verb, one maker only.
func TestVentureDescription(t *testing.T) {
	const jv = "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"formed the Dutch joint venture with B", "Acme Telecom formed the Dutch joint venture with Helix Wireless in 2016.", []string{jv}},
		{"set up a joint company", "Acme Telecom and Helix Wireless set up a joint company to sell cloud services.", []string{jv}},
		{"to create the joint company", "Acme Telecom and Helix Wireless combined their fibre businesses in 2021 to create the joint company.", []string{jv + " modality=planned"}},
		{"near miss: no joint", "Acme Telecom formed the new fibre company with Helix Wireless in 2016.", nil},
		{"near miss: did not set up", "Acme Telecom and Helix Wireless did not set up a joint company.", nil},
		{"near miss: one maker", "Acme Telecom set up a joint company.", nil},
	})
}

// TestVentureContactOwners: owners told by a contact relative clause on
// the venture noun; near misses: one owner, a negated verb, a noun that is
// no company or venture.
func TestVentureContactOwners(t *testing.T) {
	const jv = "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"a joint venture A and B own in equal parts", "Cobalt Mobile bought the towers through a joint venture Acme Telecom and Helix Wireless own in equal parts.", []string{jv}},
		{"J, the company A co-owns with B", "Ion Cloud, the data-centre company Acme Telecom co-owns with Helix Wireless, opened a site.", []string{jv}},
		{"J, the company it co-owns with B", "Acme Telecom raised its stake in Ion Cloud, the fibre company it co-owns with Helix Wireless.", []string{"investedIn(acme-telecom,ion-cloud)", jv}},
		{"near miss: one owner", "Acme Telecom sold Ion Cloud, the fibre company it owns.", nil},
		{"near miss: a building, not a company", "Cobalt Mobile rented the tower Acme Telecom and Helix Wireless own together.", nil},
	})
}

// TestJointVentureCompanyNoun covers "a joint venture company" (and "a
// joint-venture firm") as the venture noun an agreement sets up.
func TestJointVentureCompanyNoun(t *testing.T) {
	runNews(t, []newsCase{
		{"a joint venture company after a possessive agreement",
			"Cobalt Mobile and Helix Wireless signed a shareholders' agreement to set up a joint venture company in Lisbon.",
			[]string{"jointVenture(cobalt-mobile,helix-wireless) modality=planned", "partnerOf(cobalt-mobile,helix-wireless)"}},
		{"a joint-venture firm",
			"Acme Telecom and Ion Cloud agreed to create a joint-venture firm for satellite backhaul.",
			[]string{"jointVenture(acme-telecom,ion-cloud) modality=planned"}},
		{"the group's counted members set it up",
			"Acme Telecom founded the Open Edge Alliance with Ion Cloud and Cobalt Mobile in 2023. " +
				"Last May the three members signed a shareholders' agreement to set up a joint venture company in Lisbon.",
			[]string{"founded(open-edge-alliance) date=2023", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"foundingMember(ion-cloud,open-edge-alliance)", "jointVenture(acme-telecom,cobalt-mobile,ion-cloud) modality=planned"}},
		{"a company with no joint",
			"Cobalt Mobile and Helix Wireless signed a shareholders' agreement to set up a company in Lisbon.",
			[]string{"partnerOf(cobalt-mobile,helix-wireless)"}},
	})
}
