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

// TestRound37PossessorBecameCEO: "X's P took over as (became) chief
// executive" makes P X's chief executive when no "of" or "at" names
// another company; "named P chief executive at the end of October" is a
// time, not a company "at" which.
func TestRound37PossessorBecameCEO(t *testing.T) {
	reg := mustRegister(t, "round37.yaml", round37Register)
	runNewsWith(t, reg, []newsCase{
		{"X's P took over as president and CEO in April", "Acme Telecom's Jane Park took over as president and CEO in April.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"X's P will take over as chief executive", "Acme Telecom's Jane Park will take over as chief executive in April.",
			[]string{"ceoOf(jane-park,acme-telecom) modality=planned"}},
		{"named P chief executive at the end of October", "Acme Telecom named Jane Park chief executive at the end of October.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		// near misses
		{"X's P became chief executive of Y", "Acme Telecom's Jane Park became chief executive of Granite Labs in April.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		{"X's P became chief technology officer", "Acme Telecom's Jane Park became chief technology officer in April.", nil},
	})
}

// TestRound37RaisedOfFunding: "raised $N of funding (of equity) from A, B
// and C" names the round's investors, as "in funding" does; debt comes
// from lenders.
func TestRound37RaisedOfFunding(t *testing.T) {
	reg := mustRegister(t, "round37.yaml", round37Register)
	runNewsWith(t, reg, []newsCase{
		{"raised $N of funding from A, B and C", "In May Granite Labs raised $50 million of funding from Helix Fund, Acme Telecom and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$50 million", "investedIn(cobalt-mobile,granite-labs) amount=$50 million", "investedIn(helix-fund,granite-labs) amount=$50 million"}},
		{"raised $N of equity from the A and B", "In May Granite Labs raised $50 million of equity from the Helix Fund and Acme Telecom.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$50 million", "investedIn(helix-fund,granite-labs) amount=$50 million"}},
		// near miss: lenders
		{"raised $N of debt from banks A and B", "In May Granite Labs raised $50 million of debt from Helix Fund and Acme Telecom.", nil},
	})
}

// TestRound37TimeAfterNoun: "last year", "this month" after a noun is a
// time phrase of its own, not part of the noun phrase ("as an exclusive
// inference partner last year" kept its head "year" and hid the partner).
func TestRound37TimeAfterNoun(t *testing.T) {
	reg := mustRegister(t, "round37.yaml", round37Register)
	runNewsWith(t, reg, []newsCase{
		{"signed B as a partner last year", "Acme Telecom signed Granite Labs as an exclusive inference partner last year.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"named B as its partner this month", "Acme Telecom named Granite Labs as its launch partner this month.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"near miss: signed as a customer last year", "Acme Telecom signed Granite Labs as a customer last year.", nil},
	})
}
