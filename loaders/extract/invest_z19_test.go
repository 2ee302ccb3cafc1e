package extract_test

import "testing"

// TestInvestZ19Relatives covers the relative clauses helper z19inv read
// from the invest6 drill, with sentences written for the test: "in which"
// with a describing word before the owner (invest_relative.go) and an
// object relative clause on the investee (invest_which_obj.go); and the
// near misses that state none.
func TestInvestZ19Relatives(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"in which rival A holds a stake", "Cobalt Mobile will buy chips from Granite Labs, the chip designer in which rival Helix Wireless holds a stake.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"Y, which A backs", "Granite Labs, which Helix Wireless backs, opened an office in Oslo.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"Y, which A finances", "Granite Labs, which Larch Networks finances, hired 40 engineers.",
			[]string{inv("larch-networks", "granite-labs")}},
		{"Y, which A invested in", "Granite Labs, which Helix Wireless invested in, opened an office in Oslo.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"two deals in one sentence", "Granite Labs, which Helix Wireless backs, invested in Ion Cloud.",
			[]string{inv("granite-labs", "ion-cloud"), inv("helix-wireless", "granite-labs")}},

		// near misses
		{"not backed", "Granite Labs, which Helix Wireless does not back, opened an office in Oslo.", nil},
		{"a parent's control", "Granite Labs, which Helix Wireless controls, opened an office in Oslo.", nil},
		{"a supplier", "Granite Labs, which Helix Wireless supplies, opened an office in Oslo.", nil},
		{"no stake", "Cobalt Mobile will buy chips from Granite Labs, the chip designer in which rival Helix Wireless holds no stake.", nil},
	})
}

// TestInterviewWeIsInterviewee: in an interview's answers "we" is the
// company of the person the introduction gave a title (coref.go,
// coref_you.go), even when the answers name another company more often.
func TestInterviewWeIsInterviewee(t *testing.T) {
	intro := "Jane Park, chief executive of Cobalt Mobile, on Helix Wireless and the cloud.\n\n"
	ceo := "ceoOf(jane-park,cobalt-mobile)"
	runNews(t, []newsCase{
		{"we after another company named twice", intro + "Q: Helix Wireless sells you its models. Is Helix Wireless a rival?\n\nA: Helix Wireless is a supplier. We invested in Granite Labs instead.",
			[]string{ceo, "investedIn(cobalt-mobile,granite-labs)"}},
		{"near miss: we outside the answers", intro + "Q: Helix Wireless sells you its models. Is Helix Wireless a rival?\n\nWe invested in Granite Labs, the magazine said.",
			[]string{ceo}},
	})
}

// TestInvestComparativeShare: a comparison before a share ("a little more
// than half of Y", "just over 40% of Y", "more than 40%") still names a
// part of Y (invest_percent.go skipComparative).
func TestInvestComparativeShare(t *testing.T) {
	inv := "investedIn(cobalt-mobile,granite-labs)"
	runNews(t, []newsCase{
		{"holds a little more than half of", "Cobalt Mobile holds a little more than half of Granite Labs.", []string{inv}},
		{"holds more than half of", "Cobalt Mobile holds more than half of Granite Labs.", []string{inv}},
		{"holds just over half of", "Cobalt Mobile holds just over half of Granite Labs.", []string{inv}},
		{"bought more than 40% of", "Cobalt Mobile bought more than 40% of Granite Labs.", []string{inv}},

		// near misses
		{"more than a rival", "Cobalt Mobile holds more than Granite Labs.", nil},
		{"no share of", "Cobalt Mobile holds more than half of the market.", nil},
	})
}

// TestInvestCoordinatedStake: a second holding after a stake, its verb
// gapped ("A holds 5% of Y, the UK broadcaster, and a stake in Z"), is
// A's too (invest_coord_stake.go); a second clause with its own subject,
// or a stake in no company, is not.
func TestInvestCoordinatedStake(t *testing.T) {
	y, z := "investedIn(cobalt-mobile,granite-labs)", "investedIn(cobalt-mobile,ion-cloud)"
	runNews(t, []newsCase{
		{"over an apposition", "Cobalt Mobile still holds 5% of Granite Labs, the chip designer, and a stake in Ion Cloud.", []string{y, z}},
		{"and a small stake in", "Cobalt Mobile owns 20% of Granite Labs and a small stake in Ion Cloud.", []string{y, z}},

		// near misses
		{"a clause of its own", "Cobalt Mobile owns 20% of Granite Labs, and Helix Wireless holds a stake in Ion Cloud.",
			[]string{y, "investedIn(helix-wireless,ion-cloud)"}},
		{"a stake in no company", "Cobalt Mobile owns 20% of Granite Labs and a stake in the market.", []string{y}},
	})
}
