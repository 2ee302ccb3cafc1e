package extract_test

import "testing"

// TestDescriptionNotItsSubject: a group description right after a verb is
// not the group that is that verb's subject, but the one other group in
// reach (coref_bind_object.go); after a reporting verb, an apposition or
// with no other group, nothing changes.
func TestDescriptionNotItsSubject(t *testing.T) {
	runNews(t, []newsCase{
		{"X launched the initiative: the other group",
			"The Radio Forum-backed Open Edge Alliance published a benchmark. The Radio Forum launched the initiative in March 2024.",
			[]string{"founded(open-edge-alliance) date=2024-03"}},
		{"X set up the programme: the other group",
			"The Radio Forum and the Open Edge Alliance met in Oslo. The Radio Forum set up the programme in 2023 with Acme Telecom.",
			[]string{"founded(open-edge-alliance) date=2023", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(radio-forum,open-edge-alliance)"}},

		// near misses
		{"said the alliance: the subject itself",
			"Acme Telecom joined the Radio Forum in May. The Radio Forum said the alliance had grown to 40 members.",
			[]string{"memberOf(acme-telecom,radio-forum)"}},
		{"an apposition after the group",
			"The Open Edge Alliance has 12 members. Acme Telecom joined the Radio Forum, the group that Helix Wireless launched in 2020.",
			// "the group that Helix Wireless launched in 2020" also dates its founding (found_named.go)
			[]string{"founded(radio-forum) date=2020", "foundingMember(helix-wireless,radio-forum)", "memberOf(acme-telecom,radio-forum) since=2020"}},
		{"no other group in reach",
			"The Radio Forum launched the initiative in March.", nil},
	})
}
