package extract_test

import "testing"

// TestVentureCoOwn: a joint venture its owners co-own beside a venture
// noun, and one a relative clause says they founded as a joint venture
// (venture_coown.go); near misses: co-owning with no venture noun (the
// heldout convention: ownership), a named thing that is no company, one
// founder, a negated verb.
func TestVentureCoOwn(t *testing.T) {
	jv := "jointVenture(acme-telecom,cobalt-mobile)"
	tests := []newsCase{
		{"co-own a venture, J, with C", "Acme Telecom and Cobalt Mobile also co-own a fibre venture, Nimbus Edge, with infrastructure investor Ion Cloud.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile,ion-cloud)"}},
		{"co-own J, a joint venture", "Acme Telecom and Cobalt Mobile co-own Nimbus Edge, a joint venture that builds fibre.", []string{jv}},
		{"J, the business that A and B founded as a joint venture", "Nimbus Edge, the consulting business that Acme Telecom and Cobalt Mobile founded as a joint venture in 2000, will run the courses.",
			[]string{jv, "founded(nimbus-edge) date=2000"}},
		{"J, which A and B set up as a joint venture", "Nimbus Edge, which Acme Telecom and Cobalt Mobile set up as a joint venture, builds fibre.", []string{jv, "founded(nimbus-edge)"}},

		// near misses
		{"co-own with no venture noun", "Acme Telecom and Cobalt Mobile co-own Nimbus Edge.", nil},
		{"each own half with no venture noun", "Acme Telecom and Cobalt Mobile now each own half of Nimbus Edge.", nil},
		{"co-own a brand", "Acme Telecom and Cobalt Mobile co-own the Nimbus Edge brand.", nil},
		{"a relative clause with one founder", "Nimbus Edge, which Acme Telecom set up as a joint venture, builds fibre.", []string{"founded(nimbus-edge)"}},
		{"negated", "Acme Telecom and Cobalt Mobile do not co-own a fibre venture, Nimbus Edge, with Ion Cloud.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
