package extract_test

import "testing"

// TestWhoseAfterDescription: "whose backers include A" after a
// description in apposition belongs to the name the description follows.
func TestWhoseAfterDescription(t *testing.T) {
	runNews(t, []newsCase{
		{"Y, a D whose backers include A",
			"Granite Labs, an Oslo chip designer whose backers include Polar Compute, opened a lab in Bergen.",
			[]string{"investedIn(polar-compute,granite-labs)"}},
	})
}
