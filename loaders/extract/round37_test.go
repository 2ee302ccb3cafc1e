package extract_test

import "testing"

// round37Register holds round 37's fictional companies and people.
const round37Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-fund: {name: Helix Fund, type: company}
  edge-venture: {name: Edge Venture, type: joint_venture}
  radio-forum: {name: Radio Forum, type: alliance}
  jane-doe: {name: Jane Doe, type: person}
`

// TestRound37CoOwned: "Y is owned by A and B" names two owners, each of
// whom holds a stake in Y (one owner alone may have bought Y outright,
// which the writers leave ambiguous, so a single owner states nothing).
func TestRound37CoOwned(t *testing.T) {
	reg := mustRegister(t, "round37.yaml", round37Register)
	runNewsWith(t, reg, []newsCase{
		{"Y is owned by A and B", "Granite Labs is owned by Acme Telecom and Helix Fund.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)"}},
		{"Y is owned by A and the described B, which", "Granite Labs is owned by Acme Telecom and the state fund Helix Fund, which bought in last year.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2024", "investedIn(helix-fund,granite-labs) date=2024"}},
		// near misses
		{"owned by one", "Granite Labs is owned by Acme Telecom.", nil},
		{"not owned", "Granite Labs is not owned by Acme Telecom and Helix Fund.", nil},
	})
}

// TestRound37HyphenIngModifier: a hyphenated -ing word after a
// preposition, before "and" or a noun, modifies the noun phrase
// ("ride-hailing and payments group Y"), so the name at its end is the
// preposition's object; a co- verb stays a verb.
func TestRound37HyphenIngModifier(t *testing.T) {
	reg := mustRegister(t, "round37.yaml", round37Register)
	runNewsWith(t, reg, []newsCase{
		{"invested in ride-hailing and payments group Y", "Acme Telecom has invested $150 million in ride-hailing and payments group Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$150 million"}},
		{"invested in cost-cutting software maker Y", "Acme Telecom has invested in cost-cutting software maker Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		// near miss: a co- verb with its object
		{"after co-leading the round", "Acme Telecom joined the board after co-leading the round in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}
