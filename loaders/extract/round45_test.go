package extract_test

import (
	"testing"
)

const round45Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  orbitra: {name: Orbitra Networks, type: company}
  kestrel: {name: Kestrel Capital, type: company}
  granite-labs: {name: Granite Labs, type: company}
  nova-fibre: {name: Nova Fibre, type: joint_venture}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  link-forum: {name: Link Forum, type: alliance}
`

// TestRound45PercentOfVenture: a share written "per cent" or "percent" is
// a numeric share as "%" is, so an owner that "holds 37.5 per cent of" a
// joint venture invests in it, as the annotation guide's §2 asks when the
// share is given. Near miss: a percentage of something the venture has.
func TestRound45PercentOfVenture(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"per cent of a venture", "Kestrel Capital now holds 37.5 per cent of Nova Fibre.",
			[]string{"investedIn(kestrel,nova-fibre)"}},
		{"percent of a venture", "Kestrel Capital owns 40 percent of Nova Fibre.",
			[]string{"investedIn(kestrel,nova-fibre)"}},
		// near miss
		{"a share of the venture's lines", "Kestrel Capital said 40 percent of Nova Fibre's lines already carry fibre.",
			[]string{}},
	})
}

// TestRound45MajorityOwnedUnhyphenated: "majority owned by" without the
// hyphen tags the part's word as a noun of its own, and reads as
// "majority-owned by" does, in a main clause, a relative clause and an
// apposition. Near miss: "is not majority owned by" states no stake.
func TestRound45MajorityOwnedUnhyphenated(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"main clause", "Granite Labs is majority owned by Acme Telecom.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"relative clause", "Granite Labs, which is majority owned by Acme Telecom, wants to sell a quarter of its payments arm.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"apposition", "Granite Labs, minority owned by Kestrel Capital, said sales rose.",
			[]string{"investedIn(kestrel,granite-labs)"}},
		// near miss
		{"negated", "Granite Labs is not majority owned by Acme Telecom.",
			[]string{}},
	})
}

// TestRound45HeadlineShortFromLead: a headline's short form, written
// before the lead names anyone, is the one company the lead names in full
// whose name ends in it ("What Kestrel is buying with its Airlink stake",
// then "... in Zenith Airlink"), not a unit that opens with the same word
// (Airlink Nigeria); later short forms follow it. Near miss: a lead that
// names no such company leaves the short form to the register.
func TestRound45HeadlineShortFromLead(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register+
		"  zenith-airlink: {name: Zenith Airlink, type: company}\n  airlink-nigeria: {name: Airlink Nigeria, type: company}\n")
	runNewsWith(t, reg, []newsCase{
		{"lead names the company", "What Kestrel Capital is buying with its Airlink stake\n\nKestrel Capital's plan to invest up to $1 billion in Zenith Airlink is modest. Airlink's chairman, Jane Park, said the two groups shared a vision.",
			[]string{"chairmanOf(jane-park,zenith-airlink)"}},
		// near miss
		{"lead names the unit", "What Kestrel Capital is buying with its Airlink stake\n\nKestrel Capital's plan to invest up to $1 billion in Airlink Nigeria is modest. Airlink's chairman, Jane Park, said the two groups shared a vision.",
			[]string{"chairmanOf(jane-park,airlink-nigeria)"}},
	})
}

// TestRound45FoundersAfterOrganisation: a passive founding's by-phrase
// that names an organisation goes on to people, in the list ("by Kestrel
// Capital, Jane Park and Omar Haddad") or after "together with" ("by
// Kestrel Capital together with the singer Jane Park and Omar Haddad"),
// and a by-phrase repeated after a relative clause adds more people ("by
// P, who came from a lab, and by Q and R"). Near miss: an alliance formed
// by a company with people named after it takes no person as a member.
func TestRound45FoundersAfterOrganisation(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register+"  lena-berg: {name: Lena Berg, type: person}\n")
	runNewsWith(t, reg, []newsCase{
		{"list goes on with people", "Granite Labs was set up in 2016 by Kestrel Capital, Jane Park and Omar Haddad.",
			[]string{"founded(granite-labs) date=2016", "foundedBy(granite-labs,kestrel)", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)"}},
		{"together with people", "Granite Labs was set up in 2016 by Kestrel Capital together with the singer Jane Park and Omar Haddad.",
			[]string{"founded(granite-labs) date=2016", "foundedBy(granite-labs,kestrel)", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)"}},
		{"by again after a relative clause", "Granite Labs was founded in Paris in April 2023 by Jane Park, who came from a research lab, and by Omar Haddad and Lena Berg, who had both worked at Orbitra Networks.",
			[]string{"founded(granite-labs) date=2023-04", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)", "foundedBy(granite-labs,lena-berg)"}},
		// near miss
		{"an alliance", "The Link Forum was set up in 2016 by Kestrel Capital, Jane Park said.",
			[]string{"founded(link-forum) date=2016", "foundingMember(kestrel,link-forum)"}},
	})
}

// TestRound45FoundedApposedCompany: an organisation that sets up "a
// standalone company, Y," founds Y, the name in apposition to the
// description object, as "a company called Y" does; a founder the
// register does not give ("Kiwitel" after "Kiwitel New Zealand") is
// resolved as other rules resolve it. Near misses: the apposition
// closes no name when a verb follows it ("a company, Granite Labs said"),
// and a person-shaped unknown name is left to the person rules.
func TestRound45FoundedApposedCompany(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register+"  kiwitel: {name: Kiwitel New Zealand, type: company}\n")
	runNewsWith(t, reg, []newsCase{
		{"description then name", "Acme Telecom set up a standalone company, Granite Labs, to hold its 11 data centres.",
			[]string{"founded(granite-labs)", "foundedBy(granite-labs,acme-telecom)"}},
		{"short form the register does not give", "Kiwitel New Zealand sold its data centres. Kiwitel set up a standalone company, Granite Labs, to hold its towers.",
			[]string{"founded(granite-labs)", "foundedBy(granite-labs,kiwitel)"}},
		// near miss
		{"a verb after the name", "Acme Telecom set up a company, Granite Labs said on Monday.",
			[]string{}},
	})
}

// TestRound45ListedHoldings: a holder's holdings listed as verb phrases
// share its subject ("A owns all of X, holds about 30% of Y"), and a
// gapped second share may carry an approximation ("and about 83% of Z").
// Near misses: a holding verb after a comma whose verb before it is no
// holding verb ("A said on Monday, holds ...") takes no subject from it,
// and a verb phrase of another subject after "and" is that subject's
// alone.
func TestRound45ListedHoldings(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"verb phrases listed", "Kestrel Capital owns all of Orbitra Networks, holds about 30% of Granite Labs and about 83% of Acme Telecom.",
			[]string{"investedIn(kestrel,orbitra)", "investedIn(kestrel,granite-labs)", "investedIn(kestrel,acme-telecom)"}},
		{"gapped approximate share", "Kestrel Capital holds about 30% of Granite Labs and about 83% of Acme Telecom.",
			[]string{"investedIn(kestrel,granite-labs)", "investedIn(kestrel,acme-telecom)"}},
		// near misses
		{"no holding verb before", "Kestrel Capital bought servers from Orbitra Networks, holds no debt and plans a listing.",
			[]string{}},
		{"another subject after and", "Kestrel Capital owns 30% of Granite Labs and Acme Telecom holds the rest of Orbitra Networks.",
			[]string{"investedIn(kestrel,granite-labs)", "investedIn(acme-telecom,orbitra)"}},
	})
}

// TestRound45LedByAsTitle: a passive lead verb whose agent is followed by
// "as" and a title gives the agent that title at the led organisation
// ("Y is still led by its co-founder P as chairman and chief executive").
// Near miss: "as" and a word that is no title adds nothing.
func TestRound45LedByAsTitle(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"as two titles", "Granite Labs is still led by Jane Park as chairman and chief executive.",
			[]string{"chairmanOf(jane-park,granite-labs)", "ceoOf(jane-park,granite-labs)"}},
		// near miss
		{"as no title", "Granite Labs is advised by Jane Park as a consultant.",
			[]string{}},
	})
}

// TestRound45TitleAtTwoOrganisations: a title held at two organisations
// coordinated after "of" goes to both: "chairman of Y and of Z", "chair of
// Y and its operating company, Z", "chair of both Y and Z" ("stays on
// as chairman of" is read as before). Near misses: "and
// of its board" names no second organisation, and "chairman of Y and Z's
// adviser" makes no chairman of Z.
func TestRound45TitleAtTwoOrganisations(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"and of", "Jane Park, chairman of Granite Labs and of Orbitra Networks, said sales rose.",
			[]string{"chairmanOf(jane-park,granite-labs)", "chairmanOf(jane-park,orbitra)"}},
		{"and its operating company", "Jane Park is executive chair of Granite Labs and its operating company, Orbitra Networks.",
			[]string{"chairmanOf(jane-park,granite-labs)", "chairmanOf(jane-park,orbitra)"}},
		{"of both", "Jane Park is executive chair of both Granite Labs and Orbitra Networks.",
			[]string{"chairmanOf(jane-park,granite-labs)", "chairmanOf(jane-park,orbitra)"}},
		{"stays on as", "Jane Park stays on as chairman of Granite Labs.",
			[]string{"chairmanOf(jane-park,granite-labs)"}},
		// near misses
		{"of its board", "Jane Park is chairman of Granite Labs and of its board.",
			[]string{"chairmanOf(jane-park,granite-labs)"}},
		{"an adviser of the second", "Jane Park is chairman of Granite Labs and Orbitra Networks's adviser.",
			[]string{"chairmanOf(jane-park,granite-labs)"}},
	})
}

// TestRound45PossessiveTitleSince: a time phrase with "since" between an
// organisation's possessive title and the copula keeps the reading ("Y's
// chief executive since January 2022 has been P", "Y's chairman since
// 2024 is P"), and a predecessor named after it held the post before.
// Near miss: a since-phrase that names another company's title ("Y's
// chief executive since the merger with Z") still needs the copula and a
// person after it.
func TestRound45PossessiveTitleSince(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"chief executive since", "Granite Labs's chief executive since January 2022 has been Jane Park; her predecessor, Omar Haddad, was in charge when the fund took shape.",
			[]string{"ceoOf(jane-park,granite-labs)", "ceoOf(omar-haddad,granite-labs) modality=past"}},
		{"chairman since", "Granite Labs's chairman since 2024 is Jane Park.",
			[]string{"chairmanOf(jane-park,granite-labs)"}},
		// near miss
		{"no copula", "Granite Labs's chief executive since the merger has cut costs, Jane Park said.",
			[]string{}},
	})
}

// TestRound45SoldStakeTo: "A sold its stake in Y to B" reads past a
// relative clause on Y and takes every buyer of a list the mention layer
// kept apart ("to Kestrel Capital's Zenith Fund, the Orbitra Networks
// pension plan and Link Partners"); the seller of its own stake held it
// (past once sold, asserted while the sale is only agreed). Near misses:
// a name after a comma that starts a clause of its own is no buyer, and
// "a 40% stake" (not the seller's own) says nothing of the seller.
func TestRound45SoldStakeTo(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register+
		"  zenith-fund: {name: Zenith Fund, type: company}\n  link-partners: {name: Link Partners, type: company}\n")
	runNewsWith(t, reg, []newsCase{
		{"over a relative clause", "Acme Telecom sold its 99.3% stake in Granite Labs, which had sought bankruptcy protection in February, to Kestrel Capital on April 13.",
			[]string{"investedIn(kestrel,granite-labs)", "investedIn(acme-telecom,granite-labs) modality=past"}},
		{"a list of buyers", "Acme Telecom sold minority stakes in Granite Labs to Kestrel Capital's Zenith Fund, the Orbitra Networks and Link Partners.",
			[]string{"investedIn(zenith-fund,granite-labs)", "investedIn(orbitra,granite-labs)", "investedIn(link-partners,granite-labs)"}},
		{"a sale agreed", "Acme Telecom agreed to sell its stake in Granite Labs to Kestrel Capital.",
			[]string{"investedIn(kestrel,granite-labs) modality=planned", "investedIn(acme-telecom,granite-labs)"}},
		// near misses
		{"a clause after the buyer", "Acme Telecom sold minority stakes in Granite Labs to Link Partners, Kestrel Capital said.",
			[]string{"investedIn(link-partners,granite-labs)"}},
		{"not the seller's own stake", "Acme Telecom sold a 40% stake in Granite Labs to Kestrel Capital.",
			[]string{"investedIn(kestrel,granite-labs)"}},
	})
}

// TestRound45ShareholderInTwo: a copula holder of two companies with the
// preposition repeated holds both, over an apposition on the first
// ("has become a shareholder in Y, the US GPU cloud, and in Z, the AI
// search start-up"). Near miss: "and in" a place is no second holding.
func TestRound45ShareholderInTwo(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"in Y, desc, and in Z", "Kestrel Capital has also become a shareholder in Granite Labs, the US GPU cloud, and in Orbitra Networks, the AI search start-up.",
			[]string{"investedIn(kestrel,granite-labs)", "investedIn(kestrel,orbitra)"}},
		// near miss
		{"and in a country", "Kestrel Capital has become a shareholder in Granite Labs, and in Canada it plans more.",
			[]string{"investedIn(kestrel,granite-labs)"}},
	})
}

// TestRound45NewShares: a purchase of a company's shares with a modifier
// before the company ("$2 billion of new Y shares") is an investment in
// it, as "of Y shares" is. Near miss: the same words after a verb that
// buys nothing ("sold $2 billion of new Y shares to the market").
func TestRound45NewShares(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"of new shares", "Kestrel Capital agreed to buy $2 billion of new Granite Labs shares at $23 apiece.",
			[]string{"investedIn(kestrel,granite-labs) modality=planned"}},
		// near miss
		{"sold new shares", "Kestrel Capital sold $2 billion of new Granite Labs shares to the market.",
			[]string{}},
	})
}

// TestRound45OtherShareBelongs: the rest of a company's shares named with
// its size ("The other 31 percent belongs to B", "the remaining 25 per
// cent belongs to B") after the sentence that gave one holder's share
// makes B a holder of the same company, as "the other half" does. Near
// miss: with no investment stated just before, "the other 31 percent"
// names nothing.
func TestRound45OtherShareBelongs(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"the other N percent", "Granite Labs is 69 percent owned by Acme Telecom, the holding company of a family. The other 31 percent belongs to Kestrel Capital, a fund.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(kestrel,granite-labs)"}},
		{"the remaining N per cent", "Kestrel Capital bought 75 per cent of Granite Labs. The remaining 25 per cent belongs to Orbitra Networks.",
			[]string{"investedIn(kestrel,granite-labs)", "investedIn(orbitra,granite-labs)"}},
		// near miss
		{"no share before", "Granite Labs sells fibre. The other 31 percent belongs to Kestrel Capital.",
			[]string{}},
	})
}

// TestRound45OwnersAmongThem: a company's holders listed after its holder
// noun with "among them" or "including" hold it ("Y's owners, among them
// A and B, will sell their stakes"), as an apposition after the noun
// does. Near miss: a list of customers after a noun that holds nothing.
func TestRound45OwnersAmongThem(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"owners, among them", "Granite Labs's owners, among them Acme Telecom and Kestrel Capital, will sell their stakes to Orbitra Networks at closing.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(kestrel,granite-labs)"}},
		{"shareholders, including", "Granite Labs's shareholders, including Acme Telecom and Kestrel Capital, approved the deal.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(kestrel,granite-labs)"}},
		// near miss
		{"customers, among them", "Granite Labs's customers, among them Acme Telecom and Kestrel Capital, renewed their contracts.",
			[]string{}},
	})
}

// TestRound45TransferredStake: "transferred" is the verb "transfer" (an
// unknown verb's doubled consonant is undone), and a transfer of the
// seller's own part or stake to a buyer reads as a sale: the buyer holds
// it, the seller held it. Near miss: "transferred 200 engineers to B"
// transfers no part of a company.
func TestRound45TransferredStake(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"its percent of Y to B", "In November 2021 Acme Telecom transferred its 82.8 percent of Granite Labs to Kestrel Capital.",
			[]string{"investedIn(kestrel,granite-labs) date=2021-11", "investedIn(acme-telecom,granite-labs) date=2021-11 modality=past"}},
		{"its stake in Y to B", "Acme Telecom transferred its stake in Granite Labs to Kestrel Capital.",
			[]string{"investedIn(kestrel,granite-labs)", "investedIn(acme-telecom,granite-labs) modality=past"}},
		// near miss
		{"engineers", "Acme Telecom transferred 200 engineers to Kestrel Capital.",
			[]string{}},
	})
}

// TestRound45PurchaseOfPart: a part of a company as the object of a
// purchase noun a completing verb governs is the buyer's holding ("A has
// completed its $2.74 billion purchase of 55 percent of Y"), and a seller
// after "from" held it; a purchase only agreed leaves the seller's
// holding untold. Near miss: a part of what the company owns ("55 percent
// of Y's towers") is no holding in it.
func TestRound45PurchaseOfPart(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"completed purchase from its parent", "Acme Telecom has completed its $2.74 billion purchase of 55 percent of Granite Labs from its own parent, Kestrel Capital.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$2.74 billion", "investedIn(kestrel,granite-labs) modality=past"}},
		{"purchase agreed", "Acme Telecom agreed the purchase of 55 percent of Granite Labs from Kestrel Capital.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		// near miss
		{"a part of what Y owns", "Acme Telecom completed the purchase of 55 percent of Granite Labs's towers.",
			[]string{}},
	})
}

// TestRound45AppointedPossessiveTitle: a participle before an
// organisation's possessive title in an apposition tells the post ("P,
// appointed Y's chief executive when the deal closed, resigned"), as
// "then" and "once" do. Near miss: "appointed Y's adviser" is no post the
// rule reads.
func TestRound45AppointedPossessiveTitle(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"appointed", "Jane Park, appointed Granite Labs's chief executive when the deal closed, said sales rose.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		{"newly named", "Jane Park, newly named Granite Labs's chief executive, said sales rose.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		// near miss
		{"adviser", "Jane Park, appointed Granite Labs's adviser when the deal closed, said sales rose.",
			[]string{}},
	})
}

// TestRound45PricedJointThing: two parties that make one thing whose
// price stands between the determiner and the noun ("plan to build a
// $200 million artificial intelligence centre") are partners, as with
// an unpriced one. Near miss: a priced plural ("$2 billion data centres")
// is each party's own.
func TestRound45PricedJointThing(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"priced one thing", "Acme Telecom and Kestrel Capital plan to build a $200 million artificial intelligence centre in Surakarta.",
			[]string{"partnerOf(acme-telecom,kestrel) modality=planned"}},
		// near miss
		{"priced plural", "Acme Telecom and Kestrel Capital plan to build $2 billion of data centres in Surakarta.",
			[]string{}},
	})
}

// TestRound45PronounFounder: "he" or "she" that stands for a person may
// found a company ("He left the board in 2018, and in the same year he
// founded Y"), as the person's name does. Near miss: "it" for an
// organisation stays no founder (an organisation's pronoun is too often
// another's).
func TestRound45PronounFounder(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"she founded", "Jane Park left the Acme Telecom board in 2018. In the same year she founded Granite Labs, a wireless research start-up.",
			[]string{"foundedBy(granite-labs,jane-park)"}},
		// near miss
		{"it founded", "Acme Telecom sold its towers in 2018. In the same year it founded Granite Labs, a wireless research start-up.",
			[]string{"founded(granite-labs)"}},
	})
}

// TestRound45FoundedAfterDescription: a relative clause on a definite
// description in apposition to a company ("Y, the San Diego chipmaker that
// his father P co-founded in 1985") founds the company before the
// description. Near misses: a description that follows no name ("the
// chipmaker that P co-founded") names no company to found, and "helped
// launch" a group stays the launch rules' (a dated launch only).
func TestRound45FoundedAfterDescription(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"description then relative", "Before that she led Granite Labs, the San Diego chipmaker that her father Omar Haddad co-founded in 1985, as chief executive.",
			[]string{"founded(granite-labs) date=1985", "foundedBy(granite-labs,omar-haddad)"}},
		// near misses
		{"no name before", "She led the chipmaker that Omar Haddad co-founded in 1985.",
			[]string{}},
		{"a group launched", "The forum complements the Link Forum, the radio-focused group that Acme Telecom and Orbitra Networks helped launch, a spokesman said.",
			[]string{"foundingMember(acme-telecom,link-forum)", "foundingMember(orbitra,link-forum)"}},
	})
}

// TestRound45ReducedRelativeOnDescription: a participle after a
// description the mention layer linked to the name before it ("Y, the
// South African group controlled by A, is led by chief executive P") is a
// reduced relative inside the apposition, so the verb after it is Y's.
// Near miss: a verb after the apposition's closing comma is Y's own
// ("Y, the South African group, controlled the towers of A").
func TestRound45ReducedRelativeOnDescription(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"controlled by in the apposition", "Granite Labs, the South African group controlled by Acme Telecom, is led by chief executive Jane Park.",
			[]string{"headquarteredIn(granite-labs,ZA)", "investedIn(acme-telecom,granite-labs)", "ceoOf(jane-park,granite-labs)"}},
		// near miss
		{"a finite verb after the apposition", "Granite Labs, the South African group, controlled the towers of Acme Telecom until 2020.",
			[]string{"headquarteredIn(granite-labs,ZA)"}},
	})
}

// TestRound45HeldByOwners: a company "held by" two owners or more, or one
// that "has been owned/held by" them, is owned by each, as "is owned by A
// and B" is. Near miss: one owner after "held by" may have bought it
// outright, which the writers leave ambiguous.
func TestRound45HeldByOwners(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"has been held by", "Granite Labs has been held by Acme Telecom and the Swedish investor Kestrel Capital since a buyout in 2020.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2020", "investedIn(kestrel,granite-labs) date=2020", "headquarteredIn(kestrel,SE)"}},
		{"is held by", "Granite Labs is held by Acme Telecom and Kestrel Capital.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(kestrel,granite-labs)"}},
		// near miss
		{"one owner", "Granite Labs is held by Acme Telecom.",
			[]string{}},
	})
}

// TestRound45EachHolds: owners that "each" hold a share hold the one
// company the sentence names besides them, or the one after "of": the
// antecedent list of "which each", or the list of the clause before a
// colon or semicolon that "each" opens. Near misses: "each" with no share
// ("each holds talks") and a share of something else ("50% of the
// market").
func TestRound45EachHolds(t *testing.T) {
	reg := mustRegister(t, "round45.yaml", round45Register)
	runNewsWith(t, reg, []newsCase{
		{"which each hold", "Granite Labs answers to a shareholder register led by Acme Telecom and Kestrel Capital, which each hold about 35% of the company.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(kestrel,granite-labs)"}},
		{"after a semicolon", "Acme Telecom and Kestrel Capital took the chain Granite Labs private; each now holds half of it.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(kestrel,granite-labs)"}},
		// near misses
		{"no share", "Acme Telecom and Kestrel Capital looked at Granite Labs; each holds talks with banks.",
			[]string{}},
		{"a share of the market", "Acme Telecom and Kestrel Capital compete with Granite Labs; each holds 30% of the market.",
			[]string{}},
	})
}
