package extract_test

import "testing"

const round39Register = `entities:
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

// TestRound39CompanyFounders: the organisations a passive founding clause
// names after "by" set a company up (foundedBy, Wikidata's P112), as the
// writers annotate them ("Y was set up by A, B and C"; "by A together with
// B"; "the founding shareholders of Y are A and B"); an alliance's founders
// stay its founding members. Near misses: a joint venture (its owners are
// partners), a name inside "former A researchers", a possessive's
// backing, the active voice, a launch. (A person was a near miss until
// round 40 states people as founders: round40_test.go.)
func TestRound39CompanyFounders(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register)
	runNewsWith(t, reg, []newsCase{
		{"Y was set up by A and B", "Granite Labs was set up by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(granite-labs)", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,cobalt-mobile)"}},
		{"Y was founded in 2023 by A, B and C", "Granite Labs was founded in 2023 by Acme Telecom, Helix Fund and Polar Compute.",
			[]string{"founded(granite-labs) date=2023", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,helix-fund)", "foundedBy(granite-labs,polar-compute)"}},
		{"Y, set up by A and B, sells", "Granite Labs, set up in 2021 by Acme Telecom and Cobalt Mobile, sells chips.",
			[]string{"founded(granite-labs) date=2021", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,cobalt-mobile)"}},
		{"by A together with operators including B and C", "Granite Labs was set up in 2024 by Acme Telecom together with operators including Cobalt Mobile and Ion Cloud.",
			[]string{"founded(granite-labs) date=2024", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,cobalt-mobile)", "foundedBy(granite-labs,ion-cloud)"}},
		{"the founding shareholders of Y", "The founding shareholders of Granite Labs are Acme Telecom and Helix Fund.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,helix-fund)"}},
		{"an alliance as before", "The Radio Forum was set up by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		// near misses
		{"a joint venture formed by A and B", "Granite Labs is a joint venture formed in 2025 by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(granite-labs) date=2025", "jointVenture(acme-telecom,cobalt-mobile)"}},
		{"a registered venture", "Edge Venture was set up by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(edge-venture)"}},
		{"a person", "Granite Labs was founded in 2023 by Jane Doe.",
			[]string{"founded(granite-labs) date=2023", "foundedBy(granite-labs,jane-doe)"}},
		{"former A researchers", "Granite Labs was founded in 2021 by former Acme Telecom researchers.",
			[]string{"founded(granite-labs) date=2021"}},
		{"with A's backing", "Granite Labs was founded in 2017 by Jane Doe with Helix Fund's backing.",
			[]string{"founded(granite-labs) date=2017", "foundedBy(granite-labs,jane-doe)"}},
		{"the active voice", "In March, Acme Telecom and Cobalt Mobile set up Granite Labs, an investment company.",
			[]string{"founded(granite-labs)"}},
		{"a launch", "Granite Labs was launched by Acme Telecom and Cobalt Mobile.", []string{"founded(granite-labs)"}},
	})
}

// TestRound39PluralNounNoVerb: a plural noun whose stem plus "e" is a
// verb ("units", "unite") is no verb: "designer of neural processing
// units, has closed a round" keeps its subject, and the round's investor
// is read in the next sentence.
func TestRound39PluralNounNoVerb(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register)
	runNewsWith(t, reg, []newsCase{
		{"designer of processing units", "Granite Labs, the designer of neural processing units, has closed a Series B round. Cobalt Mobile was the biggest single investor in the round.",
			[]string{"investedIn(cobalt-mobile,granite-labs)"}},
	})
}

// TestRound39ItemDescription: within a digest's item headed by a company,
// a description the item uses ("the maker of the cloud models", "the
// Tokyo lab", "the start-up") is the heading's company, even when an
// earlier item gave another company that descriptor.
func TestRound39ItemDescription(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register+`  vital-relay: {name: Vital Relay, type: company}
  jade-bank: {name: Jade Bank, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the maker, described in an earlier item", `Telco capital weekly

1. Acme buys into Granite

Acme Telecom has agreed to invest $200 million in Granite Labs, the US maker of AI data-centre systems.

2. The back catalogue

Granite Labs is the latest in a string of bets.

- Ion Cloud. Last August Acme Telecom put $100 million into the maker of the cloud models. Helix Fund followed a month later with a commitment of up to $4 billion.`,
			[]string{"headquarteredIn(granite-labs,US)", "investedIn(acme-telecom,granite-labs) amount=$200 million", "investedIn(acme-telecom,ion-cloud) date=2024-08 amount=$100 million",
				"investedIn(helix-fund,ion-cloud)"}},
		{"the Tokyo lab and the start-up", `Telco capital weekly

3. Vital Relay

Acme Telecom also backs Vital Relay, a Tokyo lab building speech models.

4. Polar Compute

Acme Telecom agreed to merge its chip unit with Polar Compute, a fabless chip start-up set up in 2020.

5. Granite Labs

The Tokyo lab announced a Series A on Wednesday worth about $200 million. Helix Fund led, with Ion Cloud following on. Cobalt Mobile joined the round and agreed a research collaboration with the start-up on AI infrastructure in Japan. Jade Bank also took part.`,
			[]string{"founded(polar-compute) date=2020", "investedIn(acme-telecom,vital-relay)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(helix-fund,granite-labs)",
				"investedIn(ion-cloud,granite-labs)", "investedIn(jade-bank,granite-labs)", "partnerOf(cobalt-mobile,granite-labs)"}},
	})
}

// TestRound39BringIn: a round, or its company with a colon list of new
// investors, "brings in" its investors; the particle "in" is no
// preposition of place. Near miss: a company bringing in a name directly
// (a hire).
func TestRound39BringIn(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register)
	const c = "Granite Labs has closed a funding round of $250 million. The round was led by Acme Telecom. "
	runNewsWith(t, reg, []newsCase{
		{"the round brought in", c + "The round also brought in Helix Fund and Polar Compute.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"it brings in new shareholders: a list", c + "It brings in two new shareholders: funds managed by Helix Fund, and Polar Compute, the investment arm of Ion Cloud.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		// near miss
		{"a hire", c + "Granite Labs brought in Helix Fund's Jane Doe as its new chief.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}

// TestRound39FloatingQuantifier: "each", "both" or "all" between an
// auxiliary and its verb float off the subject ("A and B have each
// committed $19 billion to Y"); they are no noun phrase that takes the
// verb's place.
func TestRound39FloatingQuantifier(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register)
	runNewsWith(t, reg, []newsCase{
		{"have each committed", "Acme Telecom and Cobalt Mobile have each committed $19 billion to Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$19 billion", "investedIn(cobalt-mobile,granite-labs) amount=$19 billion"}},
		{"will all put", "Acme Telecom, Cobalt Mobile and Ion Cloud will all put $5 million into Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$5 million modality=planned", "investedIn(cobalt-mobile,granite-labs) amount=$5 million modality=planned",
				"investedIn(ion-cloud,granite-labs) amount=$5 million modality=planned"}},
	})
}

// TestRound39RegisteredShortName: a one-word name that begins the name of
// exactly one registered company stands for it even where the article never
// gives the full name ("Granite signed a partnership with B"), as a
// register of canonical names lists no short forms; a one-word name that
// ends exactly one registered person's name is that person, never a new
// company ("Park put $5 million into Y": no investor of the schema's).
// Near miss: two registered companies begin with the word.
func TestRound39RegisteredShortName(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register+`  vital-relay: {name: Vital Relay, type: company}
  vital-grid: {name: Vital Grid Systems, type: company}
  jane-park: {name: Jane Park, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a first word", "Granite signed a partnership with Cobalt Mobile in March.", []string{"partnerOf(cobalt-mobile,granite-labs)"}},
		{"a surname", "Park put $5 million into Granite Labs last year.", nil},
		// near miss
		{"two companies begin so", "Vital signed a partnership with Cobalt Mobile in March.", []string{"partnerOf(cobalt-mobile,vital)"}},
	})
}

// TestRound39GulfLegalForms: Gulf, Asian and other legal forms after a name
// belong to it ("Ooredoo Q.P.S.C.", "Maxis Berhad"); before, "Q.P.S.C."
// became a company of its own.
func TestRound39GulfLegalForms(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register+`  ooredoo: {name: Ooredoo, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"Q.P.S.C.", "Ooredoo Q.P.S.C. signed a partnership with Cobalt Mobile.", []string{"partnerOf(cobalt-mobile,ooredoo)"}},
		{"PJSC", "Helix Fund PJSC signed a partnership with Cobalt Mobile.", []string{"partnerOf(cobalt-mobile,helix-fund)"}},
	})
}

// TestRound39CountsAmong: "A counts (ranks) among Y's shareholders" is "A
// is among Y's shareholders", and ", together with B," set between the
// subject and its verb holds the same stake. Near miss: "A counts Y among
// its customers" (a transitive count).
func TestRound39CountsAmong(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register)
	runNewsWith(t, reg, []newsCase{
		{"counts among Y's shareholders", "Acme Telecom now counts among Granite Labs' shareholders.", []string{"investedIn(acme-telecom,granite-labs)"}},
		{"counts among the shareholders of Y", "Acme Telecom counts among the shareholders of Granite Labs.", []string{"investedIn(acme-telecom,granite-labs)"}},
		{"together with B", "Acme Telecom, together with Helix Fund, now counts among Granite Labs' shareholders.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)"}},
		// near miss
		{"a transitive count", "Acme Telecom counts Granite Labs among its customers.", nil},
	})
}

// TestRound39RoundDatedBeforeVerb: a date phrase between an unnamed round
// and its passive lead verb ("A $73.6 million round in January 2024 was
// led by A, and B and C joined it") leaves the round the verb's subject.
func TestRound39RoundDatedBeforeVerb(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register)
	runNewsWith(t, reg, []newsCase{
		{"a round in a month was led by", "Granite Labs makes AI chips. A $73.6 million round in January 2024 was led by Acme Telecom, and Cobalt Mobile and Ion Cloud joined it.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
	})
}

// TestRound39InvestedAlongside: "A invested alongside B" shares the
// investee B was just stated to hold. Near miss: "invested in Z alongside
// B" names its own investee.
func TestRound39InvestedAlongside(t *testing.T) {
	reg := mustRegister(t, "round39.yaml", round39Register)
	runNewsWith(t, reg, []newsCase{
		{"invested alongside", "Acme Telecom bought half of Granite Labs in 2023. Helix Fund invested alongside Acme Telecom through its infrastructure funds.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2023", "investedIn(helix-fund,granite-labs)"}},
		// near miss
		{"invested in Z alongside B", "Acme Telecom bought half of Granite Labs in 2023. Helix Fund invested in Polar Compute alongside Acme Telecom.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2023", "investedIn(acme-telecom,polar-compute)", "investedIn(helix-fund,polar-compute)"}},
	})
}
