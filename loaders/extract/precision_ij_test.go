package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// precisionRegister names the parties of the near-miss tables below; it
// holds canonical names only, as the blind registers do.
func precisionRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("precision.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  kestrel-network: {name: Kestrel Network, type: company}
  stratos-alliance: {name: Stratos Alliance, type: alliance}
  open-compute-foundation: {name: Open Compute Foundation, type: alliance}
  edge-learning-foundation: {name: Edge Learning Foundation, type: alliance}
  coalition-for-open-radio: {name: Coalition for Open Radio, type: alliance}
  nordic-radio-forum: {name: Nordic Radio Forum, type: alliance}
  a-holdings: {name: A Holdings, type: company}
  jurgen-kossler: {name: Jürgen Kößler, type: person}
  anna-bruckner: {name: Anna Brückner, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestUndecidedJoin: a company weighing whether to join has not joined,
// neither as a fact nor as a plan; one that will join has a plan.
func TestUndecidedJoin(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"weighing whether to join",
			"People close to the talks said Acme Telecom and Cobalt Mobile were weighing whether to join the Stratos Alliance.",
			nil},
		{"still deciding whether to join",
			"Acme Telecom is still deciding whether to join the Stratos Alliance, a spokesman said.",
			nil},
		{"near miss: a plan to join",
			"Acme Telecom plans to join the Stratos Alliance next year.",
			[]string{"memberOf(acme-telecom,stratos-alliance) since=2026 modality=planned"}},
		{"near miss: joined",
			"Acme Telecom joined the Stratos Alliance on Monday.",
			[]string{"memberOf(acme-telecom,stratos-alliance) since=2025-06-09"}},
	})
}

// TestUmlautSpelling: a register name with German letters is found in
// the spelling English news gives it without diacritics.
func TestUmlautSpelling(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"oe for ö and ss for ß",
			"Acme Telecom chief executive Juergen Koessler said the deal was done.",
			[]string{"ceoOf(jurgen-kossler,acme-telecom)"}},
		{"ue for ü",
			"Anna Brueckner, chief executive of Cobalt Mobile, said the deal was done.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)"}},
		{"near miss: the register's own spelling",
			"Anna Brückner, chief executive of Cobalt Mobile, said the deal was done.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)"}},
	})
}

// TestNetworkDropped: news drops "Network" from a company's name as it
// drops "Networks" ("Dish" for Dish Network).
func TestNetworkDropped(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"first word alone",
			"Kestrel chief executive Jane Doe said the deal was done.",
			[]string{"ceoOf(jane-doe,kestrel-network)"}},
		{"near miss: the full name",
			"Kestrel Network chief executive Jane Doe said the deal was done.",
			[]string{"ceoOf(jane-doe,kestrel-network)"}},
	})
}

// TestItsAfterLoneGroup: "Its" in a roster speaks of the one group the
// sentence before named, even as an object, rather than of an older
// subject.
func TestItsAfterLoneGroup(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"group named as an object the sentence before",
			"The Open Compute Foundation today announced the formation of the Stratos Alliance. " +
				"Five companies are behind the alliance at launch. Its steering members from day one are Acme Telecom and Cobalt Mobile.",
			[]string{"founded(stratos-alliance) date=2025-06-12", "foundingMember(acme-telecom,stratos-alliance)", "foundingMember(cobalt-mobile,stratos-alliance)"}},
		{"near miss: the sentence before names no group",
			"The Stratos Alliance was formed on Monday. Five companies signed the charter at launch. Its founding members are Acme Telecom and Cobalt Mobile.",
			[]string{"founded(stratos-alliance) date=2025-06-09", "foundingMember(acme-telecom,stratos-alliance)", "foundingMember(cobalt-mobile,stratos-alliance)"}},
	})
}

// TestFoundationJustFounded: "the foundation" after a sentence that named
// a host foundation and the foundation it formed is the new one; with no
// founding, the one the sentence named first is still its own.
func TestFoundationJustFounded(t *testing.T) {
	members := func(org string) []string {
		return []string{"foundingMember(acme-telecom," + org + ")", "foundingMember(cobalt-mobile," + org + ")"}
	}
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"host named first, the new foundation second",
			"The Open Compute Foundation today announced the formation of the Edge Learning Foundation with two companies as its first members. " +
				"The foundation's founding members are Acme Telecom and Cobalt Mobile.",
			append(members("edge-learning-foundation"), "founded(edge-learning-foundation) date=2025-06-12")},
		{"near miss: no founding, the first named is the sentence's own",
			"The Edge Learning Foundation, which the Open Compute Foundation hosts, held its first plenary in Oslo. " +
				"The foundation's founding members are Acme Telecom and Cobalt Mobile.",
			members("edge-learning-foundation")},
	})
}

// TestHostIsNoMember: a foundation or standards body that sets up a group
// houses it; the companies that launch one are its founding members.
func TestHostIsNoMember(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a foundation launches a group",
			"Open Compute Foundation launches Stratos Alliance to pool radio research",
			[]string{"founded(stratos-alliance)"}},
		{"a standards group said it had set up a group",
			"The standards group Kestrel Network said on Tuesday it had set up the Stratos Alliance.",
			[]string{"founded(stratos-alliance) date=2025-06-10"}},
		{"a described host counts members of its own",
			"The standards group Kestrel Network said on Tuesday it had set up the Stratos Alliance. " +
				"Kestrel Network already counts about 150 member companies.",
			[]string{"founded(stratos-alliance) date=2025-06-10"}},
		{"near miss: a company said it had set up a group",
			"Acme Telecom said on Tuesday it had set up the Stratos Alliance.",
			[]string{"founded(stratos-alliance) date=2025-06-10", "foundingMember(acme-telecom,stratos-alliance)"}},
		{"near miss: two companies launch a group",
			"Acme Telecom and Cobalt Mobile launch Stratos Alliance to pool radio research",
			[]string{"founded(stratos-alliance)", "foundingMember(acme-telecom,stratos-alliance)", "foundingMember(cobalt-mobile,stratos-alliance)"}},
	})
}

// TestOwnerIsNoParty: a possessive names the owner of what invests or is
// led, not the party itself.
func TestOwnerIsNoParty(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"investor through an owner's foundation",
			"Acme Telecom now counts Cobalt Mobile and Kestrel Network's charitable foundation among its investors.",
			[]string{"investedIn(cobalt-mobile,acme-telecom)"}},
		{"near miss: the person invests",
			"Acme Telecom now counts Cobalt Mobile and Kestrel Network among its investors.",
			[]string{"investedIn(cobalt-mobile,acme-telecom)", "investedIn(kestrel-network,acme-telecom)"}},
		{"what is run is owned by the company",
			"Under the deal the Stratos Alliance will run Acme Telecom's 5G core traffic.",
			nil},
		{"the leader's owner",
			"Acme Telecom is led by Cobalt Mobile's former chief, Anna Brückner.",
			nil},
		{"near miss: a company led",
			"Under the deal the Stratos Alliance will be led by Acme Telecom.",
			[]string{"ledBy(stratos-alliance,acme-telecom) modality=planned"}},
	})
}

// TestDescriptionOtherNation: a nationality description that contradicts
// the country just given to a company is about another company.
func TestDescriptionOtherNation(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"the US company after a South Korean one",
			"South Korean telco Acme Telecom signed a five-year pact with Cobalt Mobile in Redmond, pledging to build cloud services with the US company.",
			[]string{"headquarteredIn(acme-telecom,KR)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: the same nationality again",
			"South Korean telco Acme Telecom said on Monday that the Korean company would build cloud services.",
			[]string{"headquarteredIn(acme-telecom,KR)"}},
	})
}

// TestPronounNotInOwnGroup: "it" after a counted group is none of the
// group's members.
func TestPronounNotInOwnGroup(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"the three companies fund it",
			"Acme Telecom, Cobalt Mobile and Kestrel Network are the founding shareholders of the venture. The three companies will fund it in proportions none has disclosed.",
			nil},
		{"near miss: a named investee",
			"Acme Telecom, Cobalt Mobile and Kestrel Network met in Oslo. Acme Telecom and Cobalt Mobile invested in Kestrel Network last year.",
			[]string{"investedIn(acme-telecom,kestrel-network) date=2024", "investedIn(cobalt-mobile,kestrel-network) date=2024"}},
	})
}

// TestItOpensClause: "it" opening a clause after a colon is the subject of
// the clause before, not the nearest company.
func TestItOpensClause(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"after a colon",
			"Acme Telecom is no stranger to Cobalt Mobile: it took a 10% stake in Kestrel Network in 2020.",
			[]string{"investedIn(acme-telecom,kestrel-network) date=2020"}},
		{"near miss: inside the clause, the nearest company",
			"Acme Telecom said Cobalt Mobile had bought a 10% stake in Kestrel Network after it raised money in 2020.",
			[]string{"investedIn(cobalt-mobile,kestrel-network) date=2020"}},
	})
}

// TestCoalitionBoard: "the coalition" is the Coalition for ..., and "the
// coalition's board" is its board, even after another group was named.
func TestCoalitionBoard(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"the coalition's board after a forum",
			"The Coalition for Open Radio is an open-source effort for radio software. Its working groups meet monthly. " +
				"Several attendees at the Nordic Radio Forum noted the absence of Cobalt Mobile. " +
				"The coalition's project governing board is co-chaired by Anna Brückner of Acme Telecom.",
			[]string{"chairmanOf(anna-bruckner,coalition-for-open-radio)"}},
		{"near miss: a bare board is the group under discussion",
			"Acme Telecom and Cobalt Mobile launched the Nordic Radio Forum on Monday. The board is co-chaired by Anna Brückner.",
			[]string{"chairmanOf(anna-bruckner,nordic-radio-forum)", "founded(nordic-radio-forum) date=2025-06-09",
				"foundingMember(acme-telecom,nordic-radio-forum)", "foundingMember(cobalt-mobile,nordic-radio-forum)"}},
	})
}

// TestHeadquartersWithArticle: a country name that takes "the" is still
// the country after a headquarters cue.
func TestHeadquartersWithArticle(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"headquartered in the United Kingdom",
			"Acme Telecom, headquartered in the United Kingdom, has been talking about analytics for years.",
			[]string{"headquarteredIn(acme-telecom,GB)"}},
		{"which is based in the US",
			"Cobalt Mobile, which is based in the US, declined to comment.",
			[]string{"headquarteredIn(cobalt-mobile,US)"}},
		{"near miss: a launch held in the United States",
			"Acme Telecom held the launch in the United States on Monday.",
			nil},
	})
}

// TestNationalityByCopulaAndRetraction: "X is a German operator" gives X's
// country; a negated copula does not; a retracted move in the same
// sentence takes back the move, not the description of who moved.
func TestNationalityByCopulaAndRetraction(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"copula",
			"Cobalt Mobile is a German operator with ten million customers.",
			[]string{"headquarteredIn(cobalt-mobile,DE)"}},
		{"near miss: negated copula",
			"Cobalt Mobile is not a German operator.",
			nil},
		{"near miss: a copula with a role, no nationality",
			"Cobalt Mobile is a large operator with ten million customers.",
			nil},
		{"description beside a retracted bid",
			"Cobalt Mobile, the Spanish tower giant, told reporters it had considered a counter-bid but decided against it.",
			[]string{"headquarteredIn(cobalt-mobile,ES)"}},
	})
}

// TestOneLetterShortForm: "A Holdings" gives no short form "A", which
// opens sentences as an article.
func TestOneLetterShortForm(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"sentence-opening article",
			"A second wave of operators joined the Stratos Alliance on Monday, among them Acme Telecom.",
			[]string{"memberOf(acme-telecom,stratos-alliance) since=2025-06-09"}},
		{"near miss: the full name",
			"A Holdings joined the Stratos Alliance on Monday.",
			[]string{"memberOf(a-holdings,stratos-alliance) since=2025-06-09"}},
	})
}
