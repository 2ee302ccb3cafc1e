package extract_test

import (
	"testing"
)

// TestVentureWording: a venture struck with a partner, a venture named
// before a relative clause of its founding, and "the operator" inside a
// sentence about a joint venture's owners.
func TestVentureWording(t *testing.T) {
	runNews(t, []newsCase{
		{"struck a joint venture with",
			"Acme Telecom struck a joint venture with Cobalt Mobile to build data centres.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile)"}},
		{"a denied venture is none",
			"Acme Telecom did not strike a joint venture with Cobalt Mobile.",
			nil},
		{"J, a joint venture A set up with B and C",
			"The site is being built by Granite Labs, a joint venture Acme Telecom set up with Cobalt Mobile and Helix Wireless.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile,helix-wireless)"}},
		{"J, a joint venture that someone else runs is no founding",
			"The site is being built by Granite Labs, a joint venture Acme Telecom runs for its owners.",
			nil},
	})
}

// TestDescriptionOfVenture: "the operator" inside a sentence whose owners
// clause follows the venture's name is that venture, a joint venture
// being a company too.
func TestDescriptionOfVenture(t *testing.T) {
	reg := mustRegister(t, "jv.yaml", `entities:
  polar-mobile: {name: Polar Mobile, type: joint_venture}
  acme-telecom: {name: Acme Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the operator is the venture the sentence named",
			"Ion Cloud opened a data centre in Oslo. Polar Mobile is itself a joint venture: Acme Telecom owns 65% of the operator.",
			[]string{"investedIn(acme-telecom,polar-mobile)"}},
	})
}
