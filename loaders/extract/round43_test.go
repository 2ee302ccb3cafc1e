package extract_test

import (
	"testing"
)

const round43Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  orbitra: {name: Orbitra Networks, type: company}
  kestrel: {name: Kestrel Capital, type: company}
  borealis: {name: Borealis Partners, type: company}
  granite-labs: {name: Granite Labs, type: company}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  link-forum: {name: Link Forum, type: alliance}
  zeta: {name: zeta Group, type: company}
  oicc: {name: Orbis Integrated Communications Company, type: company}
  DE: {name: Germany, type: country}
  AT: {name: Austria, type: country}
`

// TestRound43ApposDropped: a company's description between commas does
// not hide the rest of its clause from the verb: "sold 51 percent of Y,
// its mast business in Germany and Austria, to A and B" is read as "sold
// 51 percent of Y to A and B" (clause_appos_drop.go), and "its" there is
// the seller's, not the buyers' (invest_guard.go). Near misses: the
// investor's own unit ("A invested in Y, its mast business") is no
// investment, and a person's description (a title) is not dropped.
func TestRound43ApposDropped(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"sold part of Y, its unit, to A and B", "Acme Telecom sold 51 percent of Orbitra Networks, its mast business in Germany and Austria, to Kestrel Capital and Borealis Partners in a deal that valued the unit at 17.5 billion euros.",
			[]string{"investedIn(kestrel,orbitra)", "investedIn(borealis,orbitra)"}},
		{"has run Y, a description, since", "Jane Park has run Orbitra Networks, the network unit of Acme Telecom, since 2016.",
			[]string{"ceoOf(jane-park,orbitra)"}},
		// near misses
		{"the investor's own unit", "Acme Telecom invested in Orbitra Networks, its mast business.",
			[]string{}},
		{"a person's title between commas", "The Link Forum met in Paris. Acme Telecom and Orbitra Networks sent delegates. The board elected Jane Park, president of Granite Labs, as its chairman.",
			[]string{"chairmanOf(jane-park,link-forum)"}},
	})
}

// TestRound43TalksToSell: a stake only talked about ("entered exclusive
// talks to sell half of Y to A", "is in talks to buy") is no investment,
// as the writers of five read splits annotate it. Near miss: a sale
// agreed is a planned stake.
func TestRound43TalksToSell(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"entered exclusive talks to sell", "Acme Telecom entered exclusive talks to sell half of Orbitra Networks to Kestrel Capital.",
			[]string{}},
		{"in talks to buy", "Kestrel Capital is in talks to buy a 20% stake in Orbitra Networks.",
			[]string{}},
		// near miss
		{"agreed to sell", "Acme Telecom agreed to sell half of Orbitra Networks to Kestrel Capital.",
			[]string{"investedIn(kestrel,orbitra) modality=planned"}},
	})
}

// TestRound43CopulaOpener: "the company's chief executive" after a
// sentence opened by "X was founded ..." is X's, not the article's topic.
// Near miss: an investor that opens an active clause does not take it
// from the topic.
func TestRound43CopulaOpener(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"X was founded by P. P is the company's chief executive", "Kestrel Capital said it had invested in Orbitra Networks. Neither side disclosed how large a stake the investor now holds. Orbitra Networks was founded in 2021 by a group of former Granite Labs researchers led by Jane Park. Jane Park is the company's chief executive.",
			[]string{"investedIn(kestrel,orbitra)", "founded(orbitra) date=2021", "ceoOf(jane-park,orbitra)"}},
		// near miss
		{"an investor opens an active clause", "Orbitra Networks raised $20 million on Monday. Kestrel Capital led the round. Jane Park, the company's chief executive, said the money would go into chips.",
			[]string{"investedIn(kestrel,orbitra)", "ceoOf(jane-park,orbitra)"}},
	})
}

// TestRound43Denials: a stake or a partnership that the clause denies
// states nothing: "holds no Y shares", "have signed no commercial
// agreement", "nothing announced so far involves A buying shares in Y";
// and a contract won from a customer is no money raised from an
// investor. Near misses: the same clauses without the denial.
func TestRound43Denials(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"holds no Y shares", "Kestrel Capital is missing from the list: it holds no Orbitra shares and relies on Granite Labs for its own service.",
			[]string{}},
		{"signed no commercial agreement", "Acme Telecom said it saw itself as a long-term partner to Granite Labs, although the two operators have signed no commercial agreement.",
			[]string{}},
		{"A and B have signed no agreement", "Acme Telecom and Granite Labs have signed no commercial agreement.",
			[]string{}},
		{"A has signed no agreement with B", "Acme Telecom has signed no agreement with Granite Labs.",
			[]string{}},
		{"nothing involves A buying shares in Y", "Neither company has said how the money will be split, and nothing announced so far involves Kestrel Capital buying shares in Orbitra Networks.",
			[]string{}},
		{"a contract won from a customer", "Orbitra Networks, which won a $6.6 billion network contract from Acme Telecom in 2020, was not part of the award.",
			[]string{}},
		// near misses
		{"holds Y shares", "Kestrel Capital holds Orbitra shares.",
			[]string{"investedIn(kestrel,orbitra)"}},
		{"A and B have signed an agreement", "Acme Telecom and Granite Labs have signed a commercial agreement.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"A has signed an agreement with B", "Acme Telecom has signed an agreement with Granite Labs.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"funding raised from an investor", "Orbitra Networks won $6.6 billion in funding from Acme Telecom.",
			[]string{"investedIn(acme-telecom,orbitra) amount=$6.6 billion"}},
	})
}

// TestRound43BoardOfEarlierClause: "the board" after an earlier clause
// naming one company is that company's board, not the article's topic's.
// Near miss: with two companies named before it, the topic keeps it.
func TestRound43BoardOfEarlierClause(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"P has run X since ...; the board has been chaired by Q", "Kestrel Capital owns 50% of Acme Telecom. Jane Park has run Acme Telecom since June 2021; the board has been chaired since October 2021 by Omar Haddad.",
			[]string{"investedIn(kestrel,acme-telecom)", "ceoOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,acme-telecom)"}},
		// near miss
		{"two companies before the board", "Kestrel Capital owns 50% of Acme Telecom. Jane Park has run Acme Telecom and Orbitra Networks since June 2021; the board has been chaired since October 2021 by Omar Haddad.",
			[]string{"investedIn(kestrel,acme-telecom)", "chairmanOf(omar-haddad,kestrel)"}},
	})
}

// TestRound43CountryPossessiveOffice: "Indonesia's communications
// minister P" is a person holding an office, no company of Indonesia;
// "China's operators join X" has a verb between the possessive and X.
// Near miss: "Indonesia's largest operator X" is X's country.
func TestRound43CountryPossessiveOffice(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"N's communications minister P", "Indonesia's communications minister Budi Setiadi said this week that the centre would open in 2026.",
			[]string{}},
		{"N's operators join X", "China's operators join Link Forum",
			[]string{}},
		// near miss
		{"N's largest operator X", "Indonesia's largest operator Acme Telecom said this week that the centre would open in 2026.",
			[]string{"headquarteredIn(acme-telecom,ID)"}},
	})
}

// TestRound43TitleLists: a coordinated list of titles holds each post it
// names ("P, X's founder, chairman and chief executive"; "The president
// and chief executive of X, P"), and "X did D under then chief executive
// P" names X's chief executive then. Near misses: a deputy chairman and a
// chief operating officer hold neither post; another clause's subject
// does not take the chief executive.
func TestRound43TitleLists(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"P, X's founder, chairman and chief executive", "Jane Park, Acme Telecom's founder, chairman and chief executive, tied the purchase to computing power.",
			[]string{"ceoOf(jane-park,acme-telecom)", "chairmanOf(jane-park,acme-telecom)", "foundedBy(acme-telecom,jane-park)"}},
		{"P, X's president and CEO", "Omar Haddad, Acme Telecom's president and CEO, said the deal was done.",
			[]string{"ceoOf(omar-haddad,acme-telecom)"}},
		{"The president and chief executive of X, P", "The president and chief executive of Acme Telecom, Jane Park, said the deal was done.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"under then chief executive P", "Acme Telecom set up its venture arm, Orbitra Networks, in 2011 under then chief executive Jane Park.",
			[]string{"ceoOf(jane-park,acme-telecom) modality=past", "founded(orbitra) date=2011", "foundedBy(orbitra,acme-telecom)"}}, // (the founding since round 45)
		// near misses
		{"a deputy chairman and COO", "Omar Haddad, Acme Telecom's deputy chairman and chief operating officer, said the deal was done.",
			[]string{}},
		{"another clause's subject", "Orbitra Networks was one of the founders of the Link Forum, and its owner, Acme Telecom, is pursuing its own projects under chief executive Jane Park.",
			[]string{"foundingMember(orbitra,link-forum)"}},
	})
}

// TestRound43GappedOf: "chief executive of A from 2015, of B from 2018
// and of C from 2020" holds the post at each; "the first chief executive
// of X" is X's chief executive. Near miss: another person's "of" phrase
// after a name is no gapped post.
func TestRound43GappedOf(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"of A from ..., of B from ... and of C from ...", "Jane Park was chief executive of Granite Labs from 2015, of Orbitra Networks from 2018 and of Acme Telecom from 2020.",
			[]string{"ceoOf(jane-park,granite-labs)", "ceoOf(jane-park,orbitra)", "ceoOf(jane-park,acme-telecom)"}},
		{"the first chief executive of X", "Jane Park, the first chief executive of Acme Telecom, stepped down in 2023.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		// near miss
		{"another person's of phrase", "Jane Park, chief executive of Granite Labs, and Omar Haddad of Orbitra Networks met in Paris.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
	})
}

// TestRound43CoordPassive: a bare participle coordinated after a passive
// ("is chaired by P and run by Q", "was founded by P and backed by B")
// is passive too, with the first verb's subject. Near miss: an active
// verb after "and" keeps its own voice.
func TestRound43CoordPassive(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"chaired by P and run by Q", "Acme Telecom is chaired by Omar Haddad and run by group chief executive Jane Park.",
			[]string{"chairmanOf(omar-haddad,acme-telecom)", "ceoOf(jane-park,acme-telecom)"}},
		{"set up in 2020 and backed by B", "Orbitra Networks was set up in 2020 and backed by Kestrel Capital.",
			[]string{"founded(orbitra) date=2020", "investedIn(kestrel,orbitra) date=2020"}},
		// near miss
		{"an active verb after and", "Orbitra Networks was set up in 2020 and backed Granite Labs in 2022.",
			[]string{"founded(orbitra) date=2020", "investedIn(orbitra,granite-labs) date=2020"}},
	})
}

// TestRound43MemberPersonItems: a member list whose items are people with
// their organisations names the organisations ("Its founding members are
// P, chief executive of A, and Q, chairman of B", "Members include P of
// A and Q of B"), and "P, chairman of A; and C" is no title at C. Near
// misses: people with no organisation, and a board's members, are no
// members of the group.
func TestRound43MemberPersonItems(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"founding members are P, title of A, and Q, title of B", "The Link Forum was launched in 2024. Its founding members are Jane Park, chief executive of Acme Telecom, and Omar Haddad, chairman of Orbitra Networks.",
			[]string{"founded(link-forum) date=2024", "ceoOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,orbitra)", "foundingMember(acme-telecom,link-forum)", "foundingMember(orbitra,link-forum)"}},
		{"members include P of A and Q of B", "The Link Forum met in Paris. Members include Jane Park of Acme Telecom and Omar Haddad of Orbitra Networks.",
			[]string{"memberOf(acme-telecom,link-forum)", "memberOf(orbitra,link-forum)"}},
		{"P, title of A; Q, title of B; and C", "The Link Forum was launched in 2024. Its founding members are Jane Park, chief executive of Acme Telecom; Omar Haddad, chairman of Orbitra Networks; and Granite Labs.",
			[]string{"founded(link-forum) date=2024", "ceoOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,orbitra)", "foundingMember(acme-telecom,link-forum)", "foundingMember(orbitra,link-forum)", "foundingMember(granite-labs,link-forum)"}},
		// near misses
		{"people with no organisation", "The Link Forum met in Paris. Its members are Jane Park and Omar Haddad.",
			[]string{}},
		{"a board's members", "The Link Forum met in Paris. Its board members are Jane Park of Acme Telecom and Omar Haddad of Orbitra Networks.",
			[]string{}},
	})
}

// TestRound43LowerBrands: a name written in lower case is a name when the
// article introduces it ("Orbis Integrated Communications Company, the
// operator known as orb,") or the register starts a name with it ("zeta
// Group"), and it may open a sentence. Near miss: a lower-case word after
// a full stop is no new sentence otherwise.
func TestRound43LowerBrands(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"the operator known as orb", "Shares in Orbis Integrated Communications Company, the operator known as orb, began trading on Tuesday. orb's chief executive, Jane Park, said trading could open the way. She has run orb since June 2021.",
			[]string{"ceoOf(jane-park,oicc)"}},
		{"zeta opens a sentence", "Zeta's rival Acme Telecom grew. Last year zeta Group bought 9.9% of Orbitra Networks. zeta, which is 64% owned by Kestrel Capital, said it wanted no control.",
			[]string{"investedIn(zeta,orbitra) date=2024", "investedIn(kestrel,zeta)"}},
		// near miss
		{"a lower-case word after a full stop", "Acme Telecom bought 9.9% of Orbitra Networks in Jan. and closed the deal in March.",
			[]string{"investedIn(acme-telecom,orbitra)"}},
	})
}

// TestRound43VentureOwners: "the two groups" inside the description of a
// joint venture named just before it are the sentence's two other
// organisations acting together. Near miss: an organisation named in a
// relative clause ("which counts B among its customers") is no owner.
func TestRound43VentureOwners(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"A buys with B through Y, the joint venture the two groups set up", "Acme Telecom buys equipment with Kestrel Capital through Orbitra Networks, the procurement joint venture the two groups set up in 2011.",
			[]string{"jointVenture(acme-telecom,kestrel)", "founded(orbitra) date=2011"}},
		// near miss
		{"a customer in a relative clause", "Acme Telecom said it had signed a partnership with Granite Labs. Acme Telecom, which counts Kestrel Capital among its largest customers, has put money into Orbitra Networks, the venture the two companies set up in February.",
			[]string{"partnerOf(acme-telecom,granite-labs)", "investedIn(acme-telecom,orbitra)", "jointVenture(acme-telecom,granite-labs)"}},
	})
}

// TestRound43FractionsAndOpeners: "a fifth of Y" and "a tenth of Y" are
// parts of Y; after "X's venture arm, Y, has
// become ...", the next sentence's "its" and "it" are Y's, and "it" after
// an opening phrase holding "its" is that "its"'s entity, not a name
// inside the phrase. Near miss: "a fifth of its revenue" is no stake.
func TestRound43FractionsAndOpeners(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"bought about a fifth of Y", "In May Acme Telecom also bought about a fifth of Orbitra Networks for around 22 billion won.",
			[]string{"investedIn(acme-telecom,orbitra)"}},
		{"holds a tenth of Y", "Kestrel Capital sold a tenth of Orbitra Networks to Granite Labs.",
			[]string{"investedIn(granite-labs,orbitra)"}},
		{"X's venture arm, Y; beyond its stake in A, it led B's round", "Acme Telecom's venture arm, Kestrel Capital, has become one of Europe's busiest investors. Beyond its stake in Orbitra Networks, it led Granite Labs' 2024 seed round.",
			[]string{"investedIn(kestrel,orbitra) date=2024", "investedIn(kestrel,granite-labs)"}},
		// near miss
		{"a fifth of its revenue", "Acme Telecom spends about a fifth of its revenue on Orbitra Networks.",
			[]string{}},
	})
}

// TestRound43Evasive: a question left unanswered ("declined to say
// whether it would join X") and a denied intention ("denied it would
// invest in Y") state nothing. Near miss: the fact told before the
// evasion in another clause stands.
func TestRound43Evasive(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"declined to say whether it would join", "Acme Telecom declined to say whether it would join the Link Forum.",
			[]string{}},
		{"denied it would invest", "Acme Telecom denied it would invest in Orbitra Networks.",
			[]string{}},
		// near miss
		{"joined, but declined to say whether", "Acme Telecom joined the Link Forum in May, but declined to say whether it would invest in Orbitra Networks.",
			[]string{"memberOf(acme-telecom,link-forum)"}},
	})
}

// TestRound43ButNot: "A, B and C, but not D, joined X" names A, B and C
// as members and D as none. Near miss: with no exclusion every name of
// the list joined.
func TestRound43ButNot(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"A, B and C, but not D, joined X", "Acme Telecom, Orbitra Networks and Granite Labs, but not Kestrel Capital, joined the Link Forum.",
			[]string{"memberOf(acme-telecom,link-forum)", "memberOf(orbitra,link-forum)", "memberOf(granite-labs,link-forum)"}},
		// near miss
		{"A, B, C and D joined X", "Acme Telecom, Orbitra Networks, Granite Labs and Kestrel Capital joined the Link Forum.",
			[]string{"memberOf(acme-telecom,link-forum)", "memberOf(orbitra,link-forum)", "memberOf(granite-labs,link-forum)", "memberOf(kestrel,link-forum)"}},
	})
}

// TestRound43GetsStake: "A will get a 1.6% stake in Y" and "A received a
// minority stake in Y" are A's stakes, as "A took a stake in Y" is. Near
// miss: "A got no stake in Y" states none.
func TestRound43GetsStake(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"will get a N% stake in Y", "In return Kestrel Capital will get a 1.6% stake in Orbitra Networks.",
			[]string{"investedIn(kestrel,orbitra) modality=planned"}},
		{"received a minority stake in Y", "Kestrel Capital received a minority stake in Orbitra Networks as part of the deal.",
			[]string{"investedIn(kestrel,orbitra)"}},
		// near miss
		{"got no stake in Y", "Kestrel Capital got no stake in Orbitra Networks.",
			[]string{}},
	})
}

// TestRound43ParenAside: a description or relative clause in brackets
// after a name reads as one between commas: "sold 51 percent of Y (its
// mast business) to B", "A (which owns 10% of B) invested in Y". Near
// miss: an alias in brackets stays an alias.
func TestRound43ParenAside(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"Y (its mast business) to B", "Acme Telecom sold 51 percent of Orbitra Networks (its mast business) to Kestrel Capital.",
			[]string{"investedIn(kestrel,orbitra)"}},
		{"A (which owns 10% of B) invested in Y", "Kestrel Capital (which owns 10% of Granite Labs) invested in Orbitra Networks.",
			[]string{"investedIn(kestrel,orbitra)", "investedIn(kestrel,granite-labs)"}},
		// near miss
		{"an alias in brackets", "Kestrel Capital (KC) invested in Orbitra Networks. KC also backs Granite Labs.",
			[]string{"investedIn(kestrel,orbitra)", "investedIn(kestrel,granite-labs)"}},
	})
}

// TestRound43AsWellAs: "as well as" coordinates list items as "and" does
// ("A as well as B invested in Y"). Near miss: a single name before "as
// well as" a description is no list.
func TestRound43AsWellAs(t *testing.T) {
	reg := mustRegister(t, "round43.yaml", round43Register)
	runNewsWith(t, reg, []newsCase{
		{"A as well as B invested in Y", "Acme Telecom as well as Orbitra Networks invested in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(orbitra,granite-labs)"}},
		// near miss
		{"as well as a description", "Acme Telecom invested in Granite Labs as well as in its own research.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}
