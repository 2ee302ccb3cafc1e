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

		{"existing investors also took part, no round noun", "Polar Compute has raised $60 million." + mid + " Existing investors Granite Labs and Ion Cloud also took part.",
			inv("polar-compute", "granite-labs", "ion-cloud")},
		{"the funding comes from", "Polar Compute said on Monday it had raised $60 million." + mid + " The funding comes from Helix Wireless and Larch Networks.",
			inv("polar-compute", "helix-wireless", "larch-networks")},

		// refused: two companies were told raising money; a raiser only
		// a description names; no talk of investors or money; a denial
		{"two raisers", "Meridian Mobile raised $20 million last year. Polar Compute said on Monday it had raised $60 million." + mid + " Backers include Granite Labs and Helix Wireless.",
			nil},
		{"a described raiser", "Polar Compute said on Monday it had raised $60 million. Its rival is Meridian Mobile, an Oslo cloud builder. The Oslo cloud builder raised $10 million in May." + mid + " Existing investors Granite Labs and Ion Cloud also took part.",
			nil},
		{"a stake in a company the sentence names", "Polar Compute has raised $60 million." + mid + " Granite Labs now holds a stake in Meridian Mobile alongside the cash it invested.",
			[]string{"investedIn(granite-labs,meridian-mobile)"}},
		{"a trial, not a round", "Polar Compute has raised $60 million." + mid + " Kestrel Telecom took part in the trial.", nil},
		{"a report denied", "Polar Compute has raised $60 million." + mid + " A report that Cobalt Mobile had also put money in was not confirmed.", nil},
	})
}
