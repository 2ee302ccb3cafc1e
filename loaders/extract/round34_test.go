package extract_test

import (
	"testing"
)

// round34Register holds round 34's fictional companies, groups and people.
const round34Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  project-fjord: {name: Project Fjord, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  radio-forum: {name: Radio Forum, type: alliance}
  north-gate: {name: North Gate, type: joint_venture}
  john-lee: {name: John Lee, type: person}
  tarn-capital-partners: {name: Tarn Capital Partners, type: company}
  jane-park: {name: Jane Park, type: person}
`

// TestRound34ApposedGroupDescription: "a telco cloud group" in apposition
// to a project the register knows as a company describes that project; it
// is no new alliance to be named later, so its founders are not the next
// group's (dev16). Near miss: apposed to a group, the description is that
// group and its founders are read.
func TestRound34ApposedGroupDescription(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"a project described as a group", "Project Fjord, a new telco group formed by Acme Telecom and Cobalt Mobile, moved to the Radio Forum in May.",
			[]string{"founded(project-fjord)"}},
		{"near miss: a group described as a group", "The Open Edge Alliance, a new industry group formed by Acme Telecom and Cobalt Mobile, met the Radio Forum in May.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
	})
}

// TestRound34ParticipleGap: a present participle after a comma opens a
// clause, so "A put $40 million into Y, joining B and C" makes no
// investee of B and C (probing investment shapes). Near miss: a
// description between list items ("Y, chip packaging specialist B and
// C") still joins a list.
func TestRound34ParticipleGap(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"joining co-investors", "Acme Telecom put $40 million into Polar Compute, joining Ion Cloud and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$40 million"}},
		{"following an investor", "Acme Telecom invested $40 million in Polar Compute, following Ion Cloud.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$40 million"}},
		{"near miss: a list with a description", "Acme Telecom invested in Polar Compute, networking start-up Ion Cloud and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)", "investedIn(acme-telecom,ion-cloud)", "investedIn(acme-telecom,polar-compute)"}},
	})
}

// TestRound34RosterAfterFounding: a bulleted roster whose lead-in names no
// group belongs to the group the sentence before founded, even when the
// page names another group more often (dev21: a digest item headed by the
// Linux Foundation that launches a new foundation). Near miss: with no
// founding before it, the roster goes to the group named most.
func TestRound34RosterAfterFounding(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"the group just founded", "Weekly digest\n\n1. Radio Forum opens a home for edge code\n\nThe Radio Forum used the show to launch the Open Edge Alliance, which will look after open-source code. Three companies signed on as founding members:\n- Acme Telecom\n- Cobalt Mobile\n- Ion Cloud",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: no founding before the roster", "Weekly digest\n\n1. Radio Forum grows\n\nThe Radio Forum met the Open Edge Alliance at the show. The Radio Forum's chair spoke first. Three companies are founding members:\n- Acme Telecom\n- Cobalt Mobile\n- Ion Cloud",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
	})
}

// TestRound34NumberedItems: a digest's numbered item is a story of its
// own; a bare member noun in item 2 does not reach the group item 1
// founded (dev21). Near miss: in the same item the roster is the group's.
func TestRound34NumberedItems(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"another item", "Weekly digest\n\n1. A new forum\n\nAcme Telecom launched the Radio Forum on Monday. The forum says membership is open.\n\n2. Polar Compute rounds up a coalition\n\nPolar Compute opened the week with a pledge. The signatories alongside Polar Compute are Cobalt Mobile and Ion Cloud.",
			[]string{"founded(radio-forum) date=2025-06-09", "foundingMember(acme-telecom,radio-forum)"}},
		{"near miss: the same item", "Weekly digest\n\n1. A new forum\n\nAcme Telecom launched the Radio Forum on Monday. The forum says membership is open. Its signatories are Cobalt Mobile and Ion Cloud.",
			[]string{"founded(radio-forum) date=2025-06-09", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
	})
}

// TestRound34RoleItems: a roster whose lines give each party's role
// ("Name - co-lead", "- Name (operator) - 31.7%", "- Name - technology
// partner"), bulleted or not, names investors and partners of the company
// the sentences before named (dev21). Near misses: roles of another kind
// ("customer", "seller", "chair"); a single dash line is no list.
func TestRound34RoleItems(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"unmarked investor lines", "Polar Compute said on Wednesday that it had raised $214 million in a Series A round.\n\nThe company gave its line-up of investors as follows:\n\nAcme Telecom - co-lead\nCobalt Mobile - strategic investor\nIon Cloud - corporate investor, follow-on\n\nAcme Telecom is the only operator on the list.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(cobalt-mobile,polar-compute)", "investedIn(ion-cloud,polar-compute)"}},
		{"shares and a technology partner", "Acme Telecom and Cobalt Mobile opened Project Fjord, a data-centre company, on Monday. Ownership, as disclosed:\n\n- Acme Telecom (Norwegian operator) - 60%\n- Cobalt Mobile (energy group) - 40%\n- Ion Cloud - technology partner",
			[]string{"headquarteredIn(acme-telecom,NO)", "investedIn(acme-telecom,project-fjord)", "investedIn(cobalt-mobile,project-fjord)", "partnerOf(ion-cloud,project-fjord)"}},
		{"near miss: roles of another kind", "Polar Compute opened its first site on Monday. The parties, as disclosed:\n\n- Acme Telecom - customer, not a shareholder\n- Cobalt Mobile - seller\n- Ion Cloud - chair",
			[]string{}},
		{"near miss: one dash line", "Polar Compute opened its first site on Monday. Its backer:\n\nAcme Telecom - co-lead\n\nThe site is in Oslo.",
			[]string{}},
	})
}

// TestRound34FoundRelative: a relative clause that founds its antecedent
// group ("the Radio Forum, which Acme launched last month together with B
// and C") states the founding as well as the founders (dev21). Near miss:
// a relative that only joins it founds nothing.
func TestRound34FoundRelative(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"launched together with", "The model is meant for the Radio Forum, which Acme Telecom launched last month together with Cobalt Mobile and Ion Cloud.",
			[]string{"founded(radio-forum) date=2025-05", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"near miss: joined", "The model is meant for the Radio Forum, which Acme Telecom joined last month.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2025-05"}},
	})
}

// TestRound34TitleShapes: "chief executive of A and its parent B" holds
// both posts; a trailing ", chairman P told shareholders" speaks for the
// clause's company, not for the partner named just before the comma; "Its
// chair, A's P," chairs the group, A being P's employer (dev21). Near
// misses: "A and its partner B" is no parent; a title after a comma with
// "of" names its own company.
func TestRound34TitleShapes(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"a company and its parent", "Jane Park, chief executive of Polar Compute and its parent Acme Telecom, backed the plan.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(jane-park,polar-compute)"}},
		{"near miss: a company and its partner (a partner, no post)", "Jane Park, chief executive of Polar Compute and its partner Acme Telecom, backed the plan.",
			[]string{"ceoOf(jane-park,polar-compute)", "partnerOf(acme-telecom,polar-compute)"}},
		{"a trailing speaker", "Acme Telecom will build AI software with Ion Cloud through a new joint venture, chairman Jane Park told shareholders on Friday.",
			[]string{"chairmanOf(jane-park,acme-telecom)", "jointVenture(acme-telecom,ion-cloud) modality=planned"}},
		{"near miss: a title of its own company", "Acme Telecom will build AI software with Ion Cloud, Ion Cloud chairman Jane Park told reporters.",
			[]string{"chairmanOf(jane-park,ion-cloud)", "partnerOf(acme-telecom,ion-cloud) modality=planned"}},
		{"a group's chair employed elsewhere", "The Radio Forum met on Monday. Its chair, Acme Telecom's Jane Park, told a panel that the forum would publish designs.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
	})
}

// TestRound34MoneyShapes: "agreed to invest up to $1.1 billion for a 20%
// stake in Y"; "A was the biggest single investor in the round"; "The
// round was led by funds managed by A"; "Y, a French fund backed by A";
// "Y is the investment firm that A set up in 2015" (dev21). Near misses:
// a negated copula; an investor in another thing than the round.
func TestRound34MoneyShapes(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"up to an amount for a stake", "Acme Telecom agreed to invest up to $1.1 billion for a 20% stake in Polar Compute.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$1.1 billion modality=planned"}},
		{"the biggest investor in the round", "Polar Compute raised $100 million in a Series B round. Acme Telecom was the biggest single investor in the round.",
			[]string{"investedIn(acme-telecom,polar-compute)"}},
		{"near miss: an investor in a fund", "Polar Compute raised $100 million in a Series B round. Acme Telecom was the biggest single investor in the fund.",
			[]string{}},
		{"funds managed by", "Polar Compute raised $100 million in a Series B round. The round was led by funds managed by Acme Telecom.",
			[]string{"investedIn(acme-telecom,polar-compute)"}},
		{"a nationality in the description", "Ion Cloud, a French fund backed by Acme Telecom, raised money.",
			[]string{"headquarteredIn(ion-cloud,FR)", "investedIn(acme-telecom,ion-cloud)"}},
		{"the firm that A set up", "Ion Cloud is the investment firm that Acme Telecom set up in 2015 as Acme Capital.",
			[]string{"foundedBy(ion-cloud,acme-telecom)", "founded(ion-cloud) date=2015"}},
		{"near miss: not the firm", "Ion Cloud is not the investment firm that Acme Telecom set up in 2015.",
			[]string{}},
	})
}

// TestRound34CountedFounders: founders counted in a founding sentence ("by
// five operators") and named in the next one are founders when the next
// sentence names exactly that many companies (dev21). Near misses: a
// different count; names that joined later.
func TestRound34CountedFounders(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"named in two parts", "The Radio Forum was formed in February 2018 by four operators. Two of them, Acme Telecom and Cobalt Mobile, are Asian; the other two - Ion Cloud and Polar Compute - are Western incumbents.",
			[]string{"founded(radio-forum) date=2018-02", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)", "foundingMember(polar-compute,radio-forum)"}},
		{"near miss: another count", "The Radio Forum was formed in February 2018 by five operators. Two of them, Acme Telecom and Cobalt Mobile, are Asian.",
			[]string{"founded(radio-forum) date=2018-02"}},
		{"near miss: later joiners", "The Radio Forum was formed in 2018 by two operators. Acme Telecom and Cobalt Mobile joined later.",
			[]string{"founded(radio-forum) date=2018", "memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
	})
}

// TestRound34FirmShort: "X Capital Partners" is "X" once the full name was
// given, also when a headline uses the short form first (dev21:
// "InfraVia"). Near miss: the short form alone, with no full name, names
// nothing.
func TestRound34FirmShort(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"a headline's short form", "Acme Telecom sells half of Polar Compute to Tarn\n\nAcme Telecom said on Wednesday that it had entered talks with Tarn Capital Partners. Jane Park, who founded Tarn in 2008 and remains its chief executive, called data centres essential.",
			[]string{"ceoOf(jane-park,tarn-capital-partners)", "founded(tarn-capital-partners) date=2008", "investedIn(tarn-capital-partners,polar-compute)", "foundedBy(tarn-capital-partners,jane-park)"}},
		{"near miss: no full name", "Jane Park, who founded Tarn in 2008 and remains its chief executive, called data centres essential.",
			[]string{}},
	})
}

// TestRound34RestOfShares: "B invested again, as did the state-run C"
// after a round; "A holds half of the shares in Y; the other half belongs
// to B" (dev21). Near misses: "as did" with no round open; the other half
// of nothing the sentences before invested in.
func TestRound34RestOfShares(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"as did after an adverb", "Polar Compute raised $100 million in a Series B round. Acme Telecom invested again, as did the state-run Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(cobalt-mobile,polar-compute)"}},
		{"the other half", "Acme Telecom holds half of the shares in Polar Compute; the other half belongs to Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(cobalt-mobile,polar-compute)"}},
		{"near miss: the other half of a building", "Acme Telecom rents half of the building; the other half belongs to Cobalt Mobile.",
			[]string{}},
	})
}

// TestRound34WithPlaces: joint work with partners in several places ("is
// also developing data centres in Batam with A and B, and in Bangkok with
// C and D"): an adverb inside the verb group keeps the participle a verb,
// a place after "in" does not hide the with-phrase, and a coordinated
// with-phrase with its own place names more partners (dev21). Near miss:
// a with-phrase in a new clause.
func TestRound34WithPlaces(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"two places", "Acme Telecom is also developing data centres in Batam with Ion Cloud and Polar Compute, and in Bangkok with Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)"}},
		{"near miss: a new clause", "Acme Telecom is also developing data centres in Batam with Ion Cloud, and Polar Compute said it was talking with Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
	})
}

// TestRound34ListShapes: "set up by A, its B unit, C and D" lists four
// founders; "together with A, the United Arab Emirates' B and C" lists
// three (dev21). Near miss: "A and its chief executive" is no list of
// organisations.
func TestRound34ListShapes(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"its unit in a list", "The Radio Forum was set up last year by Acme Telecom, its Ion Cloud unit, Polar Compute and Cobalt Mobile.",
			[]string{"founded(radio-forum) date=2024", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)", "foundingMember(polar-compute,radio-forum)"}},
		{"a country with its article", "The model is meant for the Radio Forum, which Acme Telecom launched last month together with Cobalt Mobile, the United Arab Emirates' Ion Cloud and Norway's Polar Compute.",
			[]string{"founded(radio-forum) date=2025-05", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)", "foundingMember(polar-compute,radio-forum)", "headquarteredIn(ion-cloud,AE)", "headquarteredIn(polar-compute,NO)"}},
		{"near miss: its chief executive", "The Radio Forum was set up last year by Acme Telecom and its chief executive, Jane Park.",
			[]string{"ceoOf(jane-park,acme-telecom)", "founded(radio-forum) date=2024", "foundingMember(acme-telecom,radio-forum)"}},
	})
}

// TestRound34SectionBoard: under a heading that names a company (or a
// joint venture), "The chief executive is P" and "A's infrastructure chief
// P chairs the board" are that company's posts, A being P's employer
// (dev21). Near miss: outside a section the sentence's company keeps the
// board.
func TestRound34SectionBoard(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"a joint venture's heading", "Analyst note\n\nNorth Gate: three owners\n\nAcme Telecom, Ion Cloud and Polar Compute own North Gate together.\n\nAcme Telecom's infrastructure chief Jane Park chairs the board. The chief executive is John Lee, previously at the regulator.",
			[]string{"ceoOf(john-lee,north-gate)", "chairmanOf(jane-park,north-gate)", "jointVenture(acme-telecom,ion-cloud,polar-compute)"}},
		{"near miss: no heading", "Acme Telecom, Ion Cloud and Polar Compute own North Gate together. Acme Telecom's infrastructure chief Jane Park chairs the board.",
			[]string{"chairmanOf(jane-park,acme-telecom)", "jointVenture(acme-telecom,ion-cloud,polar-compute)"}},
	})
}

// TestRound34MemorandumSigners: three or more signers of a memorandum of
// understanding found a group; no pair of them is read as partners (dev5,
// dev21). Near miss: two signers are partners.
func TestRound34MemorandumSigners(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"four signers", "In January, Acme Telecom, Cobalt Mobile, Ion Cloud and Polar Compute signed a memorandum of understanding on open radio networks.",
			[]string{}},
		{"near miss: two signers", "In January, Acme Telecom and Cobalt Mobile signed a memorandum of understanding on open radio networks.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
	})
}
