package extract_test

import "testing"

// TestFramesItsFocus covers a singular pronoun before a member or founder
// noun that nothing nearer decides ("A and B are among its founding
// members") as the group in focus (frames.go, coref_focus.go), with
// sentences written for the test, and the near misses that must not fire.
func TestFramesItsFocus(t *testing.T) {
	runNews(t, []newsCase{
		{"among its founding members", "The Radio Forum tests radios for rural operators. Acme Telecom, Borealis Networks and Cobalt Mobile are among its founding members.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		{"among its founders, past", "The Radio Forum tests radios for rural operators. Helix Wireless and Ion Cloud were among its founders.",
			[]string{"foundingMember(helix-wireless,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"among its members", "The Radio Forum tests radios for rural operators. Kestrel Telecom and Larch Networks are among its members.",
			[]string{"memberOf(kestrel-telecom,radio-forum)", "memberOf(larch-networks,radio-forum)"}},
		{"one company", "The Open Edge Alliance writes interface specifications. Meridian Mobile is among its founding members.",
			[]string{"foundingMember(meridian-mobile,open-edge-alliance)"}},

		// near misses
		{"its customers", "The Radio Forum tests radios for rural operators. Acme Telecom is one of its suppliers. Borealis Networks and Cobalt Mobile are among its customers.", nil},
		{"no group in focus", "Acme Telecom sells radios to rural operators. Borealis Networks and Cobalt Mobile are among its founding members.", nil},
	})
}
