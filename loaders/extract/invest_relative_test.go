package extract_test

import (
	"testing"
)

// TestInvestRelative covers investments told from the investee's side or
// through a sale (invest_relative.go), with sentences written for the
// test, and the near misses that state none.
func TestInvestRelative(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"in which A holds a stake", "Helix Wireless will sell the service through Granite Labs, in which Acme Telecom holds a 42% stake.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"description before in which", "Ion Cloud will absorb Granite Labs, the US radio specialist in which Acme Telecom had held a stake since 2019.",
			[]string{"headquarteredIn(granite-labs,US)", inv("acme-telecom", "granite-labs") + " date=2019"}},
		{"in which A is the largest shareholder", "Polar Compute, the chip designer in which Ion Cloud is the largest shareholder, opened a lab.",
			[]string{inv("ion-cloud", "polar-compute")}},
		{"in which A sold a stake to B", "Granite Labs, in which Acme Telecom sold a large stake to Ion Cloud in 2022, is not affected.",
			[]string{inv("ion-cloud", "granite-labs") + " date=2022"}},
		{"agreed to sell a stake to B and C", "Acme Telecom agreed to sell a 51% stake in Granite Labs to Ion Cloud and Cobalt Mobile.",
			[]string{inv("cobalt-mobile", "granite-labs") + " modality=planned", inv("ion-cloud", "granite-labs") + " modality=planned"}},
		{"among its earlier backers", "Granite Labs raised money in 2023. Acme Telecom, Ion Cloud and Cobalt Mobile are also among its earlier backers.",
			[]string{inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"among Y's largest shareholders", "Acme Telecom is among Granite Labs' largest shareholders.", []string{inv("acme-telecom", "granite-labs")}},
		{"Y's biggest backer", "Acme Telecom has been Granite Labs' biggest backer for years.", []string{inv("acme-telecom", "granite-labs")}},
		{"the X-controlled operator", "Its members are Granite Labs, the Acme Telecom-controlled operator; Ion Cloud.", []string{inv("acme-telecom", "granite-labs")}},
		{"the X-backed start-up", "Granite Labs, the Acme Telecom-backed start-up, opened an office.", []string{inv("acme-telecom", "granite-labs")}},

		// near misses
		{"not Y's shareholder", "Acme Telecom is not Granite Labs' largest shareholder.", nil},
		{"Y's customer", "Acme Telecom is Granite Labs' largest customer.", nil},
		{"Y's former owner", "Acme Telecom is Granite Labs' former owner.", nil},
		{"a person as Y's backer", "Jane Park is Granite Labs' biggest backer.", nil},
		{"state-owned", "Granite Labs, the state-owned operator, grew.", nil},
		{"a controlled description with no name before", "The Acme Telecom-controlled operator grew.", nil},
		{"no stake", "Granite Labs, in which Acme Telecom has no stake, grew.", nil},
		{"a place in which", "Oslo is a city in which Acme Telecom holds a stake.", nil},
		{"did not sell", "Acme Telecom did not sell a stake in Granite Labs to Ion Cloud.", nil},
		{"sold a stake with no buyer", "Acme Telecom sold its stake in Granite Labs last year.", nil},
		{"among potential investors", "Acme Telecom is among Granite Labs' potential investors.", nil},
		{"among customers", "Acme Telecom is among Granite Labs' customers.", nil},
		{"in which a product is made", "Granite Labs, in which Acme Telecom makes its chips, grew.", nil},
	})
}

// TestCountsAmongAsNoun covers "Y counts A among its investors" when the
// tagger reads "counts" as a plural noun after a one-word name that looks
// like an adjective ("Photonic counts ...").
func TestCountsAmongAsNoun(t *testing.T) {
	reg := mustRegister(t, "counts.yaml", `entities:
  photonic: {name: Photonic, type: company}
  acme-telecom: {name: Acme Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"counts read as a noun", "Photonic counts Acme Telecom and Ion Cloud among its much larger investors, so the deal is small.",
			[]string{"investedIn(acme-telecom,photonic)", "investedIn(ion-cloud,photonic)"}},
		{"counts among customers", "Photonic counts Acme Telecom and Ion Cloud among its customers.", nil},
		{"counts among former investors", "Photonic counts Acme Telecom among its former investors.", nil},
	})
}
