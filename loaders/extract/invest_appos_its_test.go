package extract_test

import "testing"

// TestApposItsHolder covers "A, its largest shareholder," (invest_one_of.go):
// "its" is the previous sentence's company.
func TestApposItsHolder(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Granite Labs builds radio chips in Oslo. "
	runNews(t, []newsCase{
		{"its largest shareholder in apposition", open + "Helix Wireless, its largest shareholder, declined to comment.",
			[]string{inv("helix-wireless", "granite-labs")}},

		// near misses: a customer; a former holder
		{"its largest customer", open + "Helix Wireless, its largest customer, declined to comment.", nil},
		{"its former shareholder", open + "Helix Wireless, its former shareholder, declined to comment.", nil},
	})
}
