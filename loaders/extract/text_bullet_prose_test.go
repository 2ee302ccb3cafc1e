package extract_test

import "testing"

// TestBulletProse covers bulleted lines that are one sentence each under
// a paragraph that named the group (text_bullet_prose.go): the marker is
// no word of the sentence, so the readings of its opening words find the
// group in focus. Sentences written for the test.
func TestBulletProse(t *testing.T) {
	runNews(t, []newsCase{
		{"dash: founders include", "The Radio Forum was launched in Oslo in 2022.\n- Founders include Acme Telecom, Cobalt Mobile and Ion Cloud.\n- Its next meeting is in Lima.",
			[]string{"founded(radio-forum) date=2022", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"star: founding members include", "The Open Edge Alliance publishes test plans.\n* Founding members include Granite Labs and Larch Networks.\n* Meetings are held online.",
			[]string{"foundingMember(granite-labs,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)"}},
		{"round bullet after a heading line", "Edge AI Partnership\nThe partnership sets test plans for edge inference.\n• Founders include Helix Wireless and Polar Compute.",
			[]string{"foundingMember(helix-wireless,edge-ai-partnership)", "foundingMember(polar-compute,edge-ai-partnership)"}},

		// near misses
		{"a roster under a lead-in keeps its reading", "The founding members of the Radio Forum are:\n- Acme Telecom\n- Cobalt Mobile",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		{"a run-in heading keeps its marker", "The Radio Forum met in Oslo.\n- Acme Telecom. The operator did not attend.",
			nil},
	})
}
