package extract_test

import "testing"

// TestRoundWithIng covers a round's backers named in an absolute "with"
// phrase whose -ing verb joins them in (rounds_with_ing.go, helper
// z25inv), and the phrases that state no investment.
func TestRoundWithIng(t *testing.T) {
	inv := func(investors ...string) []string {
		var out []string
		for _, a := range investors {
			out = append(out, "investedIn("+a+",polar-compute)")
		}
		return out
	}
	runNews(t, []newsCase{
		{"passive lead, with a list joining", "Polar Compute said on Monday it had raised $60 million. The round was led by Granite Labs, with Helix Wireless and Ion Cloud joining.",
			inv("granite-labs", "helix-wireless", "ion-cloud")},
		{"with one backer also investing", "Polar Compute said on Monday it had raised $60 million. The financing was led by Granite Labs, with Larch Networks also investing.",
			inv("granite-labs", "larch-networks")},
		{"a description before the names, coming back", "Polar Compute has closed a $60 million round. Granite Labs led it, with existing investors Helix Wireless and Kestrel Telecom coming back.",
			inv("granite-labs", "helix-wireless", "kestrel-telecom")},
		{"the phrase in the round's own sentence", "Polar Compute closed a $60 million Series B on Monday, with Cobalt Mobile and Ion Cloud joining as well.",
			inv("cobalt-mobile", "ion-cloud")},

		// near misses: the -ing verb has an object or a role of its own
		{"joining the board", "Polar Compute said on Monday it had raised $60 million. The round was led by Granite Labs, with Helix Wireless joining the board.",
			inv("granite-labs")},
		{"investing in something else", "Polar Compute said on Monday it had raised $60 million. The round was led by Granite Labs, with Ion Cloud investing in its own chips.",
			inv("granite-labs")},
		{"joining as an adviser", "Polar Compute said on Monday it had raised $60 million. The round was led by Granite Labs, with Larch Networks joining as an adviser.",
			inv("granite-labs")},
	})
}
