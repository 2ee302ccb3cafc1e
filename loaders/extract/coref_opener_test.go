package extract_test

import "testing"

// TestItsOpener covers a sentence-initial "Its <title>" resolved to the
// organisation that opened the sentence before (coref_opener.go), not to
// the first company that sentence named after its verb, and the near
// misses where the sentence before opened with no organisation or the
// sentence itself names one first.
func TestItsOpener(t *testing.T) {
	runNews(t, []newsCase{
		{"a described alliance opened the sentence before",
			"The Open Edge Alliance was formed in 2024. The alliance was launched by Acme Telecom and Borealis Networks. Its chair, Jane Park, said it had 40 members.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "founded(open-edge-alliance) date=2024", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)"}},
		{"a named company opened the sentence before",
			"Borealis Networks is backed by Acme Telecom. Its chief executive is Omar Haddad.",
			[]string{"ceoOf(omar-haddad,borealis-networks)", "investedIn(acme-telecom,borealis-networks)"}},

		// near misses
		{"the sentence before opened with a date: the first company named",
			"In May, Acme Telecom bought a stake in Borealis Networks. Its chief executive is Omar Haddad.",
			[]string{"ceoOf(omar-haddad,acme-telecom)", "investedIn(acme-telecom,borealis-networks)"}},
		{"its sentence names a company before the pronoun",
			"The alliance was launched by Acme Telecom. Borealis Networks said its chief executive, Omar Haddad, would attend.",
			[]string{"ceoOf(omar-haddad,borealis-networks)"}},
	})
}
