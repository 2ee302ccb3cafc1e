package extract_test

import "testing"

// TestRoundFollowers covers a round's other investors told by an
// intransitive verb in a sentence of their own (rounds3.go), with
// sentences written for the test, and the near misses that state none.
func TestRoundFollowers(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := inv("acme-telecom", "granite-labs") + " amount=$40 million"
	open := "Granite Labs raised $40 million in a Series B round led by Acme Telecom. "
	runNews(t, []newsCase{
		{"followed on", open + "Existing investors Ion Cloud and Cobalt Mobile followed on.",
			[]string{lead, inv("cobalt-mobile", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"followed on two sentences later", open + "The deal closed on Friday. Ion Cloud and Cobalt Mobile followed on.",
			[]string{lead, inv("cobalt-mobile", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"also invested", open + "Ion Cloud and Kestrel Telecom also invested.",
			[]string{lead, inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"wrote a cheque alongside", open + "Ion Cloud, the Oslo cloud firm, also wrote a cheque, alongside Kestrel Telecom.",
			[]string{lead, inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"joining them were", "Granite Labs raised $40 million in a Series B round. Acme Telecom and Borealis Networks led the round. Joining them were Ion Cloud, Kestrel Telecom and Larch Networks, plus Cobalt Mobile, a fund close to Helix Wireless.",
			[]string{inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs"), inv("cobalt-mobile", "granite-labs"),
				inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"led by a counted noun and a colon", "Granite Labs raised $40 million in a Series B round. The round was co-led by two new backers: the carriers Acme Telecom and Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"raise about an amount, then payers with a gapped list", "Granite Labs said it would raise about 7 billion yen by selling new shares. Ion Cloud will pay about 3 billion yen, Kestrel Telecom about 2 billion yen and Larch Networks about 1 billion yen.",
			[]string{inv("ion-cloud", "granite-labs") + " modality=planned", inv("kestrel-telecom", "granite-labs") + " modality=planned", inv("larch-networks", "granite-labs") + " modality=planned"}},
		{"the largest single buyer", open + "Ion Cloud is the largest single buyer, putting in $20 million.",
			[]string{lead, inv("ion-cloud", "granite-labs")}},
		{"a sentence-initial compound adjective and also among the investors", open + "The deal closed on Friday. Ride-hailing group Ion Cloud and Kestrel Telecom are also among the investors.",
			[]string{lead, inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"lined up an amount, then among the buyers", "Granite Labs has lined up $300 million of fresh equity. The money comes through a share issue. Ion Cloud and Kestrel Telecom are among the buyers, the company said.",
			[]string{inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},

		// near misses
		{"among the buyers with no round", "Acme Telecom opened a lab. Ion Cloud and Kestrel Telecom are among the buyers of its radios.", nil},
		// no investor: a partner lined up is a partner (partner_as_role.go), not money
		{"lined up partners", "Granite Labs has lined up Ion Cloud as a partner. Kestrel Telecom also invested.", []string{"partnerOf(granite-labs,ion-cloud)"}},
		{"paid for a licence", open + "Ion Cloud paid $20 million for a licence to its radio designs.", []string{lead}},
		{"paid with no round", "Ion Cloud paid $20 million in fines, Kestrel Telecom $5 million.", nil},
		{"the largest customer", open + "Ion Cloud is the largest customer.", []string{lead}},
		{"invested in something else", open + "Ion Cloud also invested in Polar Compute.",
			[]string{lead, inv("ion-cloud", "polar-compute")}},
		{"did not invest", open + "Ion Cloud did not invest.", []string{lead}},
		{"no round open", "Acme Telecom opened a lab in Oslo. Ion Cloud and Kestrel Telecom also invested.", nil},
		{"round too far back", open + "The company makes radios. It sells them in Norway. Its rivals are many. Ion Cloud also invested.", []string{lead}},
		{"followed the leader", open + "Ion Cloud followed Acme Telecom.", []string{lead}},
		{"wrote a letter", open + "Ion Cloud also wrote a letter to Kestrel Telecom.", []string{lead}},
		{"joining them later", open + "Joining them at the launch event was Ion Cloud's chief, who spoke.", []string{lead}},
	})
}
