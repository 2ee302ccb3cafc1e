package extract_test

import "testing"

// TestTopicModifier: a group named only as a noun's modifier ("an Open
// Edge Alliance project") is not what "Its founding members" speaks of
// (focus_modifier.go); a group's own board keeps it the topic.
func TestTopicModifier(t *testing.T) {
	runNews(t, []newsCase{
		{"a host named as a modifier under a heading",
			"2. The Radio Forum\n\nAn Open Edge Alliance project since 2022. Its founding members were Acme Telecom, Helix Wireless and Ion Cloud. Kestrel Telecom joined as a premier member in 2023.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)", "foundingMember(ion-cloud,radio-forum)", "memberOf(kestrel-telecom,radio-forum) since=2023"}},
		{"a modifier after an indefinite article mid-sentence",
			"2. The Radio Forum\n\nIt started as an Open Edge Alliance project in 2021. Its founding members were Acme Telecom and Helix Wireless.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)"}},
		{"the group's board keeps it the topic",
			"The Radio Forum met in Oslo on Monday. Later the Open Edge Alliance board met. It is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)"}},
	})
}
