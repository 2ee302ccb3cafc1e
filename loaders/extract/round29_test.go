package extract_test

import (
	"testing"
)

// round29Register holds round 29's fictional companies.
const round29Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  beacon: {name: Beacon, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  jane-park: {name: Jane Park, type: person}
  john-lee: {name: John Lee, type: person}
`

// TestRound29ProjectName: a registered company named with "Project" after
// its name is that company ("the Stargate Project" for Stargate: dev15),
// and "the project" then refers to it. Near misses: a longer name after
// "Project"; "the project" after a company the text never called one.
func TestRound29ProjectName(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"the Beacon Project", "Ion Cloud invested $5 million in the Beacon Project.",
			[]string{"investedIn(ion-cloud,beacon) amount=$5 million"}},
		{"the project after the Beacon Project", "Ion Cloud and Acme Telecom are the equity funders of the Beacon Project, a data-centre venture. Helix Wireless and Cobalt Mobile are technology partners of the project rather than equity funders.",
			[]string{"investedIn(ion-cloud,beacon)", "investedIn(acme-telecom,beacon)", "partnerOf(beacon,helix-wireless)", "partnerOf(beacon,cobalt-mobile)"}},
		{"near miss: a longer name after Project", "Ion Cloud invested $5 million in the Beacon Project Phase Two.",
			[]string{"investedIn(ion-cloud,beacon-project-phase-two) amount=$5 million"}},
		{"near miss: the project of a company never called one", "Ion Cloud and Acme Telecom are the equity funders of Beacon, a data-centre venture. Helix Wireless and Cobalt Mobile are technology partners of the project rather than equity funders.",
			[]string{"investedIn(ion-cloud,beacon)", "investedIn(acme-telecom,beacon)"}},
	})
}

// TestRound29ThreeNamedParties: three or four companies named in a list
// that signed or announced a partnership are each other's partners, as
// "the three companies" were (dev15: "SoftBank Group Corp. (...), SoftBank
// Corp. (...) and OpenAI today announced a partnership to develop"). The
// list is joined by "and" before its last item. Near misses: three that
// formed an alliance; a comma that is no coordination.
func TestRound29ThreeNamedParties(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"A, B and C announced a partnership", "Ion Cloud, Acme Telecom and Polar Compute today announced a partnership to develop and market an enterprise AI.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)", "partnerOf(ion-cloud,polar-compute)"}},
		{"with defined short names", `TOKYO, February 3, 2025 - Ion Cloud Corp. ("Ion"), Acme Telecom Corp. ("Acme") and Polar Compute signed a capital and business alliance.`,
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)", "partnerOf(ion-cloud,polar-compute)"}},
		{"near miss: three formed an alliance", "Ion Cloud, Acme Telecom and Polar Compute formed an alliance on Tuesday.", nil},
		{"near miss: a comma before the subject", "At the fair in Oslo, Ion Cloud signed a partnership.", nil},
	})
}

// TestRound29Investments: money taken in from several backers, the verb
// gapped ("Intel took in $8.9 billion from the US government, $2 billion
// from SoftBank Group and a $5 billion commitment from Nvidia": dev16);
// shares bought when the tagger reads "shares" as a verb ("bought about
// $2 billion of Synopsys shares at $414.79 each"); a pledge, and an amount
// "up to" ("pledged up to $100 billion for OpenAI", "committed up to $10
// million to"); the backers after "as did" past a name with an ampersand.
// Near misses: a second amount from no company; a second clause with a
// verb of its own; a pledge of support.
func TestRound29Investments(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register+`  fir-management: {name: Fir Management & Research Company, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"took in from A, B and C", "Between August and September Polar Compute took in $8.9 billion from Acme Telecom, $2 billion from Ion Cloud and a $5 billion commitment from Helix Wireless.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$8.9 billion", "investedIn(ion-cloud,polar-compute) amount=$2 billion", "investedIn(helix-wireless,polar-compute) amount=$5 billion"}},
		{"raised from A and B", "Polar Compute raised $8.9 billion from Acme Telecom and $2 billion from Ion Cloud.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$8.9 billion", "investedIn(ion-cloud,polar-compute) amount=$2 billion"}},
		{"shares tagged as a verb", "On Monday Ion Cloud bought about $2 billion of Polar Compute shares at $414.79 each, as part of a wider deal.",
			[]string{"investedIn(ion-cloud,polar-compute) date=2025-06-09"}},
		{"pledged up to for", "Last month Ion Cloud pledged up to $100 billion for Polar Compute as it builds out data centres.",
			[]string{"investedIn(ion-cloud,polar-compute) date=2025-05 amount=$100 billion"}},
		{"committed up to", "Ion Cloud committed up to $10 million to Polar Compute.",
			[]string{"investedIn(ion-cloud,polar-compute) amount=$10 million"}},
		{"as did past an ampersand", "Polar Compute raised $1.1 billion in a Series B in September. Ion Cloud joined the round, as did Acme Telecom, Fir Management & Research Company, Helix Wireless and Cobalt Mobile.",
			[]string{"investedIn(ion-cloud,polar-compute)", "investedIn(acme-telecom,polar-compute)", "investedIn(fir-management,polar-compute)", "investedIn(helix-wireless,polar-compute)", "investedIn(cobalt-mobile,polar-compute)"}},
		{"near miss: a second amount from no company", "Polar Compute raised $8.9 billion from Acme Telecom, a rise of $2 billion from last year.",
			[]string{"investedIn(acme-telecom,polar-compute) date=2024 amount=$8.9 billion"}},
		{"near miss: a second clause with its own verb", "Polar Compute raised $8.9 billion from Acme Telecom, and Ion Cloud raised $2 billion from Helix Wireless.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$8.9 billion", "investedIn(helix-wireless,ion-cloud) amount=$2 billion"}},
		{"near miss: a pledge of support", "Ion Cloud pledged support for Polar Compute.", nil},
	})
}

// TestRound29LaunchedGroup: a group described by the place it speaks for
// is the group under discussion ("What is the Next G Alliance? North
// America's group was launched in October 2020 by ATIS": dev16), and the
// founding members read for the group that launched it are the launched
// group's ("ATIS is run by ... The first batch of founding members
// included A, B and C. A month later ATIS added eleven more founding
// members, among them D and E"). Near misses: founding members named
// "of" the launcher; a place's group with two groups in reach and none in
// the sentence before; no country is stated for the described group.
func TestRound29LaunchedGroup(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register+`  edge-standards: {name: Alliance for Edge Standards, type: alliance}
  radio-forum: {name: Radio Forum, type: alliance}
`)
	const launch = "Who is who?\n\nWhat is the Open Edge Alliance?\nNorth America's group was launched in October 2020 by the Alliance for Edge Standards (AES), a standards organisation based in Washington. AES is run by president Jane Park. "
	runNewsWith(t, reg, []newsCase{
		{"founding members after the launch", launch + "The first batch of founding members included Acme Telecom, Ion Cloud and Polar Compute. A month later AES added eleven more founding members, among them Helix Wireless and Cobalt Mobile.",
			[]string{"founded(open-edge-alliance) date=2020-10", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)",
				"foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"near miss: founding members of the launcher", launch + "Acme Telecom and Ion Cloud were founding members of AES in 1983.",
			[]string{"founded(open-edge-alliance) date=2020-10", "foundingMember(acme-telecom,edge-standards)", "foundingMember(ion-cloud,edge-standards)"}},
		{"near miss: two groups in reach", "The Radio Forum and the Open Edge Alliance met in May. Acme Telecom spoke.\n\nNorth America's group was launched in October 2020.",
			nil},
	})
}

// TestRound29ApposedFounding: the founders of a company named in an
// apposition ("Linux Foundation Europe took on Project Sylva, a telco
// cloud stack started by A, B and C together with D": dev16) founded that
// company, not the group the clause names. Near miss: an apposition to
// the group itself.
func TestRound29ApposedFounding(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register+`  edge-europe: {name: Edge Foundation Europe, type: alliance}
  project-beacon: {name: Project Beacon, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"a company's apposition", "That November, Edge Foundation Europe took on Project Beacon, a telco cloud stack started by Acme Telecom, Ion Cloud and Polar Compute together with Helix Wireless and Cobalt Mobile.",
			nil},
		{"near miss: the group's apposition", "That November, Acme Telecom joined Edge Foundation Europe, a group started by Ion Cloud and Polar Compute together with Helix Wireless.",
			[]string{"memberOf(acme-telecom,edge-europe)", "founded(edge-europe)", "foundingMember(ion-cloud,edge-europe)", "foundingMember(polar-compute,edge-europe)", "foundingMember(helix-wireless,edge-europe)"}},
	})
}

// TestRound29MadeWithRelative: the thing a company set up "with" its
// partners may stand before it, as the antecedent of a relative clause
// ("T-Mobile US used the week to talk up the AI-RAN Innovation Center it
// set up last September with Nvidia, Ericsson and Nokia", "the AI-RAN
// Innovation Center that T-Mobile set up with ..., and ... IntentCX, the
// customer-care platform it is building with OpenAI": dev16). A pronoun
// there is the sentence's first company. Near misses: the pronoun would
// be the thing made; a company's equipment; no company named before.
func TestRound29MadeWithRelative(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"reduced relative with a pronoun", "Acme Telecom used the week to talk up the AI-RAN Innovation Center it set up last September with Ion Cloud, Polar Compute and Helix Wireless.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)", "partnerOf(acme-telecom,helix-wireless)"}},
		{"that-relative, then a platform", "Jane Park pointed to the AI-RAN Innovation Center that Acme Telecom set up with Ion Cloud in September 2024, and to Beacon, the customer-care platform it is building with Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,cobalt-mobile) modality=in_progress"}},
		{"near miss: the pronoun is the thing made", "Jane Park pointed to Beacon, the customer-care platform it is building with Cobalt Mobile.", nil},
		{"near miss: equipment", "Acme Telecom showed the lab it built with Ion Cloud equipment.", nil},
		{"near miss: no company before", "Jane Park showed the lab it set up with Ion Cloud.", nil},
	})
}

// TestRound29Chairs: a chair after an apposition to its holder ("Tim
// Höttges, Deutsche Telekom's chief executive, chairs the T-Mobile
// board"), of both of two organisations ("Jose Maria Alvarez-Pallete,
// then chairman of both Telefonica and the GSMA", past), and of a board
// its owner's possessive names, chaired since a time by a titled person
// ("Its board, chaired since the spring by former finance chief Timo
// Ihamuotila": dev16). Near misses: "The board" with no possessive in the
// longer form; a chair of one organisation's committee.
func TestRound29Chairs(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"apposition before chairs", "Jane Park, Acme Telecom's chief executive, chairs the Ion Cloud board.",
			[]string{"ceoOf(jane-park,acme-telecom)", "chairmanOf(jane-park,ion-cloud)"}},
		{"then chairman of both", "The appointment was announced in September by Jane Park, then chairman of both Acme Telecom and the Open Edge Alliance.",
			[]string{"chairmanOf(jane-park,acme-telecom) modality=past", "chairmanOf(jane-park,open-edge-alliance) modality=past"}},
		{"its board chaired since by a titled person", "Ion Cloud is growing. Its board, chaired since the spring by former finance chief Jane Park, has backed AI.",
			[]string{"chairmanOf(jane-park,ion-cloud)"}},
		{"near miss: the board, the longer form", "Ion Cloud will buy new Acme Telecom shares. The board, chaired since the spring by Jane Park, approved the issue.",
			[]string{"investedIn(ion-cloud,acme-telecom) modality=planned"}},
		{"near miss: a committee", "Jane Park, Acme Telecom's finance director, chairs the Ion Cloud audit committee.",
			nil},
	})
}

// TestRound29WhoReplaced: "who" after an apposition to a person has that
// person for its subject ("Lip-Bu Tan, chief executive since March, who
// replaced Pat Gelsinger": dev16), so the one replaced held the title
// before. Near miss: "which" after an apposition keeps its own reading.
func TestRound29WhoReplaced(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"who after an apposition", "Acme Telecom will keep its networking unit. The reversal comes under Jane Park, chief executive since March, who replaced John Lee after his abrupt retirement at the end of 2024.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(john-lee,acme-telecom) modality=past"}},
		{"near miss: no title given", "Acme Telecom will keep its networking unit. Jane Park, a banker from Oslo, who replaced John Lee, spoke.",
			nil},
	})
}

// TestRound29GroupFounders: a company that launched a group, told in a
// relative clause, is a founding member ("the AI-RAN Alliance, the
// industry group that SoftBank Corp. launched at MWC in 2024"), and the
// owners of a new group founded it ("IBM and Meta's new AI Alliance
// arrived on Tuesday": dev16). Near misses: a group that launched another;
// a company's new unit.
func TestRound29GroupFounders(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register+`  radio-forum: {name: Radio Forum, type: alliance}
  beacon-unit: {name: Beacon Labs, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the group that A launched", "Jane Park spoke about the Open Edge Alliance, the industry group that Acme Telecom launched at MWC in 2024.",
			[]string{"founded(open-edge-alliance) date=2024", "foundingMember(acme-telecom,open-edge-alliance)"}},
		{"A and B's new X", "Ion Cloud and Polar Compute's new Open Edge Alliance arrived on Tuesday with a membership list that runs to more than 50 names.",
			[]string{"foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
		{"near miss: a group launched it", "Jane Park spoke about the Open Edge Alliance, which the Radio Forum formed in 2024.",
			[]string{"founded(open-edge-alliance) date=2024"}},
		{"near miss: a company's new unit", "Ion Cloud's new Beacon Labs unit arrived on Tuesday.", nil},
	})
}

// TestRound29OrAlias: a short form given after a name with "or" is the
// name's alias: the rules read the sentence without it ("The Bharat 6G
// Alliance, or B6GA, was launched on July 3 last year": dev16), and a
// later sentence that uses it names the organisation. Near miss: "or" and
// another organisation's name.
func TestRound29OrAlias(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"X, or SHORT, was launched", "The Open Edge Alliance, or OEA, was launched on July 3 last year by communications minister Jane Park.",
			[]string{"founded(open-edge-alliance) date=2024"}},
		{"the short form later", "The Open Edge Alliance, or B6GA, was launched in 2023.\n\nThe B6GA signed an agreement with Ion Cloud on March 22.",
			[]string{"founded(open-edge-alliance) date=2023", "partnerOf(ion-cloud,open-edge-alliance)"}},
		{"near miss: or another name", "Acme Telecom, or Ion Cloud, will win the tender.", nil},
	})
}

// TestRound29NeitherNor: "neither A nor B" denies a membership of both, as
// it denied an investment ("The Open Edge Alliance was set up ..., and
// neither Huawei nor ZTE belongs to it": dev16). Near misses: a member
// named outside the span; "neither price nor timing".
func TestRound29NeitherNor(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"neither belongs to it", "The Open Edge Alliance was set up to advance North American leadership, and neither Ion Cloud nor Acme Telecom belongs to it.",
			[]string{"founded(open-edge-alliance)"}},
		{"neither joined", "Neither Ion Cloud nor Acme Telecom joined the Open Edge Alliance.", nil},
		{"near miss: a member outside the span", "Neither Ion Cloud nor Acme Telecom is a member of the Open Edge Alliance, but Polar Compute joined in May.",
			[]string{"memberOf(polar-compute,open-edge-alliance)"}},
		{"near miss: neither price nor timing", "Ion Cloud joined the Open Edge Alliance; neither price nor timing was disclosed.",
			[]string{"memberOf(ion-cloud,open-edge-alliance)"}},
	})
}

// TestRound29TitleOfOwnedCompany: a title "of A's tower company B" is held
// at B ("Badrinath, a former chief executive of Vodafone's tower company
// Vantage Towers": dev16). Near miss: a committee of A.
func TestRound29TitleOfOwnedCompany(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"of A's tower company B", "Jane Park, a former chief executive of Acme Telecom's tower company Ion Cloud, spoke in Oslo.",
			[]string{"ceoOf(jane-park,ion-cloud) modality=past"}},
		{"near miss: a committee", "Jane Park, chair of Acme Telecom's audit committee, spoke in Oslo.", nil},
	})
}

// TestRound29SignedUpAsInvestors: companies that "signed up as
// cornerstone investors", and those "joined by" them, invested in the
// company the article is about ("Apple, Google, AMD, Intel, Nvidia and
// Samsung signed up as cornerstone investors, joined by the chip-design
// software makers Cadence and Synopsys and by TSMC" in a story on Arm's
// listing: dev16). Near misses: no company in focus or topic; a planned
// sign-up.
func TestRound29SignedUpAsInvestors(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	const listing = "Polar Compute listed its shares on Nasdaq, raising about $4.87 billion. Polar Compute rose by a quarter. The anchor orders came from Polar Compute's own customers. "
	runNewsWith(t, reg, []newsCase{
		{"signed up as cornerstone investors, joined by", listing + "Ion Cloud and Acme Telecom signed up as cornerstone investors, joined by the software makers Helix Wireless and by Cobalt Mobile.",
			[]string{"investedIn(ion-cloud,polar-compute)", "investedIn(acme-telecom,polar-compute)", "investedIn(helix-wireless,polar-compute)", "investedIn(cobalt-mobile,polar-compute)"}},
		{"near miss: no company in focus", "Ion Cloud and Acme Telecom signed up as investors.", nil},
		{"near miss: a planned sign-up", listing + "Ion Cloud may sign up as a cornerstone investor.", nil},
	})
}

// TestRound29ItsGroupAgreement: "its agreement with B" after a group that
// opens the sentence is the group's, not the last company's ("The B6GA
// signed its agreement with 6G-IA on March 22" after "Its founding members
// include Bharti Airtel ...": dev16). Near miss: a company and a group, the
// group's partnership with a company is no partnership (partner_alliance.go).
func TestRound29ItsGroupAgreement(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register+`  radio-forum: {name: Radio Forum, type: alliance}
`)
	const members = "Its founding members include Ion Cloud and Acme Telecom. "
	runNewsWith(t, reg, []newsCase{
		{"a group's agreement with a group", members + "The Open Edge Alliance signed its agreement with the Radio Forum on March 22.",
			[]string{"partnerOf(open-edge-alliance,radio-forum)"}},
		{"near miss: with a company", members + "The Open Edge Alliance signed its agreement with Polar Compute on March 22.", nil},
	})
}
