package extract_test

import (
	"strings"
	"testing"
)

// TestJoinsOwnRound covers a backer that joined a round named by its
// owner (rounds_join_poss.go), with those alongside it or "as did" after
// it, and the near misses that state no investment (an empty backer
// list). Sentences written for the test; every investee is Polar Compute.
func TestJoinsOwnRound(t *testing.T) {
	table := [][3]string{
		{"joined a possessive Series alongside a list", "Ion Cloud joined Polar Compute's Series D alongside Kestrel Telecom and Larch Networks.", "ion-cloud kestrel-telecom larch-networks"},
		{"joined a possessive round with an amount", "Ion Cloud joined Polar Compute's $60 million round last year.", "ion-cloud"},
		{"joined, as did", "Ion Cloud joined Polar Compute's seed round in 2023, as did Kestrel Telecom.", "ion-cloud kestrel-telecom"},
		{"two subjects joined", "Ion Cloud and Kestrel Telecom have joined Polar Compute's Series B.", "ion-cloud kestrel-telecom"},
		{"joined the owner's board", "Ion Cloud joined Polar Compute's board last year.", ""},
		{"a description as the backer", "Larch Networks, an Oslo radio maker, sells to carriers. The Oslo firm joined Polar Compute's Series A.", ""},
		{"did not join the round", "Ion Cloud did not join Polar Compute's Series D.", ""},
	}
	var cases []newsCase
	for _, row := range table {
		var want []string
		for _, a := range strings.Fields(row[2]) {
			want = append(want, "investedIn("+a+",polar-compute)")
		}
		cases = append(cases, newsCase{row[0], row[1], want})
	}
	runNews(t, cases)
}
