package extract_test

import "testing"

// TestCareerBackground: a group named only as a sentence-opening person's
// past post does not take "the alliance" from the group the paragraph is
// about; near miss: a person saying something of the other group moves
// the focus as before.
func TestCareerBackground(t *testing.T) {
	runNews(t, []newsCase{
		{"past post is background", "The Open Edge Alliance has picked Jane Park of Acme Telecom as its chair. Park led the Spectrum Alliance between 2019 and 2022.\n\nThe alliance was formed in Oslo last spring. Its founding members were Acme Telecom, Ion Cloud and Granite Labs.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "founded(open-edge-alliance)",
				"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: a person's statement moves the focus", "The Open Edge Alliance met in Oslo on Monday. Jane Park said the Spectrum Alliance would publish its first test plan in June.\n\nThe alliance was formed in Geneva last spring. Its founding members were Acme Telecom, Ion Cloud and Granite Labs.",
			[]string{"founded(spectrum-alliance)",
				"foundingMember(acme-telecom,spectrum-alliance)", "foundingMember(granite-labs,spectrum-alliance)", "foundingMember(ion-cloud,spectrum-alliance)"}},
	})
}
