package extract_test

import "testing"

// TestSectionHeading reads a listicle: a company's name on a line of its
// own (with or without a list number) makes the section under it about
// that company, so "its" and "the company" there are the heading's
// company, not the one the previous section was about. A line that ends
// like a sentence, or names more than one company, is no heading.
func TestSectionHeading(t *testing.T) {
	runNews(t, []newsCase{
		{"numbered heading: its is the new section's company",
			"Start-ups to watch\n\n1. Granite Labs\nThe start-up designs radio chips. Its chief executive is Omar Haddad, and it counts Acme Telecom among its investors.\n\n2. Ion Cloud\nNot a start-up at all, but a cloud for operators. Its chief executive, Jane Park, said demand was strong.",
			[]string{"ceoOf(omar-haddad,granite-labs)", "investedIn(acme-telecom,granite-labs)", "ceoOf(jane-park,ion-cloud)"}},
		{"a bare name as heading",
			"Granite Labs\nThe start-up designs radio chips. Its chief executive is Omar Haddad.\n\nIon Cloud\nA cloud for operators. Its chief executive is Jane Park.",
			[]string{"ceoOf(omar-haddad,granite-labs)", "ceoOf(jane-park,ion-cloud)"}},
		{"a line naming two companies heads no section",
			"Granite Labs designs radio chips. Its chief executive is Omar Haddad.\n\nIon Cloud and Helix Wireless\nA cloud for operators, and a radio maker. Its chief executive is Jane Park.",
			[]string{"ceoOf(omar-haddad,granite-labs)"}},
	})
}
