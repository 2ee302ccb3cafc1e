package extract_test

import "testing"

// TestAboutBoilerplate: a press release's "About Acme" heading opens the
// section about Acme, so "the group" under it is Acme, not a company an
// earlier section was about (about.go).
func TestAboutBoilerplate(t *testing.T) {
	runNews(t, []newsCase{
		{"About headings closing a release",
			"Fjord Cloud, the venture owned by Granite Labs and Ion Cloud, opened on Monday.\n\nJane Park, chief executive of Granite Labs, called the venture a first step.\n\nAbout Granite Labs\nGranite Labs is a Norwegian chip designer. Its chairman is Omar Haddad.\n\nAbout Ion Cloud\nIon Cloud is a computing company based in Norway. Lena Berg is the group's CEO.",
			[]string{"ceoOf(jane-park,granite-labs)", "ceoOf(lena-berg,ion-cloud)", "chairmanOf(omar-haddad,granite-labs)",
				"headquarteredIn(granite-labs,NO)", "headquarteredIn(ion-cloud,NO)", "jointVenture(granite-labs,ion-cloud)"}},
	})
}
