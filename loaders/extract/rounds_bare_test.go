package extract_test

import "testing"

// TestRoundBareFollowers covers backers told in sentences that leave the
// round's company to the reader (rounds_bare.go, and the round nouns,
// amounts and "and so did" it relies on), with sentences written for the
// test, and the near misses that state no investment.
func TestRoundBareFollowers(t *testing.T) {
	reg := mustRegister(t, "bare.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  kestrel-capital: {name: Kestrel Capital, type: company}
  larch-ventures: {name: Larch Ventures, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  gsma: {name: GSMA, type: alliance}
`)
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNewsWith(t, reg, []newsCase{
		{"bare join after the lead",
			"Polar Compute has raised $30 million in fresh funding. The round was led by Kestrel Capital. Ion Cloud and Larch Ventures joined.",
			[]string{inv("kestrel-capital", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("larch-ventures", "polar-compute")}},
		{"led; joined",
			"Granite Labs said it had closed $55 million of new capital. Its radios ship next year. Kestrel Capital led; Helix Wireless joined too.",
			[]string{inv("kestrel-capital", "granite-labs"), inv("helix-wireless", "granite-labs")}},
		{"led it, and so did",
			"Polar Compute closed a $12 million seed round on Friday. Kestrel Capital led it. Ion Cloud took part, and so did Acme Telecom.",
			[]string{inv("kestrel-capital", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("acme-telecom", "polar-compute")}},
		{"came in alongside returning backers",
			"Polar Compute raised $8 million. Kestrel Capital led the round. Fresh backer Ion Cloud came in alongside returning investors Larch Ventures and Helix Wireless.",
			[]string{inv("kestrel-capital", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("larch-ventures", "polar-compute"), inv("helix-wireless", "polar-compute")}},
		{"a financing led by",
			"Granite Labs announced a $20 million Series A financing. The financing was led by Borealis Networks.",
			[]string{inv("borealis-networks", "granite-labs")}},
		{"an ISO currency and a ticket",
			"Granite Labs is announcing new funding of USD 9 million. This ticket is led by Kestrel Capital.",
			[]string{inv("kestrel-capital", "granite-labs")}},
		{"a round ending on its series letter, then a fronted lead",
			"Polar Compute closed a $70 million Series C. Led by Acme Telecom and Larch Ventures, the round is its largest yet.",
			[]string{inv("acme-telecom", "polar-compute"), inv("larch-ventures", "polar-compute")}},

		// near misses
		{"joined an alliance, expected to join",
			"Polar Compute has raised $30 million. The round was led by Kestrel Capital. Ion Cloud joined the GSMA. Larch Ventures is expected to join.",
			[]string{inv("kestrel-capital", "polar-compute"), "memberOf(ion-cloud,gsma)"}},
		{"no round open",
			"Polar Compute makes edge servers. Ion Cloud and Larch Ventures joined. Kestrel Capital led it.",
			nil},
		{"did not join",
			"Polar Compute has raised $30 million. The round was led by Kestrel Capital. Ion Cloud did not join.",
			[]string{inv("kestrel-capital", "polar-compute")}},
	})
}
