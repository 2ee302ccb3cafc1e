package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/schema"
)

// round36Register holds round 36's fictional companies.
const round36Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
`

// TestRound36EquityParty: "the equity partners (holders, investors) of Y
// are A, B and C" and "Y's equity partners are A and B" name Y's
// investors, as "Y's investors are" does; "A is an equity partner in Y"
// is a stake, no partnership. Near misses: potential investors,
// technology partners, a negated copula.
func TestRound36EquityParty(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"equity partners of Y are", "The equity partners of Granite Labs are Acme Telecom, Cobalt Mobile and Ion Cloud.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"equity investors of Y are", "The equity investors of Granite Labs are Acme Telecom and Ion Cloud.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"shareholders of Y are", "The shareholders of Granite Labs are Acme Telecom and Ion Cloud.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"Y's equity partners are", "Granite Labs' equity partners are Acme Telecom and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"Y's equity partners include", "Granite Labs' equity partners include Acme Telecom and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"A is an equity partner in Y", "Acme Telecom is an equity partner in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"A and B are the equity partners of Y", "Acme Telecom and Cobalt Mobile are the equity partners of Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"near miss: potential investors", "The potential investors in Granite Labs are Acme Telecom and Cobalt Mobile.", nil},
		{"near miss: technology partners of Y are", "The technology partners of Granite Labs are Acme Telecom and Cobalt Mobile.", nil},
		{"near miss: not an equity partner", "Acme Telecom is not an equity partner in Granite Labs.", nil},
	})
}

// TestRound36PartOwnedVerbGroup: "Y is partly owned by A", the part's
// word inside the verb group, states A's stake as "Y is majority-owned by
// A" does. Near misses: wholly or plainly owned (an acquisition as often
// as a stake), a negated verb, and "jointly owned", left to the venture
// rules.
func TestRound36PartOwnedVerbGroup(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"partly owned", "Granite Labs is partly owned by Acme Telecom.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"partly owned, a relative after", "Granite Labs is partly owned by Acme Telecom, which took a stake in 2021.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2021"}},
		{"near miss: wholly owned", "Granite Labs is wholly owned by Acme Telecom.", nil},
		{"near miss: owned", "Granite Labs is owned by Acme Telecom.", nil},
		{"near miss: not partly owned", "Granite Labs is not partly owned by Acme Telecom.", nil},
	})
}

// TestRound36GroupOfInvestors: "Y raised $N from a group of investors
// including A, B and C" and "Y raised funding that year from ..." list
// Y's investors, as "from a group that included A" does. Near misses: a
// group of customers, a fund raised.
func TestRound36GroupOfInvestors(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"a group of investors including", "Granite Labs raised $40 million from a group of investors including Acme Telecom, Cobalt Mobile and Ion Cloud.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"a consortium of investors including", "Granite Labs raised $40 million from a consortium of investors including Acme Telecom and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"funding with no amount", "Granite Labs raised funding that year from a group of investors including Acme Telecom and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"near miss: a group of customers", "Granite Labs raised $40 million from a group of customers including Acme Telecom and Cobalt Mobile.", nil},
		{"near miss: a fund raised", "Granite Labs raised a fund from a group of investors including Acme Telecom.", nil},
	})
}

// TestRound36NamedHolders: "A and B were named the initial equity
// investors of Y", "A was confirmed as an equity partner in Y". Near
// misses: potential investors, a negated verb.
func TestRound36NamedHolders(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"were named the initial equity investors of", "Acme Telecom and Cobalt Mobile were named the initial equity investors of Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"was confirmed as an equity partner in", "Acme Telecom was confirmed as an equity partner in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"near miss: potential investors", "Acme Telecom and Cobalt Mobile were named the potential investors of Granite Labs.", nil},
		{"near miss: not named", "Acme Telecom and Cobalt Mobile were not named investors of Granite Labs.", nil},
	})
}

// TestRound36BuyingInto: "A and B are buying into Y", a progressive with
// its auxiliary, is a purchase of shares as "A bought into Y" is. Near
// misses: "close to buying into Y" (no finite verb of its own) and a
// negated verb.
func TestRound36BuyingInto(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"are buying into", "Acme Telecom and Cobalt Mobile are buying into Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"near miss: close to buying into", "Acme Telecom denied it was close to buying into Granite Labs.", nil},
		{"near miss: did not buy into", "Acme Telecom did not buy into Granite Labs.", nil},
	})
}

// TestRound36UpToAmount: "up to" before an amount bounds the amount; the
// chunker no longer takes its "up" for a particle ("invest up"), so "A
// agreed in 2023 to invest up to $500 million in Y" is read as "to invest
// $500 million in Y" is, and "committed up to $N to Y" stays a
// commitment. Near miss: "set up" keeps its particle.
func TestRound36UpToAmount(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"agreed in a year to invest up to", "Acme Telecom agreed in 2023 to invest up to $500 million in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2023 amount=$500 million"}},
		{"committed up to", "Acme Telecom has committed up to $40 billion to Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$40 billion"}},
		{"near miss: set up keeps its particle", "Acme Telecom set up Granite Labs in 2020.",
			[]string{"foundedBy(granite-labs,acme-telecom)", "founded(granite-labs) date=2020"}},
	})
}

// TestRound36PremodHolder: a company's name premodifying a holder noun,
// "A, a Granite Labs shareholder," and "Granite Labs investor A", states
// A's stake. Near misses: a customer, a former investor, a country.
func TestRound36PremodHolder(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"apposed, a Y shareholder", "Polar Compute, a Granite Labs shareholder, has called for a new board.",
			[]string{"investedIn(polar-compute,granite-labs)"}},
		{"apposed, an early Y backer", "Polar Compute, an early Granite Labs backer, said so.",
			[]string{"investedIn(polar-compute,granite-labs)"}},
		{"Y investor A", "Granite Labs investor Polar Compute has called for a new board.",
			[]string{"investedIn(polar-compute,granite-labs)"}},
		{"near miss: a Y customer", "Polar Compute, a Granite Labs customer, said so.", nil},
		{"near miss: a former Y investor", "Polar Compute, a former Granite Labs investor, said so.", nil},
	})
}

// TestRound36ComparedOpenerIt: "it" right after "Besides A," (also "Like
// A,", "Unlike A,") is what the sentence before was about, never A, which
// the phrase sets beside it: "Besides A, it counts B and C among its
// shareholders" made B and C shareholders of A. Near miss: "After A
// invested, it ..." is no such phrase.
func TestRound36ComparedOpenerIt(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"besides A, it counts", "Granite Labs makes chips. Besides Polar Compute, it counts Acme Telecom and Cobalt Mobile among its minority shareholders.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"unlike A, it counts", "Granite Labs makes chips. Unlike Polar Compute, it counts Acme Telecom among its shareholders.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}

// TestRound36ItOverApposition: "A and B, its first customers, became
// shareholders in it": the object "it" is not bound by its own clause's
// subject, which stands before the apposition, so it is the company the
// sentence before named, not B.
func TestRound36ItOverApposition(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"subject, apposition, verb ... it", "Granite Labs makes chips. Acme Telecom and Cobalt Mobile, its first customers, became shareholders in it.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"subject, the apposition, verb ... it", "Granite Labs makes chips. Acme Telecom, the carrier, invested in it.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}

// TestRound36ItsAmountRound: "A led its $40 million Series B" after a
// sentence about Y is A's investment in Y, as "A led its Series B" is
// (the amount stands between "its" and the round). Near miss: a
// description of the round, not an amount, between "its" and a noun.
func TestRound36ItsAmountRound(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"led its amount round", "Granite Labs makes chips for data centres. Acme Telecom led its $40 million Series B in 2024.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$40 million"}},
		{"near miss: its research programme", "Granite Labs makes chips for data centres. Acme Telecom led its research programme in 2024.", nil},
	})
}

// TestRound36JointShowing: two parties presenting, showing or trialling
// one thing together are partners, as launching it is ("A and
// B on Tuesday presented the Industrial AI Cloud", "A and B showed a
// commercial AI-RAN product"). Near misses: a plural object ("showed
// strong results"), "each".
func TestRound36JointShowing(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"presented a named thing", "Acme Telecom and Cobalt Mobile on Tuesday presented the Industrial AI Cloud.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"showed a product", "In November Acme Telecom and Cobalt Mobile showed a commercial AI-RAN product after outdoor trials.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: showed results", "Acme Telecom and Cobalt Mobile showed strong results.", nil},
		{"near miss: each showed", "Acme Telecom and Cobalt Mobile each showed a prototype in Paris.", nil},
	})
}

// TestRound36NamedPartnerAndProductTieUp: "A named B its first preferred
// cloud partner" (a partner noun as the object's complement, the -ed word
// an adjective after "its first") and "A's Starlink tie-up with B" (a
// product's name between the possessive and the noun) make A and B
// partners. Near misses: a potential partner, the partner of someone
// else, a tie-up with no partner named.
func TestRound36NamedPartnerAndProductTieUp(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"named B its first preferred partner", "Acme Telecom named Cobalt Mobile its first preferred cloud partner in Africa.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"a product's tie-up with B", "Jane Park was the executive behind Acme Telecom's Starlink tie-up with Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: a potential partner", "Acme Telecom named Cobalt Mobile a potential partner.", nil},
		{"near miss: the partner of another", "Acme Telecom named Cobalt Mobile the partner of Ion Cloud.", nil},
		{"near miss: a tie-up with no partner named", "Acme Telecom's Starlink tie-up was announced in May.", nil},
	})
}

// TestRound36PossCountryDashedList: "Japan's three carriers – A, B and C
// –" (also with unspaced em dashes) gives each listed company Japan as
// its country, as the comma-set list does. Near miss: a country's
// description of something other than companies.
func TestRound36PossCountryDashedList(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register+"  JP: {name: Japan, type: country}\n")
	runNewsWith(t, reg, []newsCase{
		{"spaced en dashes", "Japan's three carriers – Acme Telecom, Cobalt Mobile and Ion Cloud – also signed up.",
			[]string{"headquarteredIn(acme-telecom,JP)", "headquarteredIn(cobalt-mobile,JP)", "headquarteredIn(ion-cloud,JP)"}},
		{"unspaced em dashes", "Japan's two carriers—Acme Telecom and Cobalt Mobile—also signed up.",
			[]string{"headquarteredIn(acme-telecom,JP)", "headquarteredIn(cobalt-mobile,JP)"}},
		{"near miss: a country's regulators", "Japan's two regulators – Acme Telecom and Cobalt Mobile – also signed up.", nil},
	})
}

// TestRound36CoOwnedVenture: a venture the register knows, told by joint
// ownership: "Y, a data-centre operator A owns jointly with B", "Y, the
// business that A already owns jointly with B", "Y is the company that A
// co-owns with B", "A owns Y in a 50:50 joint venture with B", "A and B
// already own equal halves of Y". Near misses: a negated verb, sole
// ownership, a company the register knows as a company.
func TestRound36CoOwnedVenture(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register+"  north-gate: {name: North Gate, type: joint_venture}\n")
	jv := []string{"jointVenture(acme-telecom,cobalt-mobile)"} // compact prints the partners
	runNewsWith(t, reg, []newsCase{
		{"reduced relative, owns jointly with", "Its businesses include North Gate, a data-centre operator Acme Telecom owns jointly with Cobalt Mobile.", jv},
		{"relative, already owns jointly with", "The new unit sits alongside North Gate, the analytics business that Acme Telecom already owns jointly with Cobalt Mobile.", jv},
		{"copula, the company that A co-owns with B", "North Gate is the company that Acme Telecom co-owns with Cobalt Mobile.", jv},
		{"owns Y in a joint venture with B", "In the Netherlands Acme Telecom owns North Gate in a 50:50 joint venture with Cobalt Mobile.", jv},
		{"own equal halves of Y", "Acme Telecom and Cobalt Mobile already own equal halves of North Gate.", jv},
		{"apposition and a described partner", "Acme Telecom owns North Gate, a fibre builder, through a joint venture with the investment firm Cobalt Mobile.", jv},
		{"a semicolon ends the partner", "Its units include Granite Labs, a lab; North Gate, a data-centre operator Acme Telecom owns jointly with the investment firm Cobalt Mobile; and Ion Cloud, which sells capacity.", jv},
		{"near miss: does not own jointly", "Acme Telecom does not own North Gate jointly with Cobalt Mobile.", nil},
		{"near miss: sole ownership", "Acme Telecom owns North Gate.", nil},
		{"near miss: a company co-owned", "Granite Labs is the company that Acme Telecom co-owns with Cobalt Mobile.", nil},
	})
}

// TestRound36CoOwnedVentureNamed: the joint venture read from joint
// ownership names the venture itself, not only its partners.
func TestRound36CoOwnedVentureNamed(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register+"  north-gate: {name: North Gate, type: joint_venture}\n")
	for _, text := range []string{
		"North Gate is the company that Acme Telecom co-owns with Cobalt Mobile.",
		"Acme Telecom and Cobalt Mobile already own equal halves of North Gate.",
	} {
		ff, err := extract.ExtractArticle("story.txt", []byte("source: https://news.example.com/story\ndate: 2025-06-12\n\n"+text), extract.ExtractOptions{Register: reg})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range ff.Articles[0].Facts {
			if f.Relation == schema.RelJointVenture {
				found = true
				if f.Subject.ID != "north-gate" {
					t.Errorf("%q: joint venture %q, want north-gate", text, f.Subject.ID)
				}
			}
		}
		if !found {
			t.Errorf("%q: no joint venture", text)
		}
	}
}

// TestRound36RoundBuyers: "The buyers were led by A" after a raise names
// the round's leads, as "The round was led by A" does. Near miss: with no
// round open, the buyers are nobody's.
func TestRound36RoundBuyers(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register)
	runNewsWith(t, reg, []newsCase{
		{"the buyers were led by", "Granite Labs raised $220 million. The buyers were led by Acme Telecom and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)"}},
		{"near miss: no round open", "The investors were led by Acme Telecom.", nil},
	})
}

// TestRound36BuiltWithAndDashedWorkers: "A has started work on Africa's
// first AI factory, to be built with B" makes the maker and B partners;
// "the operators - B, C and D - that are working with A on the standard"
// makes each of them A's partner. Near misses: "with support from B"
// (no name after "with"), a person as the maker.
func TestRound36BuiltWithAndDashedWorkers(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register+"  jane-park: {name: Jane Park, type: person}\n")
	runNewsWith(t, reg, []newsCase{
		{"to be built with", "Acme Telecom has started work on what it calls Africa's first AI factory, to be built with Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile) modality=planned"}},
		{"dashed list working with", "The operators - Cobalt Mobile, Ion Cloud and Polar Compute - that are working with Acme Telecom on the standard said so.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)"}},
		{"near miss: with support from", "Acme Telecom has started work on a factory, to be built with support from Cobalt Mobile.", nil},
		{"near miss: a person as the maker", "Jane Park has started work on a factory, to be built with Cobalt Mobile.", nil},
	})
}

// TestRound36ApposedVentureCountry: "Y, the US data-centre venture," gives
// Y its country, as "Y, the US data-centre company," does. Near miss: "the
// US venture" with no name before it resolves nothing here.
func TestRound36ApposedVentureCountry(t *testing.T) {
	reg := mustRegister(t, "round36.yaml", round36Register+"  north-gate: {name: North Gate, type: joint_venture}\n  US: {name: United States, type: country}\n")
	runNewsWith(t, reg, []newsCase{
		{"apposed venture with a country", "North Gate, the US data-centre venture, is building its first campus.",
			[]string{"headquarteredIn(north-gate,US)"}},
		{"near miss: no name before it", "Acme Telecom said the US venture would start in May.", nil},
	})
}
