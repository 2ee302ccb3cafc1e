package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// round35Register holds round 35's fictional companies, groups and people.
const round35Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  jane-park: {name: Jane Park, type: person}
`

// TestRound35OneOfHolders: "A is one of Y's largest shareholders" and "A
// is one of its largest shareholders" after a sentence about Y state A's
// stake, as "A is Y's largest shareholder" does (dev18, dev19). Near
// misses: one of Y's customers, one of its prospective investors.
func TestRound35OneOfHolders(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"one of a named company's holders", "Acme Telecom is one of Granite Labs' largest shareholders.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"one of its holders", "Granite Labs raised $40 million in May. Acme Telecom is one of its largest shareholders.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"near miss: one of its customers", "Granite Labs raised $40 million in May. Acme Telecom is one of its largest customers.",
			nil},
		{"near miss: one of its prospective investors", "Granite Labs raised $40 million in May. Acme Telecom was one of its prospective investors.",
			nil},
	})
}

// TestRound35ItsHolderSameSentence: "Y listed on Tuesday, and A remains
// its largest shareholder": "its" in the second clause is the first
// clause's subject, not A and not a company of the sentence before
// (dev19). Near misses: "its" that is the speaker's own ("A said its
// largest shareholder would sell") and a first clause that opens on no
// company.
func TestRound35ItsHolderSameSentence(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"the first clause's subject", "Cobalt Mobile said little. Granite Labs listed in Stockholm, and Acme Telecom remains its largest shareholder.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"near miss: the speaker's own holder", "Granite Labs listed in Stockholm, and Acme Telecom said its largest shareholder would sell.",
			nil},
		{"no company opens the first clause: the sentence before's", "Granite Labs raised $40 million. Shares rose in Stockholm, and Acme Telecom remains its largest shareholder.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}

// TestRound35VentureFormedByApposed: "J, the US data-centre venture formed
// in January by A, B and C" names the venture J, also with a nationality
// among the description's words, as "J, a joint venture between A and B"
// does (ventures3, dev18). Near miss: a venture described with no name
// before it stays unnamed.
func TestRound35VentureFormedByApposed(t *testing.T) {
	reg, err := facts.ReadRegister("round35v.yaml", []byte(round35Register+`  north-gate: {name: North Gate, type: joint_venture}
`))
	if err != nil {
		t.Fatal(err)
	}
	checkVentureNamed(t, reg, []ventureCase{
		{"Ion Cloud was one of the first funders of North Gate, the US data-centre venture formed in January by Acme Telecom, Cobalt Mobile and Polar Compute.", "north-gate"},
		{"North Gate, a venture of Acme Telecom, Cobalt Mobile and Polar Compute, opened a campus.", "north-gate"},
		{"Ion Cloud funded the data-centre venture formed in January by Acme Telecom, Cobalt Mobile and Polar Compute.", ""},
	}, 3)
}

// TestRound35SponsorHyphen: "the A-anchored X" names X and its sponsor A,
// as "the A-led X" does, so X's members are X's, not a new group's
// (dev22). Near miss: a hyphenated word that is no participle ("AI-RAN")
// stays inside the name.
func TestRound35SponsorHyphen(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register+`  edge-ran-alliance: {name: Edge-RAN Alliance, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"anchored", "The project overlaps with the Acme Telecom-anchored Open Edge Alliance, whose members include Polar Compute and Ion Cloud.",
			[]string{"memberOf(ion-cloud,open-edge-alliance)", "memberOf(polar-compute,open-edge-alliance)"}},
		{"sponsored", "The project overlaps with the Acme Telecom-sponsored Open Edge Alliance, whose members include Polar Compute and Ion Cloud.",
			[]string{"memberOf(ion-cloud,open-edge-alliance)", "memberOf(polar-compute,open-edge-alliance)"}},
		{"near miss: a hyphen inside the name", "The project overlaps with the Edge-RAN Alliance, whose members include Polar Compute and Ion Cloud.",
			[]string{"memberOf(ion-cloud,edge-ran-alliance)", "memberOf(polar-compute,edge-ran-alliance)"}},
	})
}

// TestRound35StakeInPlatform: money put into "A's managed IoT connectivity
// platform" goes to a business A will spin out, not to A (dev15-dev22,
// five writers). Near miss: money put into A itself.
func TestRound35StakeInPlatform(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"a platform four words on", "Ion Cloud invested $1 billion in Acme Telecom's managed IoT connectivity platform.", nil},
		{"a stake in a platform", "Ion Cloud took a stake in Acme Telecom's IoT platform.", nil},
		{"near miss: the company itself", "Ion Cloud invested $1 billion in Acme Telecom.",
			[]string{"investedIn(ion-cloud,acme-telecom) amount=$1 billion"}},
	})
}

// TestRound35LetterOfIntent: "A signed a letter of intent to invest up to
// $N in Y" is a planned investment (dev22: two writers). Near miss: a
// letter of intent to buy products states no investment.
func TestRound35LetterOfIntent(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"letter of intent", "Polar Compute signed a letter of intent to invest up to $100 billion in Granite Labs.",
			[]string{"investedIn(polar-compute,granite-labs) amount=$100 billion modality=planned"}},
		{"memorandum", "Polar Compute has signed a memorandum of understanding to invest in Granite Labs.",
			[]string{"investedIn(polar-compute,granite-labs) modality=planned"}},
		{"near miss: a letter of intent to buy", "Polar Compute signed a letter of intent to buy servers from Granite Labs.", nil},
	})
}

// TestRound35PaidForStake: after an investment in Y, "B paid $1 billion
// for a 5% stake in May" is a stake in Y, as "B took a 5% stake" is
// (dev22). Near misses: a stake in a named company, and paying for
// something else.
func TestRound35PaidForStake(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"paid for a stake", "Ion Cloud invested $3 billion in Granite Labs in March. Polar Compute paid 435.74 billion rupees for a 5% stake in May.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$3 billion", "investedIn(polar-compute,granite-labs)"}},
		{"near miss: paid for a licence", "Ion Cloud invested $3 billion in Granite Labs in March. Polar Compute paid $1 billion for a licence in May.",
			[]string{"investedIn(ion-cloud,granite-labs) amount=$3 billion"}},
	})
}

// TestRound35KindExact: "the chipmaker" names the company the priors know
// as a chipmaker, named in this sentence or the two before, rather than a
// network vendor the resolver chose (kinds that merely fit; dev22). Real
// names, since the priors list real companies. Near miss: with no
// chipmaker in reach, the vendor stays the resolver's choice.
func TestRound35KindExact(t *testing.T) {
	reg := mustRegister(t, "round35k.yaml", `entities:
  nvidia: {name: Nvidia, type: company}
  nokia: {name: Nokia, type: company}
  intel: {name: Intel, type: company}
  granite-labs: {name: Granite Labs, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the chipmaker named in the sentence before", "The Nokia cheque is only the latest in an autumn of Nvidia deals. In September the chipmaker agreed to put $5 billion into Granite Labs.",
			[]string{"investedIn(nvidia,granite-labs) amount=$5 billion modality=planned"}},
		{"near miss: no chipmaker in reach", "The Nokia cheque is only the latest in an autumn of deals. In September the chipmaker agreed to put $5 billion into Granite Labs.",
			[]string{"investedIn(nokia,granite-labs) amount=$5 billion modality=planned"}},
	})
}

// TestRound35RoleDashLines: "- P - President and CEO of X" lines under a
// heading read as "P, President and CEO of X" (dev22). Near misses: an
// investor's role line states no title, and a dash before a role with no
// organisation names nobody's chief.
func TestRound35RoleDashLines(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register+`  john-lee: {name: John Lee, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"people lines under a heading", "People named\n\n- Jane Park - President and CEO of Acme Telecom\n- John Lee - founder and CEO of Polar Compute\n\nJohn Lee spoke first.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(john-lee,polar-compute)", "foundedBy(polar-compute,john-lee)"}},
		{"near miss: no organisation", "People named\n\n- Jane Park - chief executive\n- John Lee - founder\n\nJohn Lee spoke first.",
			nil},
	})
}

// TestRound35ChairAndCEODescribed: "P, who is chair and CEO of the US
// chipmaker X" states both titles, as it does with no description (dev22).
// Near miss: a vice chairman and CEO chairs nothing.
func TestRound35ChairAndCEODescribed(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"chair and CEO of a described company", "Jane Park, who is chair and CEO of the US chipmaker Polar Compute, spoke.",
			[]string{"ceoOf(jane-park,polar-compute)", "chairmanOf(jane-park,polar-compute)", "headquarteredIn(polar-compute,US)"}},
		{"near miss: vice chairman and CEO", "Jane Park, who is vice chairman and CEO of the US chipmaker Polar Compute, spoke.",
			[]string{"ceoOf(jane-park,polar-compute)", "headquarteredIn(polar-compute,US)"}},
	})
}

// TestRound35KindExactSameSentence: a description by kind whose resolver
// chose a company of no known kind takes a company known to be of that
// kind that the same sentence named ("Granite Labs raised money on
// Monday from Nvidia, and the chipmaker ..."). Near miss: a description
// of another kind ("the operator") does not. A description in apposition
// to a name never takes that name ("KDDI, the carrier's main rival"): the
// coref2 drill in make eval holds that case.
func TestRound35KindExactSameSentence(t *testing.T) {
	reg := mustRegister(t, "round35k.yaml", `entities:
  nvidia: {name: Nvidia, type: company}
  intel: {name: Intel, type: company}
  granite-labs: {name: Granite Labs, type: company}
  jane-park: {name: Jane Park, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the chipmaker named in the sentence", "Granite Labs raised money on Monday from Nvidia, and the chipmaker will put $5 million into Intel.",
			[]string{"investedIn(nvidia,granite-labs) date=2025-06-09", "investedIn(nvidia,intel) date=2025-06-09 amount=$5 million modality=planned"}},
		{"the chipmaker's chief executive", "Granite Labs raised money. Nvidia invested in Granite Labs on Monday, and the chipmaker's chief executive, Jane Park, joined its board.",
			[]string{"ceoOf(jane-park,nvidia)", "investedIn(nvidia,granite-labs) date=2025-06-09"}},
		{"near miss: a kind the named chipmaker is not", "Granite Labs raised money on Monday from Nvidia, and the operator will put $5 million into Intel.",
			[]string{"investedIn(granite-labs,intel) date=2025-06-09 amount=$5 million modality=planned", "investedIn(nvidia,granite-labs) date=2025-06-09"}},
	})
}

// TestRound35SignedFor: "Group CEO P signed for X" makes P X's chief
// executive, not the chief of the company the article is about (dev22).
// Near miss: a bare title with no company signed for stays the topic's.
func TestRound35SignedFor(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register+`  john-lee: {name: John Lee, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"signed for a company", "Ion Cloud led the talks. Group CEO Jane Park signed for Acme Telecom, and John Lee, group CEO of Polar Compute, signed for the operator.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(john-lee,polar-compute)"}},
		{"near miss: no company signed for", "Ion Cloud led the talks. Chief executive Jane Park said the deal was good.",
			[]string{"ceoOf(jane-park,ion-cloud)"}},
	})
}

// TestRound35InitiativeDescribedBefore: "a new industry initiative, Open
// Edge Alliance, which ..." describes the group with "initiative", so
// "the initiative's founding partners" a paragraph later is that group,
// not the association that launched it and was named since (dev22). Near
// miss: with no group described as an initiative, the nearer group stays.
func TestRound35InitiativeDescribedBefore(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register+`  radio-forum: {name: Radio Forum, type: alliance}
`)
	para := "\"AI does not yet speak telco,\" Jane Park, the Radio Forum's director of AI, told reporters. The new portal will offer open models and a public leaderboard.\n\nAcme Telecom and Polar Compute signed on as the initiative's founding partners."
	runNewsWith(t, reg, []newsCase{
		{"described before its name", "The Radio Forum opened the congress on Monday with a new industry initiative, Open Edge Alliance, which aims to give operators AI models.\n\n" + para,
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
		{"near miss: described as a programme", "The Radio Forum opened the congress on Monday with a new industry programme, Open Edge Alliance, which aims to give operators AI models.\n\n" + para,
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(polar-compute,radio-forum)"}},
	})
}

// TestRound35SignedUpToAdapt: "A signed up B and C to adapt speech models"
// enlists partners for joint work, as "A tapped B to build" does: "adapt"
// is a verb, not the first word of a noun phrase (dev22). Near miss: a
// company signed up to supply radios is a supplier.
func TestRound35SignedUpToAdapt(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"signed up to adapt", "In November Acme Telecom signed up Polar Compute and Ion Cloud to adapt speech models to local languages.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)"}},
		{"near miss: signed up to supply", "Acme Telecom signed up Polar Compute to supply radios.", nil},
	})
}

// TestRound35LaunchedGroupTogetherWith: "A launched the group in July 2023
// together with B, C and D" founds the group under discussion with its
// co-founders, though only A comes before "the group" (dev22). Near miss:
// with no one after it, one company's "the group" stays its own
// corporate group.
func TestRound35LaunchedGroupTogetherWith(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"together with after the group", "The Open Edge Alliance has grown. Acme Telecom launched the group in Seoul in July 2023 together with Ion Cloud and Polar Compute.",
			[]string{"founded(open-edge-alliance) date=2023-07", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
		{"near miss: no co-founders", "The Open Edge Alliance has grown. Acme Telecom launched the group in Seoul in July 2023.", nil},
	})
}

// TestRound35LaunchedTogetherWithRelative: "Y, which was launched at MWC
// in February 2024 together with B, C and D" makes B, C and D founding
// members of Y (dev22). Near miss: launched along with something that is
// no organisation.
func TestRound35LaunchedTogetherWithRelative(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"together with after the launch", "Acme Telecom was a founding member of the Open Edge Alliance, which was launched at MWC in February 2024 together with Ion Cloud and Polar Compute.",
			[]string{"founded(open-edge-alliance) date=2024-02", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
		{"near miss: along with a fund", "The Open Edge Alliance, which was launched in February 2024 along with a new fund, has grown.",
			[]string{"founded(open-edge-alliance) date=2024-02"}},
	})
}

// TestRound35RelativeHolder: "A, which is Y's majority shareholder," and
// "A, the German group that is Y's majority shareholder," state A's stake,
// as "A, which became Y's largest shareholder," does (dev22). Near misses:
// Y's biggest customer, Y's former shareholder.
func TestRound35RelativeHolder(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"which is", "Acme Telecom, which is Cobalt Mobile's majority shareholder, has pushed for AI.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)"}},
		{"a description that is", "Acme Telecom, the German group that is Cobalt Mobile's majority shareholder, has pushed for AI.",
			[]string{"headquarteredIn(acme-telecom,DE)", "investedIn(acme-telecom,cobalt-mobile)"}},
		{"near miss: a customer", "Acme Telecom, which is Cobalt Mobile's biggest customer, has pushed for AI.", nil},
		{"near miss: a former shareholder", "Acme Telecom, which was Cobalt Mobile's former shareholder, sold out.", nil},
	})
}

// TestRound35HalfOfTheEquity: "B holds half of the equity" names no
// company, so the stake is in the investee in focus, as "B holds half"
// is (dev22). Near miss: "51% of the shares in Y" names Y.
func TestRound35HalfOfTheEquity(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register)
	runNewsWith(t, reg, []newsCase{
		{"half of the equity", "Acme Telecom invested in Granite Labs in May. Ion Cloud holds half of the equity.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"near miss: the shares in a named company", "Acme Telecom invested in Granite Labs in May. Ion Cloud holds 51% of the shares in Polar Compute.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,polar-compute)"}},
	})
}

// TestRound35FoundedNotThePartner: two wrong foundings the read splits
// showed (dev16, dev17). "Founded in 2016 by P, a former Polar Compute
// engineer who remains chief executive, Y ..." founded Y, not the company
// in the founder's apposition; "the joint venture with B has been
// incorporated" founds the venture, not B. Near misses: the plain fronted
// participle and a named venture.
func TestRound35FoundedNotThePartner(t *testing.T) {
	reg := mustRegister(t, "round35.yaml", round35Register+`  john-lee: {name: John Lee, type: person}
  north-gate: {name: North Gate, type: joint_venture}
`)
	runNewsWith(t, reg, []newsCase{
		{"the founder's apposition", "Founded in 2016 by Jane Park, a former Polar Compute engineer, Granite Labs also named John Lee its chief operating officer.",
			[]string{"founded(granite-labs) date=2016", "foundedBy(granite-labs,jane-park)"}},
		{"the venture's partner", "The joint venture with Polar Compute has been incorporated.", nil},
		{"near miss: no apposition", "Founded in 2016 by Jane Park, Granite Labs also named John Lee its chief operating officer.",
			[]string{"founded(granite-labs) date=2016", "foundedBy(granite-labs,jane-park)"}},
		{"near miss: a named venture", "North Gate, the joint venture with Polar Compute, has been incorporated.",
			[]string{"founded(north-gate)"}},
	})
}
