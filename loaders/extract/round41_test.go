package extract_test

import (
	"testing"
)

const round41Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  bergen-holdings: {name: Bergen Holdings, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-fund: {name: Helix Fund, type: company}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  lena-voss: {name: Lena Voss, type: person}
  t-fund: {name: T.Fund, type: company}
  radio-forum: {name: Radio Forum, type: alliance}
`

// TestRound41BothCorrelative: "both" right before names is a correlative
// ("chief executive of both A and B"), no reference to the last two
// companies; the title holds at each. Near miss: "both" as a reference.
func TestRound41BothCorrelative(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"chief executive of both A and B", "In July Acme Telecom and Cobalt Mobile signed a partnership under which Acme Telecom will sell Cobalt Mobile's models. Jane Park, president and chief executive of both Bergen Holdings and Acme Telecom, has said the group wants to double its AI revenue.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "ceoOf(jane-park,bergen-holdings)", "ceoOf(jane-park,acme-telecom)"}},
		{"both A and B joined", "Both Acme Telecom and Cobalt Mobile joined the Radio Forum in 2023.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2023", "memberOf(cobalt-mobile,radio-forum) since=2023"}},
		// near miss: "both" stands for the pair
		{"both joined", "Acme Telecom and Cobalt Mobile build radios. Both joined the Radio Forum in 2023.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2023", "memberOf(cobalt-mobile,radio-forum) since=2023"}},
	})
}

// TestRound41PersonIts: "P is still its chairman" opening a sentence is
// about the company the article tied P to (as founder, chief executive or
// chair), not the company named last. Near misses: a person tied to no
// company, and one tied to two, keep the sentence before's subject.
func TestRound41PersonIts(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"founder is still its chairman", "Helix Fund, the US investment firm set up in 1985 by Jane Park and Omar Haddad, already owns data centres, including Polar Compute in the United States. Park is still its chairman and chief executive.",
			[]string{"headquarteredIn(helix-fund,US)", "founded(helix-fund) date=1985", "foundedBy(helix-fund,jane-park)", "foundedBy(helix-fund,omar-haddad)", "ceoOf(jane-park,helix-fund)", "chairmanOf(jane-park,helix-fund)"}},
		// near misses
		{"a person tied to no company", "Helix Fund already owns Polar Compute. Jane Park is still its chairman.",
			[]string{"chairmanOf(jane-park,helix-fund)"}},
		{"a person tied to two companies", "Jane Park founded Granite Labs and runs Ion Cloud as chief executive. Helix Fund owns Polar Compute. Park is still its chairman.",
			[]string{"foundedBy(granite-labs,jane-park)", "ceoOf(jane-park,ion-cloud)", "chairmanOf(jane-park,helix-fund)"}},
	})
}

// TestRound41DatelessPersonFounded: a sentence naming only the people who
// set a company up, with no date, states its founders, not a founding
// date: foundedBy only. Near misses: a date, and an organisation among the
// founders, keep the founded fact.
func TestRound41DatelessPersonFounded(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"founded by P, who remains its chief executive", "Granite Labs was founded by Jane Park, who remains its chief executive, and has backed Ion Cloud since its early years.",
			[]string{"foundedBy(granite-labs,jane-park)", "ceoOf(jane-park,granite-labs)"}},
		{"the firm founded by P", "Helix Fund, the investment firm founded by Omar Haddad, owns another 19.8% of Acme Telecom.",
			[]string{"foundedBy(helix-fund,omar-haddad)", "investedIn(helix-fund,acme-telecom)"}},
		// near misses
		{"founded in 2016 by P", "Granite Labs was founded in 2016 by Jane Park and Omar Haddad.",
			[]string{"founded(granite-labs) date=2016", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)"}},
		{"set up by A and B", "Granite Labs was set up by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(granite-labs)", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,cobalt-mobile)"}},
	})
}

// TestRound41PrepObjectAndColon: a verb coordinated after a preposition's
// object ("P, who co-founded X in 1980 with Q and remains its chairman")
// has the clause's subject, not Q; a succession after a colon takes its
// owner from the one organisation named before the colon. Near miss: two
// organisations before the colon leave the owner to the topic company.
func TestRound41PrepObjectAndColon(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"with Q and remains its chairman", "Jane Park, who co-founded Granite Labs in 1980 with Omar Haddad and remains its chairman and chief executive, said the plants would double revenue.",
			[]string{"founded(granite-labs) date=1980", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)", "ceoOf(jane-park,granite-labs)", "chairmanOf(jane-park,granite-labs)"}},
		{"X has changed: P replaced Q as executive chairman", "Helix Fund sells fibre. Acme Telecom has gone through its own change at the top: Jane Park replaced Omar Haddad as executive chairman in January 2025.",
			[]string{"chairmanOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,acme-telecom) modality=past"}},
		// near misses
		{"two organisations before the colon", "Helix Fund sells fibre. Acme Telecom and Cobalt Mobile have changed: Jane Park replaced Omar Haddad as executive chairman in January 2025.",
			[]string{"chairmanOf(jane-park,helix-fund)", "chairmanOf(omar-haddad,helix-fund) modality=past"}},
	})
}

// TestRound41ControllingOwner: "controlling" before a noun is an adjective
// ("Y's controlling shareholder"), and an apposition's reduced passive
// with a part's word ("Y, majority-owned by the fund X,") states X's stake.
// Near misses: "jointly owned" stays the venture rules', a person's name
// before the comma owns nothing.
func TestRound41ControllingOwner(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"X is Y's controlling shareholder", "Helix Fund is Granite Labs' controlling shareholder.", []string{"investedIn(helix-fund,granite-labs)"}},
		{"X became Y's controlling shareholder with a stake", "Helix Fund became Granite Labs' controlling shareholder in 2020 with a 26.2% stake.", []string{"investedIn(helix-fund,granite-labs) date=2020"}},
		{"Y, majority-owned by the fund X,", "Polar Compute, majority-owned by the sovereign wealth fund Helix Fund, is run by chief executive Jane Park.",
			[]string{"investedIn(helix-fund,polar-compute)", "ceoOf(jane-park,polar-compute)"}},
		// near misses
		{"Y, jointly owned by A and B,", "Polar Compute, jointly owned by Helix Fund and Acme Telecom, is run by Jane Park.", []string{"jointVenture(acme-telecom,helix-fund)"}},
		{"a person before the comma", "Jane Park, majority-owned by Helix Fund, spoke.", nil},
	})
}

// TestRound41FounderRuns: the people a passive founding names: after an
// apposition with a possessive and "with" ("by P, its chief executive,
// with Q and R"), behind a description ("by three former Apple chip
// architects, P, Q and R", "by the radio engineer P and the American
// entrepreneur Q"), and a person founder in a sentence that also tells of
// a joint venture (a person is no venture's partner). Near misses: an
// organisation among the agents keeps its reading; "with" an organisation
// adds no person.
func TestRound41FounderRuns(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"by P, its chief executive, with Q and R", "Granite Labs was founded in 2023 by Jane Park, its chief executive, with Omar Haddad and Lena Voss.",
			[]string{"founded(granite-labs) date=2023", "ceoOf(jane-park,granite-labs)", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)", "foundedBy(granite-labs,lena-voss)"}},
		{"by three former Apple chip architects, P, Q and R", "Granite Labs had been founded two years earlier by three former Apple chip architects, Jane Park, Omar Haddad and Lena Voss.",
			[]string{"foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)", "foundedBy(granite-labs,lena-voss)"}},
		{"by the radio engineer P and the American entrepreneur Q", "Granite Labs was set up in 1992 by the radio engineer Jane Park and the American entrepreneur Omar Haddad.",
			[]string{"founded(granite-labs) date=1992", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)"}},
		{"a venture beside the firm founded by P", "Acme Telecom was set up as a joint venture between Cobalt Mobile and Helix Fund, the conglomerate founded by Omar Haddad.",
			[]string{"jointVenture(cobalt-mobile,helix-fund)", "founded(acme-telecom)", "foundedBy(helix-fund,omar-haddad)"}},
		// near misses
		{"an organisation among the agents", "Granite Labs was founded by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(granite-labs)", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,cobalt-mobile)"}},
		{"with an organisation", "Granite Labs was founded in 2023 by Jane Park, its chief executive, with Helix Fund's backing.",
			[]string{"founded(granite-labs) date=2023", "ceoOf(jane-park,granite-labs)", "foundedBy(granite-labs,jane-park)"}},
	})
}

// TestRound41FounderSubjects: the person behind an active founding whose
// subject is a description ("P, the former Helix Fund researcher who
// founded Y"), and "the company" a titled person founded is the company of
// the title ("Y's chief executive, P, co-founded the company in 2018"), not
// the one the article named before. Near misses: an organisation's
// description founds no person's company; "the company" with no title
// beside its founder keeps the article's reading.
func TestRound41FounderSubjects(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"P, the former X researcher who founded Y", "Omar Haddad, the former Helix Fund researcher who founded Granite Labs, joined Acme Telecom.",
			[]string{"foundedBy(granite-labs,omar-haddad)"}},
		{"Y's chief executive, P, co-founded the company", "Acme Telecom bought Granite Labs. Granite Labs's chief executive, Jane Park, co-founded the company in 2018.",
			[]string{"ceoOf(jane-park,granite-labs)", "founded(granite-labs) date=2018", "foundedBy(granite-labs,jane-park)"}},
		{"P, Y's chief executive, co-founded the company", "Acme Telecom bought Granite Labs. Jane Park, Granite Labs's chief executive, co-founded the company in 2018.",
			[]string{"ceoOf(jane-park,granite-labs)", "founded(granite-labs) date=2018", "foundedBy(granite-labs,jane-park)"}},
		// near misses
		{"an organisation's description", "Acme Telecom, the Helix Fund unit that founded Granite Labs, is growing.", []string{"founded(granite-labs)"}},
	})
}

// TestRound41TitleAcrossAppositions: "heads" after a name is a verb ("P
// now heads X as its CEO"), a verb of running after a person's apposition
// is the person's ("Another former A chief executive, P, now heads X as its
// CEO"), "became" after an apposition that places the person at another
// organisation is still the person's ("P, formerly a president at A,
// became X's chief executive"), and a finite verb of taking a post or a
// company ends a list ("A, became X's": no list of A and X). Near misses:
// the former post stays past; "heads" as a noun.
func TestRound41TitleAcrossAppositions(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"P now heads X as its CEO", "Omar Haddad now heads Polar Compute as its CEO.", []string{"ceoOf(omar-haddad,polar-compute)"}},
		{"Another former A chief executive, P, now heads X as its CEO", "Another former Acme Telecom chief executive, Omar Haddad, now heads Polar Compute as its CEO.",
			[]string{"ceoOf(omar-haddad,acme-telecom) modality=past", "ceoOf(omar-haddad,polar-compute)"}},
		{"P, formerly a president at A, became X's chief executive", "Jane Park, formerly a president at Helix Fund, became Polar Compute's chief executive in May.",
			[]string{"ceoOf(jane-park,polar-compute)"}},
		{"P, a former executive of A, became chief executive of X", "Jane Park, a former executive of Helix Fund, became chief executive of Granite Labs in May.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		// near misses
		{"heads as a noun", "Acme Telecom heads of state met Cobalt Mobile.", nil},
	})
}

// TestRound41WhatTheyCalled: "A and B announced what they called a
// multi-generation strategic partnership" is a partnership as "announced a
// partnership" is. Near miss: what a third party called it is no
// partnership of the two.
func TestRound41WhatTheyCalled(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"announced what they called a partnership", "On October 6, Acme Telecom and Cobalt Mobile announced what they called a multi-generation strategic partnership under which Cobalt Mobile will deploy chips.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		// near miss
		{"what analysts called a partnership", "On October 6, Acme Telecom and Cobalt Mobile announced what analysts called a strategic partnership.", nil},
	})
}

// TestRound41NamedRoundReach: a sentence that names "the round" reaches it
// four sentences after it opened ("A also joined the round, alongside B and
// C"), here where the headline and the body both opened it and the
// sentence runs on past an abbreviated name ("T.Fund. Granite Labs did not
// say": one sentence to the splitter). An unnamed one ("B and C
// participated") does not reach it (the near miss).
func TestRound41NamedRoundReach(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	opener := "Granite Labs raises $1.1 billion as Helix Fund and Acme Telecom pile into the start-up\n\nGranite Labs said on Thursday it had raised $1.1 billion in a Series B round led by Helix Fund.\n\nHelix Fund is putting in $285 million for a 9.3% stake. An earn-out could lift its holding to 12.2% later, the group said. Helix Fund is run by chief executive Jane Park.\n\n"
	runNewsWith(t, reg, []newsCase{
		{"also joined the round, four sentences on", opener + "Acme Telecom also joined the round, alongside Cobalt Mobile and T.Fund. Granite Labs did not say how much each of them contributed.",
			[]string{"investedIn(helix-fund,granite-labs) amount=$1.1 billion", "ceoOf(jane-park,helix-fund)", "investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(t-fund,granite-labs)"}},
		// near miss
		{"participated, four sentences on", opener + "Acme Telecom and Cobalt Mobile participated.",
			[]string{"investedIn(helix-fund,granite-labs) amount=$1.1 billion", "ceoOf(jane-park,helix-fund)"}},
	})
}

// TestRound41VentureInWhich: "a joint venture in which A owns 51% and B
// 49%" names the venture's partners. Near miss: one owner named is no
// venture of two.
func TestRound41VentureInWhich(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"a joint venture in which A owns 51% and B 49%", "The business is now a joint venture in which Acme Telecom owns 51% and Cobalt Mobile 49%.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile)"}},
		// near miss
		{"one owner", "Acme Telecom said a joint venture in which it owns 51% would follow.", nil},
	})
}

// TestRound41RoundFollowersMade: the open round's investors told as "B and
// C made significant investments" and "D and E, all existing backers, put in
// more". Near misses: no investments, and investments of its own elsewhere.
func TestRound41RoundFollowersMade(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	opener := "Granite Labs raised $750 million in a round led by Polar Compute. "
	runNewsWith(t, reg, []newsCase{
		{"made significant investments, while D and E put in more", opener + "Helix Fund and Acme Telecom made significant investments, while Ion Cloud and Cobalt Mobile, all existing backers, put in more.",
			[]string{"investedIn(polar-compute,granite-labs) amount=$750 million", "investedIn(helix-fund,granite-labs)", "investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		// near misses
		{"made no investments", opener + "Helix Fund made no investments.", []string{"investedIn(polar-compute,granite-labs) amount=$750 million"}},
		{"made investments in other companies", opener + "Helix Fund made investments in Ion Cloud.", []string{"investedIn(polar-compute,granite-labs) amount=$750 million", "investedIn(helix-fund,ion-cloud)"}},
	})
}

// TestRound41PredecessorAsTitle: "His predecessor as chief executive, P,"
// held the post the article gave "him", as "his predecessor, P," did. Near
// miss: a predecessor as chairman of a chief executive states nothing.
func TestRound41PredecessorAsTitle(t *testing.T) {
	reg := mustRegister(t, "round41.yaml", round41Register)
	runNewsWith(t, reg, []newsCase{
		{"his predecessor as chief executive, P,", "Acme Telecom president and CEO Jane Park has argued for smaller models. His predecessor as chief executive, Omar Haddad, left in March.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,acme-telecom) modality=past"}},
		// near miss
		{"his predecessor as chairman", "Acme Telecom president and CEO Jane Park has argued for smaller models. His predecessor as chairman, Omar Haddad, left in March.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}
