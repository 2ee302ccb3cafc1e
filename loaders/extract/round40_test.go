package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
)

const round40Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-fund: {name: Helix Fund, type: company}
  jane-doe: {name: Jane Doe, type: person}
`

// TestRound40StakeVerbs: coming to hold a stake is holding it ("has
// completed a 10% stake in", "disclosed a $3.2 billion stake in",
// "snapped up", "accumulated"); the tagger reads "disclosed",
// "snapped" and "accumulated" as forms of their bases. Near misses: a
// stake sold, a sale completed, a stake only sought.
func TestRound40StakeVerbs(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"completed a stake in the operator", "Cobalt Mobile is the Spanish operator. Helix Fund has completed a 10 per cent stake in the operator, alongside Acme Telecom, which holds just under 10 per cent.",
			[]string{"headquarteredIn(cobalt-mobile,ES)", "investedIn(helix-fund,cobalt-mobile)", "investedIn(acme-telecom,cobalt-mobile)"}},
		{"disclosed a stake in the company", "Granite Labs makes chips. Helix Fund disclosed a $3.2 billion stake in the company in September 2019.",
			[]string{"investedIn(helix-fund,granite-labs) date=2019-09"}},
		{"snapped up a stake", "Helix Fund snapped up a 5% stake in Granite Labs.", []string{"investedIn(helix-fund,granite-labs)"}},
		{"has accumulated a stake", "Helix Fund has accumulated a 7% stake in Granite Labs.", []string{"investedIn(helix-fund,granite-labs)"}},
		// near misses
		{"a stake sold", "Helix Fund sold its 5% stake in Granite Labs.", nil},
		{"a sale completed", "Helix Fund completed the sale of its stake in Granite Labs.", nil},
		{"a stake sought", "Helix Fund is seeking a stake in Granite Labs.", nil},
	})
}

// TestRound40ShareTailPercent: a list item's share after its name
// (", with about 4.9%,") joins the list when written with "%" as it does
// with "percent": both holders are the company's investors. Near miss:
// two clauses.
func TestRound40ShareTailPercent(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"A, with about 4.9%, and B, with roughly 4.5%, had been", "Granite Labs makes chips. Until now Helix Fund, with about 4.9%, and asset manager Ion Cloud, with roughly 4.5%, had been the largest investors in the company.",
			[]string{"investedIn(helix-fund,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"its shareholders are A, with 60%, and B, with 40%", "Granite Labs sells chips. Its shareholders are Acme Telecom, with 60%, and Helix Fund, with 40%.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)"}},
		// near miss
		{"a stake, and another clause", "Helix Fund holds 60% of Granite Labs, and Ion Cloud builds its chips.",
			[]string{"investedIn(helix-fund,granite-labs)"}},
	})
}

// TestRound40PersonFounders: the people who set a company up are its
// founders (foundedBy, Wikidata's P112), as dev25's writers annotate them
// with the round-38 guide: a founder's title read like a chief
// executive's ("P, Y's founder and chief executive", "Y founder P", "a
// co-founder of Y", "whose founder is P", "run by its co-founder P", which
// also runs it), the passive with the people after "by" ("Y was founded in
// 2019 by P and Q", "Y, a start-up founded in 2022 by P and Q,") and the
// active voice with a person as subject or after "with" ("P co-founded Y in
// 1993 with Q and R", "P, who founded Y", "Y, which P founded"). Near
// misses: an alliance's founder, a show nothing made an organisation, a
// person described, not named. An organisation in the active voice was a
// near miss too (round 37's finding) until round 44, which reads one
// organisation as the founder (found_company_founders.go).
func TestRound40PersonFounders(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register+`  omar-haddad: {name: Omar Haddad, type: person}
  lena-berg: {name: Lena Berg, type: person}
  radio-forum: {name: Radio Forum, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"P, Y's founder and chief executive", "Jane Doe, Granite Labs's founder and chief executive, spoke on Monday.",
			[]string{"ceoOf(jane-doe,granite-labs)", "foundedBy(granite-labs,jane-doe)"}},
		{"Y founder P", "Granite Labs founder Jane Doe said the company would grow.", []string{"foundedBy(granite-labs,jane-doe)"}},
		{"P, co-founder of Y", "Jane Doe, co-founder of Granite Labs, said it would grow.", []string{"foundedBy(granite-labs,jane-doe)"}},
		{"whose founder and chief executive is P", "Granite Labs, whose founder and chief executive is Jane Doe, sells chips.",
			[]string{"ceoOf(jane-doe,granite-labs)", "foundedBy(granite-labs,jane-doe)"}},
		{"run by its co-founder P", "Granite Labs, which is run by its co-founder Jane Doe, has raised far larger sums since.",
			[]string{"ceoOf(jane-doe,granite-labs)", "foundedBy(granite-labs,jane-doe)"}},
		{"Y was founded in YEAR by P and Q", "Granite Labs was founded in 2019 by Jane Doe and Omar Haddad.",
			[]string{"founded(granite-labs) date=2019", "foundedBy(granite-labs,jane-doe)", "foundedBy(granite-labs,omar-haddad)"}},
		{"by P, Q and R with an apposition", "Granite Labs was set up in 2016 by Jane Doe, a former diplomat, and Omar Haddad.",
			[]string{"founded(granite-labs) date=2016", "foundedBy(granite-labs,jane-doe)", "foundedBy(granite-labs,omar-haddad)"}},
		{"Y, a start-up founded in YEAR by P and Q,", "Granite Labs, a Seoul start-up founded in 2022 by Jane Doe and Omar Haddad, builds chips.",
			[]string{"founded(granite-labs) date=2022", "foundedBy(granite-labs,jane-doe)", "foundedBy(granite-labs,omar-haddad)"}},
		{"P co-founded Y in YEAR with Q and R", "Jane Doe co-founded Granite Labs in 1993 with Omar Haddad and Lena Berg.",
			[]string{"founded(granite-labs) date=1993", "foundedBy(granite-labs,jane-doe)", "foundedBy(granite-labs,omar-haddad)", "foundedBy(granite-labs,lena-berg)"}},
		{"P and Q set up Y", "Jane Doe and Omar Haddad set up Granite Labs in 2018.",
			[]string{"founded(granite-labs) date=2018", "foundedBy(granite-labs,jane-doe)", "foundedBy(granite-labs,omar-haddad)"}},
		{"P, who co-founded Y", "Omar Haddad, who co-founded Granite Labs in 2015, left its board in 2018.",
			[]string{"founded(granite-labs) date=2015", "foundedBy(granite-labs,omar-haddad)"}},
		{"Y, which P founded", "Granite Labs, which Jane Doe founded in 2023, sells chips.",
			[]string{"founded(granite-labs) date=2023", "foundedBy(granite-labs,jane-doe)"}},
		{"Y, the firm that P and Q set up", "Granite Labs, the firm that Jane Doe and Omar Haddad set up in 2018, supplied the robots.",
			[]string{"founded(granite-labs) date=2018", "foundedBy(granite-labs,jane-doe)", "foundedBy(granite-labs,omar-haddad)"}},
		{"Y, which P and Q founded", "Granite Labs, which Jane Doe and Omar Haddad founded in 2019, sells chips.",
			[]string{"founded(granite-labs) date=2019", "foundedBy(granite-labs,jane-doe)", "foundedBy(granite-labs,omar-haddad)"}},
		{"Y, whose founder P is its chief executive", "Granite Labs, whose founder Jane Doe is still its chief executive, will host the sites.",
			[]string{"ceoOf(jane-doe,granite-labs)", "foundedBy(granite-labs,jane-doe)"}},
		// near misses
		{"an alliance's founder", "Jane Doe, founder of the Radio Forum, spoke.", nil},
		{"a show nothing made an organisation", "Jane Doe, chairman of Acme Telecom and a co-founder of VivaTech, moderated.",
			[]string{"chairmanOf(jane-doe,acme-telecom)"}},
		{"an organisation in the active voice", "Acme Telecom founded Granite Labs in 1990.", []string{"foundedBy(granite-labs,acme-telecom)", "founded(granite-labs) date=1990"}},
		{"a founder described, not named", "Granite Labs was founded in 2021 by former Acme Telecom researchers.",
			[]string{"founded(granite-labs) date=2021"}},
	})
}

// TestRound40PersonFoundersUnscored: a gold that states no person as a
// founder (one written before foundedBy, whose foundingMember took
// organisations only) leaves the extractor's person founders unscored and
// counts them; a gold that states one scores them all, right or wrong.
func TestRound40PersonFoundersUnscored(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register+"  omar-haddad: {name: Omar Haddad, type: person}\n")
	texts := map[string]string{
		"a.txt": "source: https://x.test/a\ndate: 2024-07-19\n\nGranite Labs was founded in 2019 by Jane Doe.\n",
		"b.txt": "source: https://x.test/b\ndate: 2024-07-19\n\nPolar Compute was founded in 2020 by Omar Haddad.\n",
	}
	read := func(f string) ([]byte, error) { return []byte(texts[f]), nil }
	const articleA = `  - id: a
    file: a.txt
    source: https://x.test/a
    facts:
      - id: a1
        rel: founded
        org: {id: granite-labs, text: Granite Labs}
        date: '2019'
        evidence: Granite Labs was founded in 2019 by Jane Doe.
`
	const articleB = `  - id: b
    file: b.txt
    source: https://x.test/b
    facts:
      - id: b1
        rel: founded
        org: {id: polar-compute, text: Polar Compute}
        date: '2020'
        evidence: Polar Compute was founded in 2020 by Omar Haddad.
      - id: b2
        rel: foundedBy
        org: {id: polar-compute, text: Polar Compute}
        founder: {id: omar-haddad, text: Omar Haddad}
        evidence: Polar Compute was founded in 2020 by Omar Haddad.
`
	for _, tc := range []struct {
		name             string
		gold             string
		tp, fp, unscored int
	}{
		{"the gold states no person founder", "articles:\n" + articleA, 1, 0, 1},
		{"the gold states one", "articles:\n" + articleA + articleB, 3, 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gold, err := facts.Read("gold.yaml", []byte(tc.gold), facts.ReadOptions{Register: reg, Lenient: true})
			if err != nil {
				t.Fatal(err)
			}
			sc, err := extract.Evaluate(gold, read, extract.ExtractOptions{Register: reg})
			if err != nil {
				t.Fatal(err)
			}
			if sc.Micro.TP != tc.tp || sc.Micro.FP != tc.fp || sc.UnscoredPersonFounders != tc.unscored {
				t.Errorf("tp %d fp %d unscored %d, want %d %d %d (spurious %q)", sc.Micro.TP, sc.Micro.FP, sc.UnscoredPersonFounders, tc.tp, tc.fp, tc.unscored, sc.Spurious)
			}
		})
	}
}

// TestRound40BecomePartner: "has become one of X's partners" is a partner
// as "is one of" is; "will become" a planned one. Near miss: a former
// partner.
func TestRound40BecomePartner(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"has become one of X's cloud partners", "Granite Labs has become one of Acme Telecom's cloud partners.", []string{"partnerOf(acme-telecom,granite-labs)"}},
		{"will become one of X's partners", "Granite Labs will become one of Acme Telecom's partners next year.", []string{"partnerOf(acme-telecom,granite-labs) modality=planned"}},
		// near miss
		{"a former partner", "Granite Labs has become one of Acme Telecom's former partners.", nil},
	})
}

// TestRound40OwnedShares: "Y is about 90 percent owned by A" (an
// approximation and "percent" as "Y is 64% owned by A" is read), "Y, the
// operator formed in 2023, is jointly controlled by A and B" (the subject
// across its apposition), and a country's possessive in the gap of a pair
// whose second name opens a clause. Near misses: the next clause's
// company, a denial.
func TestRound40OwnedShares(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"is about 90 percent owned by A", "Granite Labs, the British chip designer, is about 90 percent owned by Helix Fund.",
			[]string{"headquarteredIn(granite-labs,GB)", "investedIn(helix-fund,granite-labs)"}},
		{"is 65 per cent owned by A and 35 per cent by B", "Granite Labs is 65 per cent owned by Acme Telecom and 35 per cent by Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "jointVenture(acme-telecom,cobalt-mobile)"}},
		{"Y, the operator formed in 2023, is jointly controlled by A and B", "Granite Labs, the operator formed in 2023, is jointly controlled by Acme Telecom and Cobalt Mobile.",
			[]string{"founded(granite-labs) date=2023", "investedIn(acme-telecom,granite-labs) date=2023", "investedIn(cobalt-mobile,granite-labs) date=2023"}},
		// near misses
		{"the next clause's company", "Granite Labs, the chip designer, is about 90% owned by Helix Fund, and South Korea's Acme Telecom brought its radio business.",
			[]string{"headquarteredIn(acme-telecom,KR)", "investedIn(helix-fund,granite-labs)"}},
		{"not owned", "Granite Labs is not 90 percent owned by Helix Fund.", nil},
	})
}

// TestRound40CoOwners: an owner that owns a company together with
// another ("A still owns the fibre group Y together with the pension fund
// B") holds a stake, as owners in the plural of the passive do. Near
// misses: a sole owner (an acquisition as often as a stake), a venture
// (its owners are partners), what a company has.
func TestRound40CoOwners(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"A owns Y together with B", "Helix Fund still owns the fibre group Granite Labs together with the pension fund Ion Cloud.",
			[]string{"investedIn(helix-fund,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		// near misses
		{"a sole owner", "Helix Fund owns Granite Labs.", nil},
		{"a venture", "Helix Fund owns Granite Labs, a joint venture, together with Ion Cloud.", nil},
		{"a company's network", "Helix Fund owns Granite Labs's network together with Ion Cloud.", nil},
	})
}

// TestRound40AnchoredRound: a round "anchored by" an investor is led by
// it, in its own sentence or the next. Near miss: a shop anchoring a mall.
func TestRound40AnchoredRound(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"a round anchored by A", "Last month Granite Labs raised $330 million in a round anchored by Helix Fund, with Acme Telecom taking part.",
			[]string{"investedIn(helix-fund,granite-labs) amount=$330 million", "investedIn(acme-telecom,granite-labs)"}},
		{"the round was anchored by A", "Granite Labs raised $30 million. The round was anchored by Helix Fund.",
			[]string{"investedIn(helix-fund,granite-labs)"}},
		// near miss
		{"an anchor tenant", "Granite Labs raised $30 million. Its new campus is anchored by Helix Fund's offices.", nil},
	})
}

// TestRound40Consultancy: a consultancy is a company noun: "X, the Irish
// consultancy," gives X's country and "the consultancy" stands for X.
// Near miss: a consultancy's report is no company.
func TestRound40Consultancy(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"X, the Irish consultancy,", "Acme Telecom, the Irish consultancy, will own 60 per cent of Granite Labs.",
			[]string{"headquarteredIn(acme-telecom,IE)", "investedIn(acme-telecom,granite-labs) modality=planned"}},
		{"the consultancy invested", "Acme Telecom sells advice. The consultancy invested $5 million in Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs) amount=$5 million"}},
		// near miss
		{"a consultancy's report", "Granite Labs sells chips, a consultancy report said.", nil},
	})
}

// TestRound40VentureCountryPossessive: "a joint venture that Qatar's A and
// Hong Kong's B own": a country's possessive before the owners, as before a
// list's other items, leaves the venture's partners read, and the name
// before ", a joint venture that" is the venture (TestRound40VentureNamed).
func TestRound40VentureCountryPossessive(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register+"  edge-venture: {name: Edge Venture, type: joint_venture}\n")
	runNewsWith(t, reg, []newsCase{
		{"a joint venture that Qatar's A and Hong Kong's B own", "Its controlling shareholder is Edge Venture, a joint venture that Qatar's Acme Telecom and Hong Kong's Cobalt Mobile own in equal parts.",
			[]string{"headquarteredIn(acme-telecom,QA)", "headquarteredIn(cobalt-mobile,HK)", "jointVenture(acme-telecom,cobalt-mobile)"}},
		{"the venture that Thailand's A, Singapore's B and C set up", "Edge Venture, the venture that Thailand's Acme Telecom, Singapore's Cobalt Mobile and Ion Cloud set up in 2022, is investing.",
			[]string{"headquarteredIn(acme-telecom,TH)", "headquarteredIn(cobalt-mobile,SG)", "jointVenture(acme-telecom,cobalt-mobile,ion-cloud)"}},
	})
}

// TestRound40VentureNamed: the venture the fact names is the one before
// ", a joint venture that A and B own" (the eval scores partners only, so
// this reads the fact itself).
func TestRound40VentureNamed(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register+"  edge-venture: {name: Edge Venture, type: joint_venture}\n")
	data := "source: https://news.example.com/story\ndate: 2025-06-12\n\nIts controlling shareholder is Edge Venture, a joint venture that Qatar's Acme Telecom and Hong Kong's Cobalt Mobile own in equal parts.\n"
	ff, err := extract.ExtractArticle("story.txt", []byte(data), extract.ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range ff.Articles[0].Facts {
		if f.Relation == "jointVenture" {
			n++
			if f.Subject.ID != "edge-venture" || len(f.Partners) != 2 {
				t.Errorf("venture %q with %d partners, want edge-venture with 2", f.Subject.ID, len(f.Partners))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d jointVenture facts, want 1", n)
	}
}

// TestRound40VentureFormedWithDescribed: "a joint venture A formed with the
// infrastructure investors B and C": descriptive words before the partners
// after "with". Near miss: the venture's customers.
func TestRound40VentureFormedWithDescribed(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register+"  edge-venture: {name: Edge Venture, type: joint_venture}\n")
	runNewsWith(t, reg, []newsCase{
		{"formed with the infrastructure investors B and C", "Since March 2023 the towers company has been controlled by Edge Venture, a joint venture Acme Telecom formed with the infrastructure investors Cobalt Mobile and Ion Cloud.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile,ion-cloud)"}},
		// near miss
		{"customers, not partners", "Edge Venture, a joint venture Acme Telecom formed in 2021, signed deals with the mobile operators Cobalt Mobile and Ion Cloud.", nil},
	})
}
