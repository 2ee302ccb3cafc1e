package extract_test

import "testing"

// TestListDescriptorGaps: descriptors that wire copy puts on the items of
// a subject pair keep the pair one list: coordinated modifiers, a region
// for a nationality, an apposition on the first item, and "from" with a
// country after each item.
func TestListDescriptorGaps(t *testing.T) {
	runNews(t, []newsCase{
		{"and <nat> X and Y firm B", "Acme Telecom and Danish cloud and security firm Borealis Networks signed a memorandum of understanding on Friday.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"and X and Y company B", "Cobalt Mobile and fibre and data centre company Ion Cloud have formed a strategic partnership.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)"}},
		{"and <region> telecom powerhouse B", "Polar Compute and Asian telecom powerhouse Kestrel Telecom have agreed a five-year partnership.",
			[]string{"partnerOf(kestrel-telecom,polar-compute)"}},
		{"A, a <desc>, and B", "Helix Wireless, a regional mobile operator, and Larch Networks have signed a strategic partnership.",
			[]string{"partnerOf(helix-wireless,larch-networks)"}},
		{"A from <country> and B from <country>", "Meridian Mobile from Chile and Granite Labs from Ireland have signed a memorandum of understanding.",
			[]string{"partnerOf(granite-labs,meridian-mobile)"}},
		{"an apposition with a preposition joins nothing", "Helix Wireless, a unit of Larch Networks, and Acme Telecom signed a deal.", nil},
	})
}
