package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestImplicitStake covers stakes whose company the clause does not name
// (invest_implicit.go), read through the investee focus, with sentences
// written for the test, and the near misses where the focus cannot decide.
func TestImplicitStake(t *testing.T) {
	reg, err := facts.ReadRegister("implicit.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  larch-networks: {name: Larch Networks, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-ventures: {name: Granite Ventures, type: joint_venture}
`))
	if err != nil {
		t.Fatal(err)
	}
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	helix := "Helix Wireless invested $20 million in Polar Compute last year. "
	helixFact := inv("helix-wireless", "polar-compute") + " date=2024 amount=$20 million"
	runNewsWith(t, reg, []newsCase{
		{"a split with a gapped owner, the venture in focus",
			"Granite Ventures will build towers in rural areas. Acme Telecom owns 70% and Borealis Networks the remaining 30%.",
			[]string{inv("acme-telecom", "granite-ventures"), inv("borealis-networks", "granite-ventures"),
				"jointVenture(acme-telecom,borealis-networks)"}},
		{"all of the shares between them",
			"Granite Ventures sells fibre to schools. Who owns it? Acme Telecom and Borealis Networks hold all of the shares between them.",
			[]string{inv("acme-telecom", "granite-ventures"), inv("borealis-networks", "granite-ventures"),
				"jointVenture(acme-telecom,borealis-networks)"}},
		{"a stake worth an amount, the last investee in focus",
			helix + "Polar Compute makes edge servers. Ion Cloud took a stake worth $5 million in March.",
			[]string{helixFact, inv("ion-cloud", "polar-compute")}},
		{"the investee of the sentence's own first clause",
			"Helix Wireless invested $20 million in Polar Compute in May, and Ion Cloud took a stake worth $5 million.",
			[]string{inv("helix-wireless", "polar-compute") + " amount=$20 million", inv("ion-cloud", "polar-compute")}},
		{"not the investee of a description of the investor",
			"Polar Compute got an investment of $5 million from Ion Cloud. Ion Cloud, controlled by Acme Telecom, sells phones. Helix Wireless holds a minority stake.",
			[]string{inv("ion-cloud", "polar-compute") + " amount=$5 million", inv("acme-telecom", "ion-cloud"), inv("helix-wireless", "polar-compute")}},
		{"only a description's investment before: no focus",
			"Ion Cloud, controlled by Acme Telecom, sells phones. Helix Wireless holds a minority stake.",
			[]string{inv("acme-telecom", "ion-cloud")}},
		{"a ranked shareholder by copula",
			helix + "Polar Compute is growing fast. Kestrel Telecom is the largest shareholder; Ion Cloud holds a minority stake whose size was not disclosed.",
			[]string{helixFact, inv("kestrel-telecom", "polar-compute"), inv("ion-cloud", "polar-compute")}},
		{"a planned investment puts its company in focus", "Helix Wireless plans to invest $20 million in Polar Compute. Ion Cloud holds a minority stake.",
			[]string{inv("helix-wireless", "polar-compute") + " amount=$20 million modality=planned", inv("ion-cloud", "polar-compute")}},
		{"a stake of its own",
			helix + "Ion Cloud responded by building a 10% stake of its own. Larch Networks then built a 5% stake of its own.",
			// the gerund after "by" has the subject of "responded" (invest_by_gerund.go)
			[]string{helixFact, inv("ion-cloud", "polar-compute"), inv("larch-networks", "polar-compute")}},

		{"has a stake, each own a share, bought a stake for an amount",
			helix + "Ion Cloud has a 20% stake. Acme Telecom and Kestrel Telecom each own 25%. Larch Networks bought a 10% stake for $2 million in March.",
			[]string{helixFact, inv("ion-cloud", "polar-compute"), inv("acme-telecom", "polar-compute"), inv("kestrel-telecom", "polar-compute"),
				inv("larch-networks", "polar-compute")}},

		// near misses
		{"a market share is no stake", helix + "Ion Cloud holds 20% market share. Acme Telecom has 30% of the market.", []string{helixFact}},
		{"no focus at all", "Ion Cloud took a stake worth $5 million in March.", nil},
		{"the focus out of reach",
			helix + "Acme Telecom sells phones. Acme Telecom sells tablets. Acme Telecom sells radios. Acme Telecom sells watches. Ion Cloud took a stake worth $5 million.",
			[]string{helixFact}},
		{"a negated holding", helix + "Ion Cloud does not hold a stake.", []string{helixFact}},
		{"the stake names its company", helix + "Ion Cloud holds a 5% stake in Larch Networks.",
			[]string{helixFact, inv("ion-cloud", "larch-networks")}},
		{"an unranked investor noun", helix + "Ion Cloud is the investor, the filing says.", []string{helixFact}},
		{"two candidates in one sentence",
			"Helix Wireless invested $20 million in Polar Compute, which works with Granite Ventures. Ion Cloud holds a minority stake.",
			[]string{inv("helix-wireless", "polar-compute") + " amount=$20 million", "partnerOf(granite-ventures,polar-compute)"}},
		{"the focus is the holder itself", helix + "Polar Compute holds a 5% stake.", []string{helixFact}},
		{"a gapped owner before the company", "Granite Ventures builds towers. Acme Telecom owns 60% and Borealis Networks 40% of Larch Networks.",
			[]string{inv("acme-telecom", "larch-networks")}}, // the gapped owner is invest_percent.go's to read
		{"took a share, not a stake", helix + "Ion Cloud took 60% in the end.", []string{helixFact}},
	})
}

// TestDescribedInvestee covers a description in investee position read
// through the investee focus (invest_implicit.go, invest_focus.go), and
// the near misses where the sentence names the company meant.
func TestDescribedInvestee(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	helix := "Helix Wireless invested $20 million in Polar Compute last year. "
	helixFact := inv("helix-wireless", "polar-compute") + " date=2024 amount=$20 million"
	runNews(t, []newsCase{
		{"the start-up is the last investee, not the company named since",
			helix + "Acme Telecom sells phones. Acme Telecom also sells routers. Ion Cloud put $5 million into the start-up in March.",
			[]string{helixFact, inv("ion-cloud", "polar-compute") + " amount=$5 million"}},
		{"the business after a round",
			"Polar Compute raised $40 million in a Series B round led by Helix Wireless. Acme Telecom sells its servers. Ion Cloud put $5 million into the business.",
			[]string{inv("helix-wireless", "polar-compute") + " amount=$40 million", inv("ion-cloud", "polar-compute") + " amount=$5 million"}},

		// near misses
		{"the sentence names the company meant",
			helix + "Acme Telecom sells phones in Norway, and Ion Cloud put $5 million into the company in March.",
			[]string{helixFact, inv("ion-cloud", "acme-telecom") + " amount=$5 million"}},
		{"a description of a kind of company is the mention layer's",
			helix + "Ion Cloud put $5 million into the operator.",
			[]string{helixFact, inv("ion-cloud", "helix-wireless") + " amount=$5 million"}},
		{"no investment in focus: the description as read",
			"Polar Compute works with Acme Telecom on edge servers. Ion Cloud put $5 million into the start-up in March.",
			[]string{"partnerOf(acme-telecom,polar-compute)", inv("ion-cloud", "polar-compute") + " amount=$5 million"}},
	})
}

// TestDescribedInvesteeUnit covers a description the mention layer
// leaves unresolved in investee position ("into the unit", "a stake in
// the new company"; invest_implicit.go), and the near misses.
func TestDescribedInvesteeUnit(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	helix := "Helix Wireless invested $20 million in Polar Compute last year. "
	helixFact := inv("helix-wireless", "polar-compute") + " date=2024 amount=$20 million"
	runNews(t, []newsCase{
		{"money put into the unit",
			helix + "Acme Telecom sells phones, and Ion Cloud said it was putting $5 million into the unit.",
			[]string{helixFact, inv("ion-cloud", "polar-compute") + " amount=$5 million"}},
		{"a stake kept in the new company",
			helix + "Kestrel Telecom keeps a small stake in the new company.",
			[]string{helixFact, inv("kestrel-telecom", "polar-compute")}},
		{"the largest shareholder of the business",
			helix + "Ion Cloud is the largest shareholder of the business.",
			[]string{helixFact, inv("ion-cloud", "polar-compute")}},

		// near misses
		{"no money put", helix + "Ion Cloud put its trust in the unit.", []string{helixFact}},
		{"no focus", "Ion Cloud was putting $5 million into the unit.", nil},
		{"a negated stake", helix + "Kestrel Telecom does not keep a stake in the new company.", []string{helixFact}},
		{"a former shareholder", helix + "Ion Cloud is a former shareholder of the business.", []string{helixFact}},
		{"no stake", helix + "Kestrel Telecom, which sells Polar Compute its chips, has no stake in the new company.", []string{helixFact}},
		{"no investor", helix + "Ion Cloud is no investor in the business.", []string{helixFact}},
	})
}

// TestLooseDescribedInvestee covers a description the mention layer
// resolved to the clause's own subject, in investee position
// (invest_implicit.go), and the near miss where it names another company
// of the sentence.
func TestLooseDescribedInvestee(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	helix := "Helix Wireless invested $20 million in Polar Compute last year. "
	helixFact := inv("helix-wireless", "polar-compute") + " date=2024 amount=$20 million"
	runNews(t, []newsCase{
		{"the company read as the subject itself",
			helix + "Until now Acme Telecom, with about 5%, and Ion Cloud, with roughly 4%, had been the largest investors in the company.",
			// the first holder, across its inserted share, joins the list
			// since round 40 (shareTailRE read "%" with no word boundary)
			[]string{helixFact, inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute")}},

		// near miss
		{"the company named before, not the subject",
			helix + "Acme Telecom sells phones in Norway, and Ion Cloud is the largest investor in the company.",
			[]string{helixFact}},
	})
}
