package extract_test

import (
	"testing"
)

// round31Register holds round 31's fictional companies and people.
const round31Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  granite-labs: {name: Granite Labs, type: company}
  larch-capital: {name: Larch Capital, type: company}
  tarn-ventures: {name: Tarn Ventures, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  fenwick-management: {name: Fenwick Management & Research, type: company}
  lark-venture-partners: {name: Lark Venture Partners, type: company}
  north-gate: {name: North Gate, type: joint_venture}
  dallas: {name: Dallas, type: country}
  jane-park: {name: Jane Park, type: person}
  john-lee: {name: John Lee, type: person}
  mark-hill: {name: Mark Hill, type: person}
`

// TestRound31BackersInRound: backers told by where they were ("Sony, NTT
// and KDDI were in the $30 million seed round": dev17), by a ticket ("T.Capital
// also took a ticket": dev16) or by money put in with a time phrase
// ("Nvidia and Oracle put money in a year earlier": dev17) invested in the
// round under discussion, or in the company whose backers were told after
// it opened. Near misses: in talks, a negation, a plane ticket.
func TestRound31BackersInRound(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"were in the round", "Granite Labs closed a $30 million seed round in January. Acme Telecom, Cobalt Mobile and Ion Cloud were in the round.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"took a ticket", "Polar Compute, the chip designer, raised $60 million. Tarn Ventures also took a ticket.",
			[]string{"investedIn(tarn-ventures,polar-compute)"}},
		{"put money in a year earlier", "Granite Labs raised $20 million last week. Acme Telecom and Ion Cloud put money in a year earlier.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"put money in the company told since", "Granite Labs raised $20 million last week. Polar Compute's backers include Larch Capital. Acme Telecom put money in a year earlier.",
			[]string{"investedIn(larch-capital,polar-compute)", "investedIn(acme-telecom,polar-compute)"}},
		{"near miss: in talks", "Granite Labs raised $30 million. Acme Telecom was in talks to join.",
			nil},
		{"near miss: not in the round", "Granite Labs raised $30 million. Cobalt Mobile was not in the round.",
			nil},
		{"near miss: a plane ticket", "Granite Labs raised $30 million. Jane Park took a plane ticket to Seoul.",
			nil},
	})
}

// TestRound31FollowedWithMoney: a follower told in a sentence of its own
// with its money ("Amazon followed a month later with a commitment of up
// to $4 billion": dev16; "Google followed in July with ₹33,737 crore for
// 7.73%") invested in the company the sentence before invested in; a
// relative clause's priced stake ("in which Microsoft took a $1.5 billion
// stake weeks earlier": dev15) is a stake. Near misses: a follower naming
// another company, a follower after a membership, a loan.
func TestRound31FollowedWithMoney(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"a commitment a month later", "Acme Telecom put $100 million into Granite Labs last August. Cobalt Mobile followed a month later with a commitment of up to $4 billion.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2024-08 amount=$100 million", "investedIn(cobalt-mobile,granite-labs)"}},
		{"a price for a share", "Acme Telecom paid $1.5 billion for a 9.99% stake in Granite Labs in April. Cobalt Mobile followed in July with $700 million for 7.7%.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$1.5 billion", "investedIn(cobalt-mobile,granite-labs)"}},
		{"a priced stake in a relative clause", "Granite Labs, in which Acme Telecom took a $1.5 billion stake weeks earlier, will build the site.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"near miss: another company", "Acme Telecom invested $100 million in Granite Labs in 2023. Cobalt Mobile followed with $50 million for Polar Compute.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2023 amount=$100 million"}},
		{"near miss: a loan in a relative clause", "Granite Labs, in which Acme Telecom took a $1.5 billion loan, will build the site.", nil},
	})
}

// TestRound31LeadOfAnotherRound: "Andreessen Horowitz had also co-led the
// company's $80 million Series B" (dev18): the company whose round a lead
// led is not the lead, so the round under discussion stays the raiser's
// and the backers after it are its. Near miss: a lead of a named
// company's round opens that company's round.
func TestRound31LeadOfAnotherRound(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"the company's earlier round", "Granite Labs said it had raised $180 million in a Series C round. Larch Capital and Tarn Ventures co-led the round. Larch Capital had also co-led the company's $80 million Series B in 2024. Acme Telecom and Ion Cloud came in as new investors.",
			[]string{"investedIn(larch-capital,granite-labs) amount=$80 million", "investedIn(tarn-ventures,granite-labs)", "investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"near miss: a named company's round", "Granite Labs said it had raised $180 million in a Series C round. Larch Capital and Tarn Ventures co-led the round. Larch Capital had also co-led Polar Compute's $80 million Series B in 2024. Acme Telecom and Ion Cloud came in as new investors.",
			[]string{"investedIn(larch-capital,granite-labs)", "investedIn(tarn-ventures,granite-labs)", "investedIn(larch-capital,polar-compute) amount=$80 million", "investedIn(acme-telecom,polar-compute)", "investedIn(ion-cloud,polar-compute)"}},
	})
}

// TestRound31FirmNames: a "Management" or "Partners" firm invests by its
// name ("Fidelity Management & Research", "Lightspeed Venture Partners":
// dev18), so "the fund" may name it and "the start-up" may not. Near miss:
// a firm of no investing name is not "the fund".
func TestRound31FirmNames(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"a management firm is the fund", "Granite Labs raised $40 million on Tuesday. Fenwick Management & Research led the round. The fund also backed Polar Compute last year.",
			[]string{"investedIn(fenwick-management,granite-labs)", "investedIn(fenwick-management,polar-compute) date=2024"}},
		{"a partners firm is the fund", "Granite Labs raised $40 million on Tuesday. Lark Venture Partners led the round. The fund also backed Polar Compute last year.",
			[]string{"investedIn(lark-venture-partners,granite-labs)", "investedIn(lark-venture-partners,polar-compute) date=2024"}},
		{"near miss: no investing name", "Granite Labs raised $40 million on Tuesday. Helix Wireless led the round. The fund also backed Polar Compute last year.",
			[]string{"investedIn(helix-wireless,granite-labs)"}},
	})
}

// TestRound31FollowersTold: "So did T.Capital, the venture arm of
// Deutsche Telekom." and "So did C, the venture arm of the Japanese
// operator, alongside D and E." after a backer of the round (dev18) make
// C, D and E backers too, not the apposition's company; "Sandton Capital,
// which led the start-up's $155 million Series A in December, came back
// for more" (dev18) backs the round under discussion, whatever the
// resolver made of "the start-up"; a company that "came out of stealth in
// May with a $220 million seed round" opens its round, and those "among
// the investors in the round, with C and D" are its backers, C and D too. "So did" after a
// membership copies the membership. Near miss: a round of a named company
// after "led".
func TestRound31FollowersTold(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"so did with an apposition", "Granite Labs raised $1.1 billion in a Series B round. Acme Telecom also took part. So did Tarn Ventures, the venture arm of Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(tarn-ventures,granite-labs)"}},
		{"so did alongside", "Granite Labs raised $1.1 billion in a Series B round. Acme Telecom signed up as a strategic investor. So did Tarn Ventures, the venture arm of a Japanese operator, alongside Ion Cloud and Polar Compute.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(tarn-ventures,granite-labs)", "investedIn(ion-cloud,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"the start-up's earlier round", "Granite Labs, a British provider of computing capacity, said it had raised $1.1 billion in a Series B round. The round was led by Larch Capital. Polar Compute, which supplies chips for the company's data centres, also took part. Tarn Ventures, which led the start-up's $155 million Series A in December, came back for more.",
			[]string{"headquarteredIn(granite-labs,GB)", "investedIn(larch-capital,granite-labs)", "investedIn(polar-compute,granite-labs)", "investedIn(tarn-ventures,granite-labs) amount=$155 million"}},
		{"out of stealth with a seed round", "Granite Labs, a Paris start-up building agents, came out of stealth in May with a $220 million seed round. Acme Telecom and Cobalt Mobile were among the investors in the round, with Ion Cloud and Polar Compute.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(ion-cloud,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"so did after a membership", "Acme Telecom joined the Open Edge Alliance in May. So did Cobalt Mobile, the country's second operator.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)"}},
		{"near miss: a named company's round", "Granite Labs said it had raised $1.1 billion in a Series B round. The round was led by Larch Capital. Tarn Ventures, which led Polar Compute's $155 million Series A in December, came back for more.",
			[]string{"investedIn(larch-capital,granite-labs)", "investedIn(tarn-ventures,polar-compute) amount=$155 million"}},
	})
}

// TestRound31ThatGroup: a demonstrative with a group noun ("that
// project", "that body") is the group named last: earlier in its own
// sentence ("His successor at the O-RAN Alliance is P, who now chairs
// that body": dev4), else in one of the two sentences before ("... where
// the Agent2Agent project was set up. Google founded that project together
// with A, B and C": dev18). Near miss: no group named before.
func TestRound31ThatGroup(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"that project in the next sentence", "Acme Telecom handed its protocol over in June, when the Open Edge Alliance was set up. Acme Telecom founded that project together with Cobalt Mobile and Ion Cloud.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"that body in its own sentence", "His successor at the Open Edge Alliance is Jane Park, a manager at Acme Telecom, who now chairs that body.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "ledBy(open-edge-alliance,acme-telecom)"}}, // as with "who now chairs the alliance"
		{"near miss: no group before", "Acme Telecom founded that project together with Cobalt Mobile and Ion Cloud.", nil},
	})
}

// TestRound31RupeeStake: a stake paid for in rupees, written with "Rs" or
// "₹" and a thousands comma ("Facebook paid Rs 43,574 crore for a 9.99%
// stake in Jio Platforms": dev18), is a stake as a dollar price is; a
// thousands comma keeps its number whole. Near misses: a stake offered, a
// list of years.
func TestRound31RupeeStake(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"Rs and a thousands comma", "In April 2020 Acme Telecom paid Rs 43,574 crore for a 9.99% stake in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2020-04 amount=Rs 43,574 crore"}},
		{"the rupee sign", "In April 2020 Acme Telecom paid ₹43,574 crore for a 9.99% stake in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2020-04 amount=₹43,574 crore"}},
		{"a follower in rupees", "In April 2020 Acme Telecom paid Rs 43,574 crore for a 9.99% stake in Granite Labs. Cobalt Mobile followed that July with Rs 33,737 crore for a further 7.7%.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2020-04 amount=Rs 43,574 crore", "investedIn(cobalt-mobile,granite-labs)"}},
		{"near miss: a stake offered", "Acme Telecom offered Rs 43,574 crore for a 9.99% stake in Granite Labs.", nil},
	})
}

// TestRound31LeadsTold: "A and B came in as co-leads" and "Four investors
// co-led it: A, B, C and D, the venture arm of E" (dev18) name the round's
// leads; "P, who is both chairman and chief executive of X" (dev18) holds
// both posts. Near misses: a count the colon list does not match; "came
// in as its first customer".
func TestRound31LeadsTold(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"came in as co-leads", "Granite Labs raised $13 billion in a Series F. Larch Capital and Tarn Ventures came in as co-leads.",
			[]string{"investedIn(larch-capital,granite-labs)", "investedIn(tarn-ventures,granite-labs)"}},
		{"counted leads after a colon", "Granite Labs raised a $68 million Series B in late June. Four investors co-led it: the Larch Capital fund, Tarn Ventures, Ion Cloud and Polar Compute, the venture arm of Acme Telecom.",
			[]string{"investedIn(larch-capital,granite-labs)", "investedIn(tarn-ventures,granite-labs)", "investedIn(ion-cloud,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
		{"both chairman and chief executive", "John Lee, who is both chairman and chief executive of Acme Telecom, spoke on Monday.",
			[]string{"ceoOf(john-lee,acme-telecom)", "chairmanOf(john-lee,acme-telecom)"}},
		{"near miss: a count the list does not match", "Granite Labs raised a $68 million Series B in late June. Three investors co-led it: the Larch Capital fund, Tarn Ventures, Ion Cloud and Polar Compute, the venture arm of Acme Telecom.", nil},
		{"near miss: a customer", "Granite Labs raised $13 billion in a Series F. Larch Capital came in as its first customer.", nil},
	})
}

// TestRound31GappedCommitAndSignedOn: "Microsoft committed up to $5
// billion to the start-up and Nvidia up to $10 billion" (dev18): the name
// after "and" with an amount of its own is the gapped clause's investor,
// not a second investee; "A and B have since signed on as its anchor
// financial investors" (dev18) invested in the company "its" stands for,
// the one the sentence before opened with when "its" is left unresolved.
// Near misses: a second investee with no amount; signed on as a customer;
// "its" that could only be the investor itself.
func TestRound31GappedCommitAndSignedOn(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"gapped after a description", "Granite Labs raised $13 billion. Acme Telecom committed up to $5 billion to the start-up and Cobalt Mobile up to $10 billion.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$5 billion", "investedIn(cobalt-mobile,granite-labs)"}},
		{"gapped after a name", "Acme Telecom committed $5 billion to Granite Labs and Cobalt Mobile $10 billion.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$5 billion", "investedIn(cobalt-mobile,granite-labs)"}},
		{"near miss: two investees", "Acme Telecom committed $5 billion to Granite Labs and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$5 billion", "investedIn(acme-telecom,cobalt-mobile) amount=$5 billion"}},
		{"signed on as its investors", "Granite Labs is a developer. Larch Capital and Tarn Ventures have since signed on as its anchor financial investors.",
			[]string{"investedIn(larch-capital,granite-labs)", "investedIn(tarn-ventures,granite-labs)"}},
		{"near miss: a customer", "Granite Labs is a developer. Larch Capital signed on as a customer.", nil},
		{"near miss: its own investor", "Larch Capital is a fund. Larch Capital has since signed on as its anchor investor.", nil},
	})
}

// TestRound31VentureFormedWhen: a venture "formed in January by A, B and
// C" (dev18: "Stargate, the U.S. data-centre venture formed in January by
// SoftBank, OpenAI and Oracle") is the parties' joint venture as "formed
// by" is, with the time phrase between. Near miss: one owner.
func TestRound31VentureFormedWhen(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"a venture formed in a month by three", "Larch Capital was one of the first funders of North Gate, the U.S. data-centre venture formed in January by Acme Telecom, Ion Cloud and Cobalt Mobile.",
			[]string{"investedIn(larch-capital,north-gate)", "jointVenture(acme-telecom,cobalt-mobile,ion-cloud)"}},
		{"a joint venture formed in a month", "North Gate, a joint venture formed in January by Acme Telecom and Ion Cloud, will build data centres.",
			[]string{"founded(north-gate)", "jointVenture(acme-telecom,ion-cloud)"}},
		{"near miss: one owner", "North Gate, the data-centre unit formed in January by Acme Telecom, will build data centres.", nil},
	})
}

// TestRound31KeepsAndContinues: "Aligned will keep its headquarters in
// Dallas" (dev18) is where it is based; "will continue to be run by P" and
// "will remain chairman" state posts held now, not planned. Near misses:
// a headquarters it will not keep; a post he will not keep.
func TestRound31KeepsAndContinues(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"will keep its headquarters", "Granite Labs will keep its headquarters in Dallas.",
			[]string{"headquarteredIn(granite-labs,dallas)"}},
		{"will continue to be run by", "Granite Labs will continue to be run by chief executive John Lee.",
			[]string{"ceoOf(john-lee,granite-labs)"}},
		{"will remain chairman", "John Lee will remain chairman of Granite Labs.",
			[]string{"chairmanOf(john-lee,granite-labs)"}},
		{"near miss: will not keep", "Granite Labs will not keep its headquarters in Dallas.", nil},
		{"near miss: will not remain", "John Lee will not remain chairman of Granite Labs.", nil},
	})
}

// TestRound31JoinedAfterObject: "A invested $10 million in B and joined X"
// (a probe of pronoun and coordination subjects, round 31): B is the first
// verb's object, no member of X; A is. Near miss: a coordinated subject
// joins.
func TestRound31JoinedAfterObject(t *testing.T) {
	reg := mustRegister(t, "round31.yaml", round31Register)
	runNewsWith(t, reg, []newsCase{
		{"an object before a coordinated join", "Acme Telecom invested $10 million in Granite Labs and joined the Open Edge Alliance.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$10 million", "memberOf(acme-telecom,open-edge-alliance)"}},
		{"a pronoun subject", "Acme Telecom has been busy. It bought Granite Labs and joined the Open Edge Alliance.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)"}},
		{"near miss: a coordinated subject", "Acme Telecom and Cobalt Mobile joined the Open Edge Alliance.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)"}},
	})
}
