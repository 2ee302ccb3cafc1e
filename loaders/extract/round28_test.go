package extract_test

import (
	"testing"
)

// round28Register holds round 28's fictional companies and the real ones
// whose home cities the priors know.
const round28Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  jane-park: {name: Jane Park, type: person}
  qualcomm: {name: Qualcomm, type: company}
  nvidia: {name: Nvidia, type: company}
  intel: {name: Intel, type: company}
`

// TestRound28CityDescriptions: a description by home city names the one
// company named so far that is based there, by what the article said of
// it or by the priors ("Cristiano Amon, the San Diego company's chief
// executive", "In July the New Delhi-based carrier teamed up with": dev15).
// Near misses: two companies of that city; a listing city; an apposition.
func TestRound28CityDescriptions(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	const deals = "Qualcomm and Nvidia opened offices in Oslo on Monday. "
	runNewsWith(t, reg, []newsCase{
		{"the San Diego company's chief executive (priors)", deals + "Jane Park, the San Diego company's chief executive, attended the signing.",
			[]string{"ceoOf(jane-park,qualcomm)"}},
		{"the Santa Clara-based chipmaker (priors)", "Qualcomm and Nvidia met Acme Telecom in May. In July the Santa Clara-based chipmaker teamed up with Ion Cloud.",
			[]string{"partnerOf(ion-cloud,nvidia)"}},
		{"the Oslo company (the article's own descriptor)", "Acme Telecom, a Stockholm operator, and Cobalt Mobile, an Oslo operator, signed a roaming deal. Jane Park, the Oslo company's chief executive, said it would start in May.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"near miss: two companies of Santa Clara", "Intel and Nvidia opened offices in Oslo on Monday. Jane Park, the Santa Clara company's chief executive, attended the signing.",
			nil},
		{"near miss: the apposition names its own company", deals + "Jane Park spoke for the San Diego chipmaker Helix Wireless.",
			nil},
	})
}

// TestRound28Stakes: a stake's size between the noun and its company ("SEPI
// built a stake of about 10% in Telefonica"); a purchase of a share with
// no company after it, in the company in focus ("after STC bought roughly
// 9.9% in 2023"); and a stake with no company in reach at all, in the
// company the article is about, named at least three times and twice as
// often as any other (dev2: an interview about Telefonica's shareholder
// register; dev3: "Half of the shares are held by the Swedish equipment
// maker, and the twelve operators own the other half" in an article about
// Aduna). Near misses: a share that qualifies a noun ("bought 30% more
// chips"); a topic company the sentence itself names as a holder.
func TestRound28Stakes(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	const topic = "Polar Compute has changed its chief executive. Polar Compute said the new chief would focus on Asia. Q: Who owns Polar Compute? A: It is a long story. "
	runNewsWith(t, reg, []newsCase{
		{"a stake of about 10% in Y", "Acme Telecom built a stake of about 10% in Polar Compute last year.",
			[]string{"investedIn(acme-telecom,polar-compute) date=2024"}},
		{"after B bought roughly 9.9%", "Acme Telecom holds 10% of Polar Compute, after Cobalt Mobile bought roughly 9.9% in 2023.",
			[]string{"investedIn(acme-telecom,polar-compute) date=2023", "investedIn(cobalt-mobile,polar-compute) date=2023"}},
		{"the article's topic company", topic + "Acme Telecom built a stake of about 10%, and Cobalt Mobile also owns around 10%.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(cobalt-mobile,polar-compute)"}},
		{"near miss: bought 30% more chips", "Acme Telecom holds 10% of Polar Compute. Cobalt Mobile bought 30% more chips in 2023.",
			[]string{"investedIn(acme-telecom,polar-compute)"}},
		{"near miss: the topic company is named in the sentence", topic + "The venture, to be called Edge One, will be 51% owned by Polar Compute, with Ion Cloud holding the remaining 49%.",
			nil},
		{"near miss: no company is clearly the topic", "Polar Compute and Helix Wireless have new chiefs. Polar Compute and Helix Wireless said the chiefs would focus on Asia. Polar Compute and Helix Wireless are rivals. Acme Telecom built a stake of about 10%.",
			nil},
	})
}

// TestRound28PhrasalInvestments: investments told without an investment
// verb: "it added P7, the venture fund of X, as a backer", "A first bought
// into Y", "agreed to take $2 billion of newly issued Y shares", "Y,
// announced by A and B, with C also among its funders" (read splits'
// misses). Near misses: "bought into the idea"; "denied it was close to
// buying into Y"; "as a shareholder of C" names C's holder; a list of
// suppliers is no list of funders.
func TestRound28PhrasalInvestments(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"added A as a backer", "Polar Compute raised money last year. In May it added Ion Cloud, the cloud arm of Acme Telecom, as a backer.",
			[]string{"investedIn(ion-cloud,polar-compute)"}},
		{"bought into Y", "Acme Telecom first bought into Polar Compute in 2021.",
			[]string{"investedIn(acme-telecom,polar-compute) date=2021"}},
		{"agreed to take newly issued Y shares", "In August, Acme Telecom agreed to take $2 billion of newly issued Polar Compute shares.",
			[]string{"investedIn(acme-telecom,polar-compute) modality=planned"}},
		{"with C also among its funders", "Polar Compute was unveiled in January by Acme Telecom and Ion Cloud, with Helix Wireless also among its funders.",
			[]string{"founded(polar-compute)", "investedIn(helix-wireless,polar-compute)"}},
		{"near miss: bought into the idea", "Acme Telecom bought into the idea in 2021.", nil},
		{"near miss: close to buying into", "Acme Telecom denied it was close to buying into Polar Compute.", nil},
		{"near miss: as a shareholder of C", "Polar Compute added Ion Cloud to its board as a shareholder of Helix Wireless.", nil},
		{"near miss: among its suppliers", "Acme Telecom bought radios from Polar Compute, with Helix Wireless among its suppliers.", nil},
	})
}

// TestRound28WithheldReports: a report denied after it, opened by "market
// chatter", and a clause that asks whether, state nothing, whichever rule
// reads them ("Market chatter that Nvidia would next buy into Ericsson was
// dismissed", "Madrid was weighing whether state holding company SEPI
// should buy into Telefonica"). Near misses: an apposition inside the
// question is told ("did not say whether Microsoft, a cloud partner of Jio
// Platforms, would also invest"); a fact before the question stands.
func TestRound28WithheldReports(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"market chatter ... was dismissed", "Market chatter that Acme Telecom would next invest in Polar Compute was dismissed by people close to the company.", nil},
		{"weighing whether", "Oslo was weighing whether state holding company Acme Telecom should invest in Polar Compute.", nil},
		{"it is unclear whether", "It is unclear whether Acme Telecom will join the Open Edge Alliance.", nil},
		{"near miss: the apposition is told", "Polar Compute did not say whether Ion Cloud, a cloud partner of Acme Telecom since 2019, would also invest.",
			[]string{"partnerOf(acme-telecom,ion-cloud) since=2019"}},
		{"near miss: the fact before the question", "Acme Telecom joined the Open Edge Alliance, and it is unclear whether Cobalt Mobile will follow.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)"}},
	})
}

// TestRound28Partnerships: joint work told in the read splits' missed
// shapes: "under a partnership with B"; "The carrier said it had formed an
// AI-RAN Innovation Center together with A, B and C"; "agreed with A, the
// technology arm of B, to build"; "agreed a $3 billion campus with A";
// "The three companies signed a capital and business alliance". Near
// misses: agreeing with a view, agreeing a sale, agreeing to set up a
// joint venture (the venture family's), three companies that formed an
// alliance (an organisation, the found family's). The venture agreed
// "with" its other parties has the agreeing company as a party too
// (dev15: "it agreed with Bpifrance, Mistral AI and Nvidia to set up a
// joint venture").
func TestRound28Partnerships(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"under a partnership with", "Acme Telecom is rolling out a cloud in Korea through its unit, under a partnership with Ion Cloud announced in April.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"the reporter formed a centre together with", "Cobalt Mobile is growing. The carrier said it had formed an AI Innovation Center together with Ion Cloud and Helix Wireless.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)", "partnerOf(cobalt-mobile,helix-wireless)"}},
		{"agreed with A to build", "This month Ion Cloud agreed with Acme Telecom, the network arm of a state group, to build the largest data centre in Korea.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"agreed a campus with A", "In November Ion Cloud agreed a $3 billion campus with Acme Telecom.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"three companies signed a business alliance", "Acme Telecom, Cobalt Mobile and Ion Cloud met in May. The three companies signed a capital and business alliance on Tuesday.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)", "partnerOf(cobalt-mobile,ion-cloud)"}},
		{"near miss: agreed with a view", "Ion Cloud agreed with Acme Telecom's view of the market.", nil},
		{"near miss: agreed a sale", "Ion Cloud agreed a $3 billion sale with Acme Telecom.", nil},
		{"near miss: agreed to set up a joint venture", "Ion Cloud agreed with Acme Telecom and Cobalt Mobile to set up a joint venture.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile,ion-cloud)"}},
		{"near miss: three companies formed an alliance", "Acme Telecom, Cobalt Mobile and Ion Cloud met in May. The three companies formed an alliance on Tuesday.", nil},
	})
}

// TestRound28ElidedReporterLead: "it" after ", and said" is the company
// leading the sentence, found past a wire dateline and a country's
// possessive (tune: "MUMBAI, Aug 29 (Telcograph Wire) - India's Reliance
// Industries on Friday unveiled Reliance Intelligence, ..., and said it had
// agreed with Meta Platforms").
func TestRound28ElidedReporterLead(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"dateline and a country's possessive", "OSLO, Aug 29 (Nordic Wire) - Norway's Acme Telecom on Friday unveiled Polar Compute, a new subsidiary, and said it had signed a partnership with Ion Cloud.",
			[]string{"founded(polar-compute) date=2025-06-06", "headquarteredIn(acme-telecom,NO)", "partnerOf(acme-telecom,ion-cloud)"}},
	})
}

// TestRound28GroupAfterAffiliation: "the group" is the alliance under
// discussion when the sentence's only company is a person's affiliation
// ("SoftBank's Ryuji Wakikawa will chair the group in its first phase":
// dev15). Near miss: a company the sentence is about keeps "the group" its
// own.
func TestRound28GroupAfterAffiliation(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	const launch = "Acme Telecom, Cobalt Mobile and Ion Cloud launched the Open Edge Alliance on Monday. "
	founders := []string{"founded(open-edge-alliance) date=2025-06-09", "foundingMember(acme-telecom,open-edge-alliance)",
		"foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}
	runNewsWith(t, reg, []newsCase{
		{"an affiliation's person chairs the group", launch + "Acme Telecom's Jane Park will chair the group in its first phase.",
			append([]string{"chairmanOf(jane-park,open-edge-alliance) modality=planned"}, founders...)},
		{"near miss: the sentence's company", launch + "Helix Wireless said Jane Park would chair the group's board.", founders},
	})
}

// TestRound28NationPair: "the <Nat1> and <Nat2> <plural noun>" names one
// company of each nationality ("The Swedish and Finnish vendors" after
// Ericsson and Nokia: dev3). Near miss: a nationality with two companies
// in reach names neither.
func TestRound28NationPair(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"the Korean and Norwegian operators", "Korea's Acme Telecom and Norway's Cobalt Mobile met in Oslo. The Korean and Norwegian operators joined the Open Edge Alliance in May.",
			[]string{"headquarteredIn(acme-telecom,KR)", "headquarteredIn(cobalt-mobile,NO)", "memberOf(acme-telecom,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)"}},
		{"near miss: two Korean operators", "Korea's Acme Telecom, Korea's Helix Wireless and Norway's Cobalt Mobile met in Oslo. The Korean and Norwegian operators joined the Open Edge Alliance in May.",
			[]string{"headquarteredIn(acme-telecom,KR)", "headquarteredIn(helix-wireless,KR)", "headquarteredIn(cobalt-mobile,NO)"}},
	})
}

// TestRound28NewCompany: "the new company" and "the new venture" are what
// the article has just said was founded ("Humain, the AI company that
// PIF set up in May, has its leadership in place. The new company is
// chaired by": dev5). Near misses: "the new company Helix Wireless" is an
// apposition; nothing founded in reach.
func TestRound28NewCompany(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"the new company is chaired by", "Polar Compute, the AI company that Acme Telecom set up in May, has its leadership in place. The new company is chaired by Jane Park.",
			[]string{"foundedBy(polar-compute,acme-telecom)", "founded(polar-compute)", "chairmanOf(jane-park,polar-compute)"}},
		{"a stake in the new company", "Acme Telecom and Ion Cloud set up Polar Compute in May. Cobalt Mobile took a 10% stake in the new company.",
			[]string{"founded(polar-compute)", "investedIn(cobalt-mobile,polar-compute)"}},
		{"near miss: nothing founded", "Polar Compute hired 200 engineers in May. The new company is chaired by Jane Park.", nil},
	})
}

// TestRound28ItsAfterPluralLead: "its" after a sentence that opens with a
// list of companies is no one of them but the organisation named after
// the list ("SoftBank Group, OpenAI, Oracle and MGX are the initial equity
// funders of Stargate, and Mr. Son serves as its chairman": dev15). Near
// miss: a sentence that opens with one company keeps "its" that company's.
func TestRound28ItsAfterPluralLead(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"its after a plural lead", "Jane Park is rich. Acme Telecom and Ion Cloud are the initial equity funders of Polar Compute, and Ms. Park serves as its chairman.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(ion-cloud,polar-compute)", "chairmanOf(jane-park,polar-compute)"}},
		{"near miss: one company leads", "Jane Park is rich. Acme Telecom is big, and Ms. Park serves as its chairman.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
	})
}

// TestRound28AtPairs: people each placed "at" a company, with a plural
// title in apposition after or before the list, hold the title there
// ("Hans Vestberg at Verizon and John Stankey at AT&T, the two rival chief
// executives": dev15). Near miss: no title.
func TestRound28AtPairs(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register+"  mark-hill: {name: Mark Hill, type: person}\n")
	runNewsWith(t, reg, []newsCase{
		{"the two rival chief executives", "Jane Park at Acme Telecom and Mark Hill at Ion Cloud, the two rival chief executives, are both pitching AI.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(mark-hill,ion-cloud)"}},
		{"the chairmen before the list", "The chairmen, Jane Park at Acme Telecom and Mark Hill at Ion Cloud, are both pitching AI.",
			[]string{"chairmanOf(jane-park,acme-telecom)", "chairmanOf(mark-hill,ion-cloud)"}},
		{"near miss: no title", "Jane Park at Acme Telecom and Mark Hill at Ion Cloud spoke on Monday.", nil},
	})
}

// TestRound28GappedAmounts: a second amount and company after "and", the
// verb gapped, is the same investor's ("put $100 million into A last year
// and $10 million into B in June"). Near misses: a share that is no amount
// ("and 20% more in staff"); a second investor ("and C $20m in D") is the
// existing rules' reading, not this one's.
func TestRound28GappedAmounts(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	runNewsWith(t, reg, []newsCase{
		{"put $X into A and $Y into B", "Acme Telecom put $100 million into Polar Compute last year and $10 million into Ion Cloud in June.",
			[]string{"investedIn(acme-telecom,polar-compute) date=2024 amount=$100 million", "investedIn(acme-telecom,ion-cloud) date=2024 amount=$10 million"}},
		{"near miss: 20% more in staff", "Acme Telecom invested $50m in Polar Compute and 20% more in staff.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$50m"}},
	})
}
