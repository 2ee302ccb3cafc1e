package extract_test

import "testing"

// TestBackersInvested: "Backers include" after a funding round lists the
// company's investors, not members of the group in reach
// (member_backers.go); "backers of" a named group stay its members.
func TestBackersInvested(t *testing.T) {
	runNews(t, []newsCase{
		{"backers after a round, names behind a dash", "The Edge Compute Alliance signed up Cobalt Mobile in March. Separately, Granite Labs, a Berlin chip start-up, raised a $200 million Series B. Backers include Ion Capital, two German banks - Hessel Bank and Nordmark Bank - and Polar Compute.",
			[]string{"investedIn(ion-capital,granite-labs)", "memberOf(cobalt-mobile,edge-compute-alliance)"}},
		{"near miss: backers of a named group", "The Edge Compute Alliance met in Oslo. Backers of the Edge Compute Alliance include Hessel Bank and Polar Compute.",
			[]string{"memberOf(hessel-bank,edge-compute-alliance)", "memberOf(polar-compute,edge-compute-alliance)"}},
	})
}

// TestWeighedMembership: membership under review is no membership
// (member_backers.go); the group's own addition in the same sentence
// stays.
func TestWeighedMembership(t *testing.T) {
	runNews(t, []newsCase{
		{"reviewing membership after a rival's group added someone", "Meanwhile, Cobalt Mobile said it was \"reviewing\" membership of several industry groups after rival Acme Telecom's Open Edge Alliance added Ion Cloud last month.",
			[]string{"memberOf(ion-cloud,open-edge-alliance) since=2025-05"}},
	})
}
