package extract_test

import "testing"

// round38Register holds round 38's fictional companies.
const round38Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-fund: {name: Helix Fund, type: company}
  vital-relay: {name: Vital Relay, type: company}
  vital-grid: {name: Vital Grid Systems, type: company}
  jane-park: {name: Jane Park, type: person}
`

// TestRound38DescribedSubjectNamesPartners: "the chipmaker also named A, B
// and C as partners" takes its subject from the description, as the
// single-object form ("named B as a partner") did; a pronoun subject
// stays out.
func TestRound38DescribedSubjectNamesPartners(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"the chipmaker named A, B and C as partners", "Ion Cloud, the US chipmaker, reported record sales on Tuesday. The chipmaker also named Cobalt Mobile, Granite Labs and Polar Compute as partners in building an open radio stack.",
			[]string{"headquarteredIn(ion-cloud,US)", "partnerOf(cobalt-mobile,ion-cloud)", "partnerOf(granite-labs,ion-cloud)", "partnerOf(ion-cloud,polar-compute)"}},
		// near misses
		{"a pronoun far from its antecedent", "Ion Cloud reported record sales on Tuesday, and analysts expect more. It also named Cobalt Mobile, Granite Labs and Polar Compute as partners.",
			nil},
		{"a former partner", "Ion Cloud, the US chipmaker, reported record sales on Tuesday. The chipmaker named Cobalt Mobile and Granite Labs as former partners.",
			[]string{"headquarteredIn(ion-cloud,US)"}},
	})
}

// TestRound38KeptStake: a stake kept, retained or maintained is held
// ("Uber keeps a sizeable minority stake in the new company"), in any
// tense; "retains" and "maintains" are verbs to the tagger.
func TestRound38KeptStake(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"keeps a sizeable minority stake in Y", "Acme Telecom keeps a sizeable minority stake in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"retains a stake in Y", "Acme Telecom retains a stake in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"will retain 10% of Y", "Acme Telecom will retain a 10% stake in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) modality=planned"}},
		{"maintains a stake in Y", "Helix Fund maintains a 10% stake in Granite Labs.",
			[]string{"investedIn(helix-fund,granite-labs)"}},
		// near misses
		{"did not retain", "Acme Telecom did not retain a stake in Granite Labs.", nil},
		{"no longer keeps", "Acme Telecom no longer keeps a stake in Granite Labs.", nil},
	})
}

// TestRound38InWhichAfterList: "A and B, the tower unit in which C kept a
// stake": a singular description names the last item only, so the stake
// is in B; a plural one ("the two firms in which") keeps both.
func TestRound38InWhichAfterList(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"A and B, the unit in which C kept a stake", "Acme Telecom and Granite Labs, the tower unit in which Helix Fund kept a minority stake, compete for the contract.",
			[]string{"investedIn(helix-fund,granite-labs)"}},
		{"A and B, the two firms in which C holds a stake", "Acme Telecom and Granite Labs, the two firms in which Helix Fund holds a stake, compete for the contract.",
			[]string{"investedIn(helix-fund,acme-telecom)", "investedIn(helix-fund,granite-labs)"}},
	})
}

// TestRound38ShareParentheses: "A, with about 4.9%, and B, with roughly
// 4.5%, had been the largest investors in Y": each item of the subject
// list carries its share in a parenthesis, and each is an investor (the
// subject was B alone).
func TestRound38ShareParentheses(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"A, with N%, and B, with M%, are the largest investors in Y", "Helix Fund, with about 4.9%, and Acme Telecom, with roughly 4.5%, are the largest investors in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)"}},
		{"three items", "Helix Fund, with 4.9%, Acme Telecom, with 3%, and Cobalt Mobile, with 2%, are the largest shareholders in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(helix-fund,granite-labs)"}},
		// near miss: a share that is no parenthesis on a list item
		{"A said on Monday, with 4.9% ..., ", "Helix Fund sold its shares on Monday, and Acme Telecom, with roughly 4.5%, is now the largest investor in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}

// TestRound38FirstWordOfNamed: a one-word name that begins a company's
// name the article has already given stands for that company ("Vital
// Relay makes repeaters. Vital teamed with Acme Telecom"), not for a new
// company "Vital"; with two such companies named, it stays unknown.
func TestRound38FirstWordOfNamed(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"Y ... Y's first word teamed with A", "Vital Relay makes repeaters for millimetre-wave networks. Vital teamed with Acme Telecom on a nationwide roll-out.",
			[]string{"partnerOf(acme-telecom,vital-relay)"}},
		// near misses
		{"two companies begin with the word", "Vital Relay and Vital Grid Systems make repeaters. Vital teamed with Acme Telecom on a nationwide roll-out.",
			[]string{"partnerOf(acme-telecom,vital)"}},
		{"the company was not named before", "Vital teamed with Acme Telecom on a nationwide roll-out. Vital Relay makes repeaters.",
			[]string{"partnerOf(acme-telecom,vital)"}},
	})
}

// TestRound38DottedLegalSuffix: a legal suffix spelt with full stops
// ("N.V.", "S.p.A.", "S.A.") belongs to the name before it; "N.V." had
// become a company of its own, and "S.p.A."'s last stop ended the subject.
func TestRound38DottedLegalSuffix(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"Y N.V. announced a partnership with A", "Granite Labs N.V. announced a partnership with Acme Telecom.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"A S.p.A. signed a partnership with B S.A.", "Acme Telecom S.p.A. signed a partnership with Cobalt Mobile S.A.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		// near miss: an undotted suffix was read before, and still is
		{"Y NV", "Granite Labs NV announced a partnership with Acme Telecom.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
	})
}

// TestRound38MergedInto: "A and B merged their units into Y" creates Y,
// so the next sentence's "the new company" or "the combined company" is
// Y; a takeover creates no new company.
func TestRound38MergedInto(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"merged their units into Y ... the new company", "Acme Telecom and Cobalt Mobile merged their units into Granite Labs. Acme Telecom keeps a sizeable minority stake in the new company.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"combined their businesses into Y ... the combined company", "Acme Telecom and Cobalt Mobile combined their Spanish businesses into Granite Labs. The combined company is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,granite-labs)"}},
		// near miss: a takeover makes no new company
		{"bought B ... the new company", "Acme Telecom bought Cobalt Mobile in May. The new company is chaired by Jane Park.", nil},
	})
}

// TestRound38OwningParticiple: a present participle of owning that ends
// the clause takes the subject of the verb before it ("A came out of the
// deal owning roughly a quarter of Y"); across a comma or another party it
// does not.
func TestRound38OwningParticiple(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"A came out of the deal owning a quarter of Y", "Helix Fund came out of the deal owning roughly a quarter of Granite Labs.",
			[]string{"investedIn(helix-fund,granite-labs)"}},
		// near misses
		{"another party between", "Helix Fund sold its shares to Acme Telecom, owning 25% of Granite Labs.", nil},
		{"a negated verb", "Helix Fund did not come out of the deal owning a quarter of Granite Labs.", nil},
	})
}
