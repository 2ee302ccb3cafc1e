package extract_test

import "testing"

// TestGroupJoined: a counted plural that joins without an object joins the
// group in reach or in focus; near misses: an object ("joined the board",
// "joined forces"), a negation, no group named, a plural no list decides.
func TestGroupJoined(t *testing.T) {
	const head = "Open Edge Alliance holds its summit\n\nThe Open Edge Alliance met in Oslo on Monday. Jane Park was elected chair. She spoke about spectrum. Lena Berg spoke about money. Delegates dined at the harbour. "
	chair := "chairmanOf(jane-park,open-edge-alliance)"
	runNews(t, []newsCase{
		{"both joined last year",
			head + "Acme Telecom and Ion Cloud showed new radios. Both joined last year.",
			[]string{chair, "memberOf(acme-telecom,open-edge-alliance) since=2024", "memberOf(ion-cloud,open-edge-alliance) since=2024"}},
		{"the two newest members signed up",
			head + "Granite Labs and Polar Compute\nThe two newest members signed up last year.",
			[]string{chair, "memberOf(granite-labs,open-edge-alliance) since=2024", "memberOf(polar-compute,open-edge-alliance) since=2024"}},
		{"a predicate, not a back-reference: are the two newest members of",
			"Acme Telecom and Ion Cloud are the two newest members of the Radio Forum.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(ion-cloud,radio-forum)"}},
		{"near miss: joined the board",
			head + "Acme Telecom and Ion Cloud showed new radios. Both joined the board last year.", []string{chair}},
		{"near miss: joined forces (a partnership, no membership)",
			head + "Acme Telecom and Ion Cloud showed new radios. Both joined forces last year.", []string{chair, "partnerOf(acme-telecom,ion-cloud)"}},
		{"near miss: negated",
			head + "Acme Telecom and Ion Cloud showed new radios. Both have not joined.", []string{chair}},
		{"near miss: no group named",
			"Delegates met in Oslo. Jane Park spoke about spectrum. Acme Telecom and Ion Cloud showed new radios. Both joined last year.", nil},
		{"near miss: three names for two",
			head + "Acme Telecom, Ion Cloud and Cobalt Mobile showed new radios. Both joined last year.", []string{chair}},
	})
}

// TestRelativeJoined: "A, which came aboard in December," joins the group
// in reach or in focus; near misses: a relative clause with an object, a
// person, no group named.
func TestRelativeJoined(t *testing.T) {
	const head = "Open Edge Alliance holds its summit\n\nThe Open Edge Alliance met in Oslo on Monday. Jane Park was elected chair. She spoke about spectrum. Lena Berg spoke about money. Delegates dined at the harbour. "
	chair := "chairmanOf(jane-park,open-edge-alliance)"
	runNews(t, []newsCase{
		{"which came aboard, after the main clause",
			head + "Cobalt Mobile praised Kestrel Telecom, which came aboard last year.",
			[]string{chair, "memberOf(kestrel-telecom,open-edge-alliance) since=2024"}},
		{"which signed up, inserted",
			head + "Granite Labs, which signed up last year, showed new radios.",
			[]string{chair, "memberOf(granite-labs,open-edge-alliance) since=2024"}},
		{"near miss: which joined a company",
			head + "Granite Labs, which joined Cobalt Mobile last year, showed new radios.", []string{chair}},
		{"near miss: a person who came aboard",
			head + "Ion Cloud hired Omar Haddad, who came aboard last year.", []string{chair}},
		{"near miss: no group named",
			"Delegates met in Oslo. Granite Labs, which signed up last year, showed new radios.", nil},
	})
}

// TestIntoFold: "A and B bring two more operators into the fold" says A
// and B joined the group in reach or in focus; near misses: a name brought
// in (a takeover, maybe), a negation, no group named.
func TestIntoFold(t *testing.T) {
	const head = "Open Edge Alliance holds its summit\n\nThe Open Edge Alliance met in Oslo on Monday. Jane Park was elected chair. She spoke about spectrum. Lena Berg spoke about money. Delegates dined at the harbour. "
	chair := "chairmanOf(jane-park,open-edge-alliance)"
	runNews(t, []newsCase{
		{"bring more operators into the fold",
			head + "Granite Labs and Larch Networks bring two more Nordic operators into the fold.",
			[]string{chair, "memberOf(granite-labs,open-edge-alliance)", "memberOf(larch-networks,open-edge-alliance)"}},
		{"near miss: a name brought into the fold",
			head + "Granite Labs brought Larch Networks into the fold last year.", []string{chair}},
		{"near miss: negated",
			head + "Granite Labs and Larch Networks did not bring more operators into the fold.", []string{chair}},
		{"near miss: no group named",
			"Delegates met in Oslo. Granite Labs and Larch Networks bring two more operators into the fold.", nil},
	})
}
