package extract_test

import "testing"

// TestVentureStakes: joint ventures told by their owners' stakes or by
// what the venture joins (venture_stakes.go), the split passive with a
// colon share, a share before "owned" or the rest held by the second
// owner (venture_owned.go), and a teamed-up founding of "J, a joint
// venture" (venture_args.go); near misses: two backers of a start-up, one
// owner, a rest held by no company, an alliance that brings together its
// members, a negated verb.
func TestVentureStakes(t *testing.T) {
	const jv = "jointVenture(acme-telecom,borealis-networks)"
	inv := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "investedIn("+id+",polar-compute)")
		}
		return out
	}
	runNews(t, []newsCase{
		{"in which, beside a venture noun", "Look at Polar Compute, the cloud venture in which Acme Telecom and Borealis Networks each have a stake.",
			append([]string{jv}, inv("acme-telecom", "borealis-networks")...)},
		{"in which, equal halves", "Polar Compute, in which Acme Telecom and Borealis Networks each hold 50%, sells GPU capacity.",
			append([]string{jv}, inv("acme-telecom", "borealis-networks")...)},
		{"a majority with the rest", "Acme Telecom will hold a majority of Polar Compute, its planned data-centre venture, with Borealis Networks holding the rest.",
			append([]string{jv + " modality=planned", "investedIn(acme-telecom,polar-compute) modality=planned"}, inv("borealis-networks")...)},
		{"brings together, venture before the name", "The venture, Polar Compute, brings together Acme Telecom and Borealis Networks.", []string{jv}},
		{"owned with a colon share", "Polar Compute, owned 60:40 by Acme Telecom and Borealis Networks, opened its first site.", []string{jv + " share=60:40"}},
		{"share before owned", "Polar Compute is 60% owned by Acme Telecom and 40% by Borealis Networks.",
			append([]string{jv}, inv("acme-telecom", "borealis-networks")...)},
		// (since round 40 "51 percent owned" is read as "51% owned" is: the
		// shares are stated, so the owners are investors too, annotation
		// guide §2; the participle's holder keeps no "will")
		{"passive with the rest", "Polar Compute will be 51 percent owned by Acme Telecom, with Borealis Networks holding the remaining 49 percent.",
			[]string{jv + " modality=planned", "investedIn(acme-telecom,polar-compute) modality=planned", "investedIn(borealis-networks,polar-compute)"}},
		{"teamed up to form J, a joint venture", "Acme Telecom teamed up with Borealis Networks to form Polar Compute, a joint venture.", []string{jv, "founded(polar-compute)"}},
		{"near miss: two backers of a start-up", "Polar Compute, in which Acme Telecom and Borealis Networks each have a stake, sells GPU capacity.", nil},
		{"near miss: one owner", "Polar Compute, the venture in which Acme Telecom has a stake, sells GPU capacity.", inv("acme-telecom")},
		{"near miss: the rest with no venture noun", "Acme Telecom holds 70% of Polar Compute, with Borealis Networks holding the rest.", inv("acme-telecom", "borealis-networks")},
		{"near miss: the rest held by staff", "Acme Telecom holds 70% of Polar Compute, with its staff holding the rest.", inv("acme-telecom")},
		{"near miss: an alliance brings together", "The Open Edge Alliance brings together Acme Telecom and Borealis Networks.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(borealis-networks,open-edge-alliance)"}},
	})
}
