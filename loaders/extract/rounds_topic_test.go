package extract_test

import "testing"

// TestRoundTopicRaiser covers a round told with no company far from the
// raise, bound to the article's one raiser (rounds_topic.go, helper
// z25inv), and the refusal when two companies were told raising money.
func TestRoundTopicRaiser(t *testing.T) {
	inv := func(investee string, investors ...string) []string {
		var out []string
		for _, a := range investors {
			out = append(out, "investedIn("+a+","+investee+")")
		}
		return out
	}
	const mid = " The company plans to double its staff. Its chips cut power use by half. Demand has grown in Asia. The money will pay for a new plant."
	runNews(t, []newsCase{
		{"backers include, five sentences on", "Polar Compute, a Helsinki start-up, said on Monday it had raised $60 million." + mid + " Backers include Granite Labs and Helix Wireless.",
			inv("polar-compute", "granite-labs", "helix-wireless")},
		{"the round led by, passive, a list joining", "Polar Compute said on Monday that it had closed a $60 million Series B." + mid + " The round was led by Ion Cloud, with Larch Networks joining.",
			inv("polar-compute", "ion-cloud", "larch-networks")},
		{"a lead of the round, active, a pronoun raiser", "Polar Compute is a Helsinki start-up. It raised $60 million on Monday." + mid + " Kestrel Telecom led the round.",
			inv("polar-compute", "kestrel-telecom")},
		{"investors in the round include", "Polar Compute has raised $60 million." + mid + " Investors in the round include Cobalt Mobile and Ion Cloud.",
			inv("polar-compute", "cobalt-mobile", "ion-cloud")},

		// refused: two companies were told raising money
		{"two raisers", "Meridian Mobile raised $20 million last year. Polar Compute said on Monday it had raised $60 million." + mid + " Backers include Granite Labs and Helix Wireless.",
			nil},
	})
}
