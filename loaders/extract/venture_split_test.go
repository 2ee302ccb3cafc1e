package extract_test

import "testing"

// TestVentureSplits covers joint-venture ownership told with a pronoun
// for the venture, partners told before the owners, and the launch of a
// named venture (ventures.go, venture_args.go), with sentences written for the
// test, and the near misses that state none.
func TestVentureSplits(t *testing.T) {
	inv := func(investor string) string { return "investedIn(" + investor + ",nimbus-edge)" }
	jv := "jointVenture(acme-telecom,cobalt-mobile)"
	tests := []newsCase{
		{"each own half of it", "Nimbus Edge builds fibre. Acme Telecom and Cobalt Mobile each own half of it.",
			[]string{inv("acme-telecom"), inv("cobalt-mobile"), jv}},
		{"announced the launch of J, a joint venture", "Acme Telecom and Cobalt Mobile today announced the launch of Nimbus Edge (NE), a joint venture that will build fibre networks.",
			[]string{jv}},
		{"the formation of J, a joint venture with B", "Acme Telecom announced the formation of Nimbus Edge, a joint venture with Cobalt Mobile.", []string{jv, "founded(nimbus-edge)"}}, // the formation noun states a founding (found_company.go), as writers c and e annotate it
		{"owners after the partners were told", "Acme Telecom and Borealis Networks announced the launch of Nimbus Edge, a joint venture. Acme Telecom holds half of it. Cobalt Mobile, a unit of Borealis Networks, owns 30% of the venture.",
			[]string{"jointVenture(acme-telecom,borealis-networks)", inv("acme-telecom"), inv("cobalt-mobile")}},

		// near misses
		{"a gapped share of a named company", "Nimbus Edge builds fibre. Acme Telecom owns 66% and Cobalt Mobile 34% of Borealis Networks.",
			[]string{"investedIn(acme-telecom,borealis-networks)"}},
		{"a share with no venture in reach", "Acme Telecom sells fibre. It owns 66%, and Cobalt Mobile the remaining 34%.", nil},
		{"welcomed someone else's launch", "Acme Telecom and Cobalt Mobile welcomed the launch of Nimbus Edge, a joint venture of two other firms.", nil},
		{"did not announce", "Acme Telecom and Cobalt Mobile did not announce the launch of Nimbus Edge, a joint venture.", nil},
		{"a launch with one party", "Acme Telecom announced the launch of Nimbus Edge, a joint venture.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
