package extract_test

import "testing"

// TestMayRelateIsNoDeal covers partnerships, stakes and ventures only
// guessed at ("could partner", "may team up", "might take a stake"),
// which state nothing, and the plans and past deals still read.
func TestMayRelateIsNoDeal(t *testing.T) {
	runNews(t, []newsCase{
		{"could also partner, reported", "Analysts said the chipmaker Granite Labs could also partner with Ion Cloud on inference servers, but neither company would comment.", nil},
		{"may team up", "Kestrel Telecom may team up with Helix Wireless next year.", nil},
		{"might take a stake", "Polar Compute might take a minority stake in Larch Networks, people familiar with the matter said.", nil},
		{"could form a joint venture", "Acme Telecom and Borealis Networks could form a joint venture for towers.", nil},

		// still read
		{"a committed plan", "Meridian Mobile will partner with Ion Cloud from January.", []string{"partnerOf(ion-cloud,meridian-mobile) modality=planned"}},
		{"the month May is no modal", "Cobalt Mobile partnered with Helix Wireless in May.", []string{"partnerOf(cobalt-mobile,helix-wireless)"}},
	})
}
