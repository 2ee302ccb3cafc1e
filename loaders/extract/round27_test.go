package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
)

// round27Register holds the fictional companies of round 27's tests.
const round27Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  granite-semiconductor: {name: Granite Semiconductor, type: company}
  jane-park: {name: Jane Park, type: person}
`

// TestRound27NameKind: a company neither the priors nor the article give a
// kind is of the kind its name says ("Granite Semiconductor" makes chips,
// "Acme Telecom" runs a network), so "the American chipmaker" after both
// is not the operator named first. Found on dev15's companion probes
// (probe26f: "The Korean carrier owns 51% and the American chipmaker
// 49%").
func TestRound27NameKind(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register)
	const open = "Acme Telecom and Granite Semiconductor signed a supply deal on Monday. "
	runNewsWith(t, reg, []newsCase{
		{"the American chipmaker is the Semiconductor", open + "The American chipmaker will ship its first chips in May.",
			[]string{"headquarteredIn(granite-semiconductor,US)"}},
		{"near miss: the Korean carrier is still the Telecom", open + "The Korean carrier will buy its first chips in May.",
			[]string{"headquarteredIn(acme-telecom,KR)"}},
	})
}

// TestRound27CountedSubsets: a counted plural that picks part of the last
// list. "the other four" is the list without the company the sentence
// named; "the first four" the list's first four; "the three signed" the
// last list of three, with a verb and no noun after the number (dev15:
// "SoftBank has now joined the Global Telco AI Alliance, which the other
// four formed", "The first four had launched the Global Telco AI Alliance
// in 2023", "In June the five signed an agreement ... to set up").
// Near miss: "the first four months" is a time, not four companies.
func TestRound27CountedSubsets(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register)
	const five = "Acme Telecom, Cobalt Mobile, Ion Cloud, Polar Compute and Helix Wireless signed an agreement in Oslo. "
	four := []string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
		"foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}
	runNewsWith(t, reg, []newsCase{
		{"the other four formed", five + "Helix Wireless has now joined the Open Edge Alliance, which the other four formed.",
			append([]string{"founded(open-edge-alliance)", "memberOf(helix-wireless,open-edge-alliance)"}, four...)},
		{"the first four had launched", five + "The first four had launched the Open Edge Alliance in 2023; Helix Wireless joined in May.",
			append([]string{"founded(open-edge-alliance) date=2023", "memberOf(helix-wireless,open-edge-alliance)"}, four...)},
		{"the three signed", "Acme Telecom, Cobalt Mobile and Ion Cloud met in Oslo. In June the three signed an agreement to set up the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: the first four months", "Acme Telecom, Cobalt Mobile and Ion Cloud met in Oslo. For the first four months the Open Edge Alliance had no members.", nil},
	})
}

// TestRound27USDollar: "US$6.6 billion" is read as "$6.6 billion" (the
// "US" was read as the country and broke the round), and the evidence
// keeps what the article wrote.
func TestRound27USDollar(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register)
	runNewsWith(t, reg, []newsCase{
		{"US$ round", "Acme Telecom took part in Ion Cloud's US$6.6 billion funding round last October.",
			[]string{"investedIn(acme-telecom,ion-cloud)"}},
		{"$ round", "Acme Telecom took part in Ion Cloud's $6.6 billion funding round last October.",
			[]string{"investedIn(acme-telecom,ion-cloud)"}},
	})
	f, err := extract.ExtractArticle("us.txt", []byte("source: https://x.test/1\ndate: 2025-06-12\n\nAcme Telecom took part in Ion Cloud's US$6.6 billion funding round last October.\n"), extract.ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Articles) != 1 || len(f.Articles[0].Facts) != 1 || f.Articles[0].Facts[0].Evidence != "Acme Telecom took part in Ion Cloud's US$6.6 billion funding round last October." {
		t.Fatalf("evidence not kept verbatim: %+v", f.Articles)
	}
}

// TestRound27CoordinatedViceTitle: each of two coordinated titles counts
// on its own, so a vice title beside a chief executive's states ceoOf
// (dev15: "Bader Al-Kharafi, Zain's vice-chairman and group CEO").
// Near misses: a vice title alone, or an executive vice-chairman.
func TestRound27CoordinatedViceTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"X's vice-chairman and group CEO", "Jane Park, Acme Telecom's vice-chairman and group CEO, said the deal would free up cash.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"vice chairman and chief executive of X", "Jane Park, vice chairman and chief executive of Acme Telecom, said the deal would free up cash.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"near miss: vice-chairman alone", "Jane Park, Acme Telecom's vice-chairman, said the deal would free up cash.", nil},
		{"near miss: executive vice-chairman", "Jane Park, executive vice-chairman of Acme Telecom, said the deal would free up cash.", nil},
	})
}

// TestRound27RankedNationalPlural: a rank word may stand between a
// counted plural's number and its nationality (dev15: "AT&T and Verizon,
// the two largest US operators, were not on the founding list"). Near
// miss: a rank word with no nationality after it states no country.
func TestRound27RankedNationalPlural(t *testing.T) {
	runNews(t, []newsCase{
		{"the two largest US operators", "Acme Telecom and Cobalt Mobile, the two largest US operators, were not on the founding list.",
			[]string{"headquarteredIn(acme-telecom,US)", "headquarteredIn(cobalt-mobile,US)"}},
		{"near miss: the two largest operators", "Acme Telecom and Cobalt Mobile, the two largest operators, were not on the founding list.", nil},
	})
}

// TestRound27DescriptionFormerName: a description followed by its own
// old name ("The Emirati group, formerly known as Etisalat," in dev2) is
// still the company named before it; the old name is no other company
// the description must differ from. Near miss: a company named later in
// the sentence in another role is still ruled out.
func TestRound27DescriptionFormerName(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register)
	const open = "Jane Park, chief executive of Acme Telecom, spoke in Oslo. "
	runNewsWith(t, reg, []newsCase{
		{"formerly known as", open + "The Norwegian group, formerly known as Acme Mobile, has been investing in cloud.",
			[]string{"ceoOf(jane-park,acme-telecom)", "headquarteredIn(acme-telecom,NO)"}},
		{"near miss: the company it bought", open + "The Norwegian group, a rival, has agreed to buy Acme Telecom.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}

// TestRound27JoinedInFounding: "A joined B, C and D in launching X"
// makes all four founders, as "A joined B in backing Y" makes both
// investors (dev15: "MGX joined BlackRock, Global Infrastructure Partners
// and Microsoft in launching the AI Infrastructure Partnership"). Near
// miss: a negated join founds nothing of A's or B's.
func TestRound27JoinedInFounding(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register)
	runNewsWith(t, reg, []newsCase{
		{"joined A, B and C in launching X", "In September Helix Wireless joined Acme Telecom, Cobalt Mobile and Ion Cloud in launching the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"near miss: did not join", "Helix Wireless did not join Acme Telecom in founding the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance)"}},
	})
}

// TestRound27MadeWith: a company that sets up, opens or runs a centre,
// lab or programme "with" named companies is their partner, as the
// corpus convention reads a convener's commitment "with" a list of
// parties (dev15: "In September T-Mobile US set up an AI-RAN Innovation
// Center with Nvidia, Ericsson and Nokia"). Near misses: a customer, a
// negated verb, an alliance set up (founders, not partners), and "it" as
// the convener (round 28: not the "it" a reporting verb opens, "X said it
// runs a lab with", which names the reporter; TestRound28Partnerships).
func TestRound27MadeWith(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register)
	runNewsWith(t, reg, []newsCase{
		{"set up a named centre with A, B and C", "In September Acme Telecom set up an AI-RAN Innovation Center with Cobalt Mobile, Ion Cloud and Helix Wireless to work on radio networks.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,helix-wireless)", "partnerOf(acme-telecom,ion-cloud)"}},
		{"runs a lab with A and B", "Acme Telecom runs an AI lab with Cobalt Mobile and Ion Cloud.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)"}},
		{"near miss: a customer", "Acme Telecom opened a new AI centre with Cobalt Mobile as its first customer.", nil},
		{"near miss: negated", "Acme Telecom did not open an AI lab with Cobalt Mobile.", nil},
		{"near miss: it as the convener", "Helix Wireless grew fast in 2024, and it runs an AI lab with Cobalt Mobile and Ion Cloud.", nil},
	})
}

// TestRound27CoordinatedRounds: "took part in A's round and in B's round"
// puts the subject in both rounds (dev15: "The fund took part in OpenAI's
// $6.6 billion funding round in October 2024 and in xAI's $6 billion
// round two months later"). Near miss: "but not in B's round".
func TestRound27CoordinatedRounds(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register)
	runNewsWith(t, reg, []newsCase{
		{"and in B's round", "Helix Wireless took part in Acme Telecom's $6.6 billion funding round in October and in Ion Cloud's $6 billion round two months later.",
			[]string{"investedIn(helix-wireless,acme-telecom)", "investedIn(helix-wireless,ion-cloud)"}},
		{"near miss: but not in B's round", "Helix Wireless took part in Acme Telecom's funding round in October but not in Ion Cloud's round.",
			[]string{"investedIn(helix-wireless,acme-telecom)"}},
	})
}

// TestRound27FundDescription: "the fund" and "the investor" are company
// descriptions, for a company known to invest (by the priors, its name or
// the article), the one the article names most: in an explainer about a
// fund, "The fund took part in A's round" is that fund, not the company
// named last. Near miss: with no investor in reach, "the fund" is none.
func TestRound27FundDescription(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register+`  larch-capital: {name: Larch Capital, type: company}
  tarn-ventures: {name: Tarn Ventures, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the fund is the investor named most", "Larch Capital was set up in 2024. Larch Capital invests in AI. Larch Capital backed Tarn Ventures and Cobalt Mobile. Cobalt Mobile is a start-up. The fund took part in Ion Cloud's funding round in October.",
			[]string{"founded(larch-capital) date=2024", "investedIn(larch-capital,cobalt-mobile)", "investedIn(larch-capital,ion-cloud)", "investedIn(larch-capital,tarn-ventures)"}},
		{"near miss: no investor in reach", "Cobalt Mobile is a start-up. The fund took part in Ion Cloud's funding round in October.", nil},
	})
}

// TestRound27SpeculativeSeat: a seat someone expects, or a modal allows,
// is no headquarters (dev15: "people involved expect it to be based in
// Germany"); "will be based in" still states one, as the corpus gold
// reads it.
func TestRound27SpeculativeSeat(t *testing.T) {
	runNews(t, []newsCase{
		{"will be based", "Acme Telecom will be based in Germany.", []string{"headquarteredIn(acme-telecom,DE)"}},
		{"is based", "Acme Telecom is based in Germany.", []string{"headquarteredIn(acme-telecom,DE)"}},
		{"near miss: could be based", "Acme Telecom could be based in Germany.", nil},
		{"near miss: expect X to be based", "People involved expect Acme Telecom to be based in Germany.", nil},
	})
}

// TestRound27TitleOtherPersonsCompany: a bare title before a person does
// not take a company the sentence names only after another person, to
// whom it belongs (dev15: "CEO Kim Young-shub flew to Redmond for the
// signing with Satya Nadella, who has led Microsoft since 2014"). Near
// miss: the company named before the other person is still the title's.
func TestRound27TitleOtherPersonsCompany(t *testing.T) {
	reg := mustRegister(t, "round27.yaml", round27Register+`  omar-haddad: {name: Omar Haddad, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the company after another person", "Cobalt Mobile signed a deal. CEO Jane Park flew to Oslo for the signing with Omar Haddad, who has led Acme Telecom since 2014.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "ceoOf(omar-haddad,acme-telecom)"}}, // the article's company, not Haddad's
		{"near miss: the company before the other person", "CEO Jane Park of Acme Telecom flew to Oslo for the signing with Omar Haddad.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}
