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

// TestSectionHeadline: a heading that is the company's name and a tagline
// after a colon or a dash, or a headline opening with the only
// organisation it names, heads a section about that company too; a
// headline naming a second organisation does not.
func TestSectionHeadline(t *testing.T) {
	runNews(t, []newsCase{
		{"name and tagline",
			"Start-ups to watch\n\n1. Granite Labs\nThe start-up designs radio chips. Its chief executive is Omar Haddad.\n\n2. Ion Cloud: an early start for Park\nA cloud for operators. Its chief executive is Jane Park.",
			[]string{"ceoOf(omar-haddad,granite-labs)", "ceoOf(jane-park,ion-cloud)"}},
		{"a numbered headline",
			"Start-ups to watch\n\n1. Granite Labs\nThe start-up designs radio chips. Its chief executive is Omar Haddad.\n\n2. Ion Cloud hands the keys to Park\n\nA cloud for operators. Its chief executive is Jane Park.",
			[]string{"ceoOf(omar-haddad,granite-labs)", "ceoOf(jane-park,ion-cloud)"}},

		// near misses
		{"a numbered headline about two companies",
			"Start-ups to watch\n\n1. Granite Labs\nThe start-up designs radio chips. Its chief executive is Omar Haddad.\n\n2. Ion Cloud buys into Helix Wireless\n\nA cloud for operators. Its chief executive is Jane Park.",
			// no section: "Its" falls back to the article's subject, not Ion
			// Cloud; the headline itself tells a purchase of shares (round 28)
			[]string{"ceoOf(omar-haddad,granite-labs)", "ceoOf(jane-park,granite-labs)", "investedIn(ion-cloud,helix-wireless)"}},
	})
}

// TestBareTitleApposition: a title alone in apposition to a person ("P,
// chief executive since 2012, stepped down", "P, the former CEO, ...")
// is a title at the company the text is about; an apposition that is no
// title states nothing.
func TestBareTitleApposition(t *testing.T) {
	runNews(t, []newsCase{
		{"a title with since",
			"Acme Telecom named Jane Park chief executive on Monday. Omar Haddad, chief executive since 2012, stepped down.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,acme-telecom) since=2012"}},
		{"a former title",
			"Acme Telecom named Jane Park chief executive on Monday. Omar Haddad, the former CEO, has stayed on as an adviser.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,acme-telecom) modality=past"}},

		// near misses
		{"no title", "Acme Telecom named Jane Park chief executive on Monday. Omar Haddad, an engineer since 2012, stepped down.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"a vice title", "Acme Telecom named Jane Park chief executive on Monday. Omar Haddad, the vice chairman, stepped down.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}
