package extract_test

import "testing"

// TestDealDeniedAfter covers a deal told in one clause and taken back by
// the next ("...; nothing has been announced", "but no such investment
// has been announced", "the two companies have not announced any
// partnership", "but the talks ended without a deal"), and the denials
// that name something else and take nothing back.
func TestDealDeniedAfter(t *testing.T) {
	runNews(t, []newsCase{
		{"no such investment", "Acme Telecom said it would consider buying a stake in Granite Labs, but no such investment has been announced.", nil},
		{"have not announced any partnership", "Helix Wireless and Polar Compute showed a joint demo at the trade fair; the two companies have not announced any partnership.", nil},
		{"talks ended without a deal", "Larch Networks and Ion Cloud discussed a joint venture last year, but the talks ended without a deal.", nil},
		{"nothing has been signed", "Kestrel Telecom is expected to work with Borealis Networks on edge sites; nothing has been signed yet.", nil},
		{"never reached a deal, passive", "A tie-up between Cobalt Mobile and Meridian Mobile was discussed for months, but the two never reached an agreement.", nil},

		// still read
		{"the denial is about joining", "Meridian Mobile, in which Acme Telecom holds a stake, is in talks to join the Radio Forum but has not yet signed.", []string{"investedIn(acme-telecom,meridian-mobile)"}},
		{"the denial names another party", "Acme Telecom partnered with Granite Labs in 2023, but no deal with Ion Cloud has been announced.", []string{"partnerOf(acme-telecom,granite-labs)"}},
	})
}
