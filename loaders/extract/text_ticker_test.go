package extract_test

import "testing"

// TestTickerAside: a stock ticker in brackets after a name stands between
// the subject and its verb or after a partner; it is dropped like a photo
// reference, and the exchange in it is no organisation. A common
// acronym's plural ("TPUs") is no name either.
func TestTickerAside(t *testing.T) {
	runNews(t, []newsCase{
		{"subject (EXCH: SYM) verb", "Acme Telecom (NYSE: ACT) signed a memorandum of understanding with Borealis Networks.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"both with tickers", "Cobalt Mobile (LSE: CBM) and Ion Cloud (Nasdaq: IONC) announced a strategic partnership.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)"}},
		{"two listings", "Helix Wireless (Nasdaq Stockholm: HLX; OTCQX: HLXWF) has partnered with Larch Networks on edge AI.",
			[]string{"partnerOf(helix-wireless,larch-networks)"}},
		{"a ticker states no seat", "Polar Compute (Nasdaq: PLRC) said revenue rose.", nil},
		{"an acronym's plural is no partner", "Kestrel Telecom has partnered with Granite Labs and TPUs.",
			[]string{"partnerOf(granite-labs,kestrel-telecom)"}},
	})
}
