package extract_test

import "testing"

// TestPerCent: a share written "per cent" reads as "%" and "percent" do;
// near miss: a rate of growth, no holding.
func TestPerCent(t *testing.T) {
	runNews(t, []newsCase{
		{"in which A holds N per cent and B the rest", "Ion Cloud, in which Acme Telecom holds 66.8 per cent and Helix Wireless the rest, opened a site.",
			[]string{"investedIn(acme-telecom,ion-cloud)", "investedIn(helix-wireless,ion-cloud)"}},
		{"in which A holds N per cent", "Ion Cloud, in which Acme Telecom holds 40 per cent, opened a site.", []string{"investedIn(acme-telecom,ion-cloud)"}},
		{"near miss: a growth rate, no holding", "Ion Cloud, in which Acme Telecom saw 40 per cent growth, opened a site.", nil},
	})
}
