package extract_test

import "testing"

// TestUnresolvedSubjectIt: "it" after ", and" continues a subject that is
// an unresolved description, so it names nobody - not the nearest company
// of the list beside the subject; a named subject is what "it" continues.
func TestUnresolvedSubjectIt(t *testing.T) {
	runNews(t, []newsCase{
		{"unresolved description subject",
			"The Nordic group is also a founding member of the Radio Forum, alongside Acme Telecom and Ion Cloud, and it is a member of the Open Edge Alliance.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"named subject: it continues it",
			"Cobalt Mobile is also a founding member of the Radio Forum, alongside Acme Telecom and Ion Cloud, and it is a member of the Open Edge Alliance.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)",
				"memberOf(cobalt-mobile,open-edge-alliance)"}},
	})
}
