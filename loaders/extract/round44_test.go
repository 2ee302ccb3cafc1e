package extract_test

import (
	"testing"
)

const round44Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  orbitra: {name: Orbitra Networks, type: company}
  kestrel: {name: Kestrel Capital, type: company}
  granite-labs: {name: Granite Labs, type: company}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  lena-berg: {name: Lena Berg, type: person}
  link-forum: {name: Link Forum, type: alliance}
`

// TestRound44StartedBy: people after "by" in a passive "started" found
// the company, as "founded by" does ("Y was started in 2012 by P and Q");
// "start" is no founding verb for organisations after "by" (an alliance
// "started by" two companies reads as before).
func TestRound44StartedBy(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"started by three people", "Granite Labs was started by Jane Park, Omar Haddad and Lena Berg, who bet that photonic chips would win.",
			[]string{"foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)", "foundedBy(granite-labs,lena-berg)"}},
		{"started in a year by two people", "Granite Labs was started in 2012 by Jane Park and Omar Haddad.",
			[]string{"founded(granite-labs) date=2012", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)"}},
		// near miss
		{"started selling", "Granite Labs started selling chips in 2012, Jane Park said.",
			[]string{}},
	})
}

// TestRound44OrganisationFounder: one organisation that sets up a company
// in the active voice is its founder, as the annotation guide asks since
// round 38 ("America Movil set up Sitios Latinoamerica in 2022"). Near
// misses: two organisations that set one up together are the joint
// venture rules' (they stay unread as founders here), and a founding only
// reported and then denied ("Not every rumour pans out: reports that A
// had co-founded Y were denied") states nothing.
func TestRound44OrganisationFounder(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"one organisation set up", "Acme Telecom set up Granite Labs in 2022 to hold its towers outside Mexico.",
			[]string{"founded(granite-labs) date=2022", "foundedBy(granite-labs,acme-telecom)"}},
		{"one organisation created", "Acme Telecom created Granite Labs in 2019 to house its digital businesses.",
			[]string{"founded(granite-labs) date=2019", "foundedBy(granite-labs,acme-telecom)"}},
		// near misses
		{"two organisations together", "Acme Telecom and Kestrel Capital set up Granite Labs in 2022.",
			[]string{"founded(granite-labs) date=2022"}},
		{"a founding reported, then denied after a colon", "Not every rumour pans out: reports that Acme Telecom had co-founded Granite Labs were denied by both companies.",
			[]string{}},
	})
}

// TestRound44ThenPossessiveTitle: "then" or "once" before a possessive
// title in an apposition tells a past post ("P, then Equinix's chief
// executive,", "Q, once Tele2's chief executive"), as before a title with
// "of" ("P, then chief executive of X"). Near miss: "once again" before a
// description is no title.
func TestRound44ThenPossessiveTitle(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"then X's chief executive", "Jane Park, then Acme Telecom's chief executive, called the region one of enormous potential.",
			[]string{"ceoOf(jane-park,acme-telecom) modality=past"}},
		{"once X's chief executive", "Acme Telecom's chairman is Omar Haddad, once Orbitra Networks' chief executive.",
			[]string{"chairmanOf(omar-haddad,acme-telecom)", "ceoOf(omar-haddad,orbitra) modality=past"}},
		{"once chief executive of X", "Omar Haddad, once chief executive of Acme Telecom, now advises start-ups.",
			[]string{"ceoOf(omar-haddad,acme-telecom) modality=past"}},
		// near miss
		{"once again a description", "Jane Park, once again Acme Telecom's best seller, spoke first.",
			[]string{}},
	})
}

// TestRound44RepeatedPreposition: a preposition repeated after "and"
// coordinates its objects ("has invested in A and in B", "raised $500
// million from A and from B"). Near miss: a description after the second
// item is that item's alone ("reuse code from A and from B, the project
// spearheaded by C": no list, so C leads B only).
func TestRound44RepeatedPreposition(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"invested in A and in B", "Kestrel Capital has invested in Granite Labs and in Orbitra Networks.",
			[]string{"investedIn(kestrel,granite-labs)", "investedIn(kestrel,orbitra)"}},
		{"raised from A and from B", "Granite Labs raised $500 million from Kestrel Capital and from Acme Telecom.",
			[]string{"investedIn(kestrel,granite-labs) amount=$500 million", "investedIn(acme-telecom,granite-labs) amount=$500 million"}},
		// near miss
		{"a description after the second item", "The group will reuse code from Granite Labs and from Orbitra Networks, the software project spearheaded by Acme Telecom.",
			[]string{"ledBy(orbitra,acme-telecom)"}},
	})
}

// TestRound44SecondVerbPhrase: "A paid N for a stake in X and put M into
// Y": X, a preposition's object before "and", is no investor in Y; the
// clause's subject A is, also across a description of X between commas
// ("X, a Seoul developer, and put"). Near miss: a subject list before the
// verb ("A and B invested $5m in Y") stays the investors.
func TestRound44SecondVerbPhrase(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"a stake in X and put into Y", "Acme Telecom paid 22.4 billion won for a stake in Granite Labs and put 15 billion won into Orbitra Networks.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=22.4 billion won", "investedIn(acme-telecom,orbitra) amount=15 billion won"}},
		{"across a description", "Acme Telecom has been busy abroad. Closer to home, it paid 22.4 billion won for a stake in Granite Labs, a Seoul developer, and put 15 billion won into Orbitra Networks, the maker of a chatbot.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=22.4 billion won", "investedIn(acme-telecom,orbitra) amount=15 billion won"}},
		// near miss
		{"a subject list", "Acme Telecom and Kestrel Capital invested $5 million in Orbitra Networks.",
			[]string{"investedIn(acme-telecom,orbitra) amount=$5 million", "investedIn(kestrel,orbitra) amount=$5 million"}},
	})
}

// TestRound44RelativeSecondPost: a person's relative clause with two verb
// phrases gives the post the second one names ("P, a Paraguayan who
// joined the group in 1995 and was most recently chief executive of Y,
// took over", "Q, who led A as CEO from 2015 and now chairs its board").
// Near miss: a second verb phrase with no post ("who joined A in 1995 and
// moved to Lisbon") gives none.
func TestRound44RelativeSecondPost(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"who joined and was most recently", "Jane Park, a Paraguayan who joined the group in 1995 and was most recently chief executive of Orbitra Networks, took over on June 1.",
			[]string{"ceoOf(jane-park,orbitra) modality=past"}},
		{"who led as CEO and now chairs its board", "He succeeded Omar Haddad, who led Acme Telecom as CEO from 2015 and now chairs its board.",
			[]string{"ceoOf(omar-haddad,acme-telecom)", "chairmanOf(omar-haddad,acme-telecom)"}},
		// near miss
		{"a second verb phrase with no post", "Jane Park, who joined Acme Telecom in 1995 and moved to Lisbon in 2001, spoke first.",
			[]string{}},
	})
}

// TestRound44AndItsRival: "A and its rival B" is a list of the two, as "A
// and its parent B" is ("A and its rival B are both members of X").
func TestRound44AndItsRival(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"and its rival", "Acme Telecom and its rival Orbitra Networks are both members of Link Forum.",
			[]string{"memberOf(acme-telecom,link-forum)", "memberOf(orbitra,link-forum)"}},
		{"and its biggest regional rival", "Acme Telecom and its biggest regional rival Orbitra Networks are both members of Link Forum.",
			[]string{"memberOf(acme-telecom,link-forum)", "memberOf(orbitra,link-forum)"}},
	})
}

// TestRound44Coordinates: an organisation that coordinates a consortium
// or hub leads it ("RWTH Aachen coordinates 6GEM", "X, which is coordinated
// by A"), as "leads" and "led by" do. Near miss: a person who coordinates
// one is no leading organisation.
func TestRound44Coordinates(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"coordinates X", "Granite Labs coordinates Link Forum, a regional research hub.",
			[]string{"ledBy(link-forum,granite-labs)"}},
		{"which is coordinated by", "The biggest hub is Link Forum, which is coordinated by Granite Labs in Berlin and receives 70 million euros.",
			[]string{"ledBy(link-forum,granite-labs)"}},
		// near miss
		{"a person coordinates", "Jane Park coordinates Link Forum's work on radio.",
			[]string{}},
	})
}

// TestRound44JointlyLead: after two names joined by "and", "lead", "head"
// and "co-chair" are verbs ("A and B jointly lead X"), and the two lead X;
// "jointly" there makes no partnership of the pair. Near miss: "lead" as
// a noun's modifier ("A and B lead investors") stays a noun.
func TestRound44JointlyLead(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"jointly lead", "In the east, Acme Telecom and Orbitra Networks jointly lead Link Forum, which concentrates on networks.",
			[]string{"ledBy(link-forum,acme-telecom)", "ledBy(link-forum,orbitra)"}},
		{"co-chair", "Acme Telecom and Orbitra Networks co-chair the Link Forum.",
			[]string{"ledBy(link-forum,acme-telecom)", "ledBy(link-forum,orbitra)"}},
		// near miss
		{"lead as a modifier", "Acme Telecom and Orbitra Networks named lead engineers for the Link Forum.",
			[]string{}},
	})
}

// TestRound44StakeWorth: a stake priced after its noun ("built a stake
// worth more than $1.5 billion in Y") is a stake in Y. Near miss: "no
// stake worth mentioning" is none.
func TestRound44StakeWorth(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"a stake worth N in Y", "Kestrel Capital disclosed in April that it had built a stake worth more than $1.5 billion in Granite Labs.",
			[]string{"investedIn(kestrel,granite-labs)"}},
		// near miss
		{"no stake worth mentioning", "Kestrel Capital has no stake worth mentioning in Granite Labs.",
			[]string{}},
	})
}

// TestRound44OfDescriptionItems: a list item's apposition whose head is a
// part or holder "of" something ("A, part of a media group, and B, the
// investment firm of a Mexican financier") keeps the list. Near miss: such
// an apposition before "and" and a new clause ("sold A, part of its fibre
// business, and B said it would bid") makes no list of A and B.
func TestRound44OfDescriptionItems(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"part of, and the firm of", "Acme Telecom's two largest shareholders are Kestrel Capital, part of a media group, and Orbitra Networks, the investment firm of a Mexican financier.",
			[]string{"investedIn(kestrel,acme-telecom)", "investedIn(orbitra,acme-telecom)"}},
		// near miss
		{"a new clause after and", "Acme Telecom sold Orbitra Networks, part of its fibre business, and Kestrel Capital said it would bid.",
			[]string{}},
	})
}

// TestRound44FirstChairedBy: "first" between a form of "be" and its
// participle is an adverb ("Its board was first chaired by P"), and the
// companies named after "by five operators," are a passive's agents, not
// the subject the next sentence's "its" continues: "X was formed in 2018
// by three operators, A, B and C. Its board was first chaired by P" makes
// P chair X. Near miss: "first" before a noun stays an adjective.
func TestRound44FirstChairedBy(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"was first chaired by, after a counted agent", "Link Forum was formed in 2018 by three operators, Acme Telecom, Orbitra Networks and Kestrel Capital. Its board was first chaired by Jane Park.",
			[]string{"founded(link-forum) date=2018", "foundingMember(acme-telecom,link-forum)", "foundingMember(orbitra,link-forum)", "foundingMember(kestrel,link-forum)", "chairmanOf(jane-park,link-forum)"}},
		// near miss
		{"first before a noun", "Jane Park was the first chair of Link Forum's radio group.",
			[]string{}},
	})
}

// TestRound44InvestorGuards: a people is no investor ("bars Americans
// from investing in Y"); the object of a relative clause closed by a
// comma is not the subject of the verb after it ("X, the holding company
// that owns the operator, agreed to invest $15m in Y" is X's); a deal
// reported close to being made is none ("was close to investing in Y");
// and a place that modifies the description before "in which" is not the
// investee ("Y, the New Jersey GPU cloud in which A holds a stake").
func TestRound44InvestorGuards(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"a people", "An executive order signed last year bars Americans from investing in Granite Labs.",
			[]string{}},
		{"a relative clause's object", "Acme Telecom is an operator. Orbitra Networks, the holding company that owns the operator, agreed to invest $15 million in Granite Labs.",
			[]string{"investedIn(orbitra,granite-labs) amount=$15 million modality=planned"}},
		{"close to investing", "In June Kestrel Capital was close to investing in Granite Labs and to preloading its software on phones.",
			[]string{}},
		{"a place in the description before in which", "Granite Labs rents out chips. The start-up's closest rival is Orbitra Networks, the New Jersey GPU cloud in which Kestrel Capital holds a stake.",
			[]string{"investedIn(kestrel,orbitra)"}},
		// near miss
		{"close to a share, not to a deal", "Kestrel Capital owns close to 30% of Granite Labs.",
			[]string{"investedIn(kestrel,granite-labs)"}},
	})
}

// TestRound44SubjectsRound: a round after "after" or "following" is the
// clause subject's round ("Y was valued at $14 billion after a $500
// million round led by A"), not the company the previous sentence was
// about. Near miss: with no company subject, the round stays the topic's
// ("The round was led by A" after a sentence about Y).
func TestRound44SubjectsRound(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"valued after a round led by", "Reports said Orbitra Networks was close to a deal. Granite Labs was valued at $14 billion after a $500 million round led by Kestrel Capital earlier this year.",
			[]string{"investedIn(kestrel,granite-labs)"}},
		// near miss
		{"the topic's round", "Granite Labs raised $50 million in March. The round was led by Kestrel Capital.",
			[]string{"investedIn(kestrel,granite-labs)"}},
	})
}

// TestRound44ItsBackers: a sentence-initial "Its backers include A and B"
// lists the investors of the company that opened the previous sentence,
// also in a digest's item whose heading names another company ("4. Acme
// buys into photonics").
func TestRound44ItsBackers(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"its backers under another company's heading", "4. Acme buys into photonics (December)\nAcme Telecom agreed to buy Granite Labs for $3.25 billion.\nGranite Labs was founded in 2020 by Jane Park. Its backers include Kestrel Capital and Orbitra Networks.",
			[]string{"founded(granite-labs) date=2020", "foundedBy(granite-labs,jane-park)", "investedIn(kestrel,granite-labs)", "investedIn(orbitra,granite-labs)"}},
	})
}

// TestRound44FounderInTitleList: a founder among a person's coordinated
// titles founded the company ("P, Y's chief executive and one of its
// co-founders", "P, Y's chief executive and a co-founder"). Near miss: a
// vice chairman in the list holds no chair.
func TestRound44FounderInTitleList(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"one of its co-founders", "Jane Park, Granite Labs' chief executive and one of its co-founders, says energy matters.",
			[]string{"ceoOf(jane-park,granite-labs)", "foundedBy(granite-labs,jane-park)"}},
		{"a co-founder", "Jane Park, Granite Labs' chief executive and a co-founder, said so.",
			[]string{"ceoOf(jane-park,granite-labs)", "foundedBy(granite-labs,jane-park)"}},
		// near miss
		{"vice chairman and a director", "Jane Park, Granite Labs' vice chairman and a director, said so.",
			[]string{}},
	})
}

// TestRound44DescriptionFoundedByPeople: a description that is the
// antecedent of a relative clause whose subject is people names the
// company they founded ("users for the San Francisco start-up, which P, Q
// and R founded in 2022"). Near miss: an organisation as the relative's
// subject founds through a description nothing (the description may be
// anything the organisation set up).
func TestRound44DescriptionFoundedByPeople(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"the start-up, which P, Q and R founded", "Granite Labs answers questions. Carriers have become one of the fastest routes to users for the San Francisco start-up, which Jane Park, Omar Haddad and Lena Berg founded in 2022.",
			[]string{"founded(granite-labs) date=2022", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)", "foundedBy(granite-labs,lena-berg)"}},
		// near miss
		{"an organisation's relative", "Granite Labs answers questions. Carriers have become one of the fastest routes to users for the San Francisco start-up, which Kestrel Capital founded in 2022.",
			[]string{}},
	})
}

// TestRound44TitleOfDescribedName: a title's organisation after a
// description that holds a country ("left to become chief executive of the
// Luxembourg satellite operator Y") is Y, and the country still gives Y's
// seat.
func TestRound44TitleOfDescribedName(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register+"  LU: {name: Luxembourg, type: country}\n")
	runNewsWith(t, reg, []newsCase{
		{"left to become chief executive of the described Y", "He took over from Omar Haddad, who left to become chief executive of the Luxembourg satellite operator Orbitra Networks.",
			[]string{"ceoOf(omar-haddad,orbitra)", "headquarteredIn(orbitra,LU)"}},
	})
}

// TestRound44SpentAs: "P has spent eight months as chief executive of Y"
// holds the post; "P spent two years as chairman of Y" held it. Near miss:
// money spent on Y is no post.
func TestRound44SpentAs(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"has spent N as", "Jane Park has now spent eight months as chief executive of Granite Labs, the group's cloud arm.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		{"spent N as, before", "Jane Park spent two years as chairman of Granite Labs before joining Acme Telecom.",
			[]string{"chairmanOf(jane-park,granite-labs) modality=past"}},
		// near miss
		{"money spent on", "Jane Park spent $5 million on Granite Labs.",
			[]string{}},
	})
}

// TestRound44RelativeAfterApposition: a relative clause that gives a post
// after a person's apposition is the person's ("P, A's president and chief
// operating officer, who was B's chief executive for a decade"). Near
// misses: after a list of people the relative is the last one's ("P, Q
// and R, who runs B": not P's), and a post at "its" is left to the
// original sentence.
func TestRound44RelativeAfterApposition(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"who was after an apposition", "Operations are overseen by Jane Park, Acme Telecom's president and chief operating officer, who was Orbitra Networks' chief executive for a decade.",
			[]string{"ceoOf(jane-park,orbitra) modality=past"}},
		// near miss
		{"the last of a list", "The ceremony drew Jane Park, Kestrel Capital adviser Omar Haddad and Lena Berg, who runs Orbitra Networks as its chief executive.",
			[]string{"ceoOf(lena-berg,orbitra)"}},
	})
}

// TestRound44TheyReported: "they" opening the clause a reporting verb
// takes are the verb's subject ("A and B said they would jointly develop
// X"), so the pair works together. Near miss: one company's "they" is no
// pair.
func TestRound44TheyReported(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"said they would jointly", "On October 13 Acme Telecom and Orbitra Networks said they would jointly develop and deploy 10 gigawatts of accelerators.",
			[]string{"partnerOf(acme-telecom,orbitra) modality=planned"}},
		// near miss
		{"one company's they", "Acme Telecom said they would jointly develop chips.",
			[]string{}},
	})
}

// TestRound44WithAsChairman: after a passive that names who runs an
// organisation, ", with Q as chairman" makes Q its chairman. Near miss:
// "with Q as a guest" is no title.
func TestRound44WithAsChairman(t *testing.T) {
	reg := mustRegister(t, "round44.yaml", round44Register)
	runNewsWith(t, reg, []newsCase{
		{"led by P, with Q as chairman", "Acme Telecom, controlled by the family of a tycoon, is led by chief executive Jane Park, with Omar Haddad as chairman.",
			[]string{"ceoOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,acme-telecom)"}},
		// near miss
		{"with Q as a guest", "Acme Telecom is run by Jane Park, with Omar Haddad as a guest.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}
