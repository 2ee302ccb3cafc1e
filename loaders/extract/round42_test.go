package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/schema"
)

const round42Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  pellam-ip: {name: Pellam IP Group, type: company}
  tolvar-ip: {name: Tolvar IP Group, type: company}
  nordic-grid: {name: Nordic Grid, type: company}
  link-forum: {name: Link Forum, type: alliance}
  tolvar-rivers: {name: Tolvar Rivers, type: company}
  granite-labs: {name: Granite Labs, type: company}
  jane-park: {name: Jane Park, type: person}
  GB: {name: United Kingdom, type: country}
  US: {name: United States, type: country}
  omar-haddad: {name: Omar Haddad, type: person}
`

// TestRound42FirstWordShort: a company name whose words after the first
// are short capitals or generic heads ("Pellam IP Group") is
// shortened to its first word once the full name was given. Near misses:
// before the full name, and a first word two names share, give no
// foundedBy (the founding's subject is no linked name).
func TestRound42FirstWordShort(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"X IP Group ... X", "In June Acme Telecom agreed to pay $2.4 billion for Pellam IP Group, whose designs link processors. Pellam was co-founded in Toronto in 2017 by Jane Park, who is still its chief executive, and moved to London in 2021.",
			[]string{"founded(pellam-ip) date=2017", "foundedBy(pellam-ip,jane-park)", "ceoOf(jane-park,pellam-ip)"}},
		// near misses
		{"before the full name", "Pellam was co-founded in 2017 by Jane Park, who is still its chief executive.",
			[]string{"founded(pellam-ip) date=2017", "ceoOf(jane-park,pellam-ip)"}},
		{"a first word two names share", "Tolvar IP Group and Tolvar Rivers make chips. Tolvar was co-founded in 2017 by Jane Park, who is still its chief executive.",
			[]string{"founded(tolvar) date=2017", "ceoOf(jane-park,tolvar-ip)"}},
	})
}

// TestRound42FoundedByIts: "Y, the firm founded by its chief executive,
// P" is Y's chief executive, as "the firm led by its chief executive"
// was. Near miss: "its" outside the apposition stays the subject's.
func TestRound42FoundedByIts(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"the firm founded by its chief executive, P", "Acme Telecom set up its fund in 2012 with Granite Labs, the Tokyo venture capital firm founded by its chief executive, Omar Haddad.",
			[]string{"ceoOf(omar-haddad,granite-labs)"}},
		// near miss
		{"its chief executive after the apposition", "Acme Telecom set up its fund in 2012 with Granite Labs, the Tokyo venture capital firm, and its chief executive, Omar Haddad, chairs it.",
			[]string{"ceoOf(omar-haddad,acme-telecom)", "chairmanOf(omar-haddad,granite-labs)"}},
	})
}

// TestRound42WorkTogetherClosely: "A and B work closely together" is a
// partnership, as "A and B work together" is. Near miss: three parties
// working closely together stay a consortium (partner_group.go).
func TestRound42WorkTogetherClosely(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"A and B work closely together", "Acme Telecom and Granite Labs work closely together on radio software.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"A and B will work jointly together", "Acme Telecom and Granite Labs will work jointly together on radio software.",
			[]string{"partnerOf(acme-telecom,granite-labs) modality=planned"}},
		// near miss
		{"three parties", "Acme Telecom, Granite Labs and Pellam IP Group are to work closely together on building and operating the system.",
			[]string{}},
	})
}

// TestRound42RelativeRunAs: "X, the company that P co-founded and runs as
// chief executive" is P's post at X, the relative's antecedent; "ran ...
// until the sale" is a past one. Near miss: a title of another kind
// ("runs as chief technology officer") states nothing.
func TestRound42RelativeRunAs(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"the company that P co-founded and runs as chief executive", "Granite Labs, the AI search company that Jane Park co-founded in 2022 and runs as chief executive, will use the cluster.",
			[]string{"founded(granite-labs) date=2022", "foundedBy(granite-labs,jane-park)", "ceoOf(jane-park,granite-labs)"}},
		{"a lab that P ran as chief executive until the sale", "In August Acme Telecom completed its purchase of Granite Labs, a Helsinki lab that Jane Park co-founded in 2017 and ran as chief executive until the sale.",
			[]string{"founded(granite-labs) date=2017", "foundedBy(granite-labs,jane-park)", "ceoOf(jane-park,granite-labs) modality=past"}},
		{"which P runs as chief executive", "Granite Labs, which Omar Haddad runs as chief executive, will use the cluster.",
			[]string{"ceoOf(omar-haddad,granite-labs)"}},
		// near miss
		{"another title", "Granite Labs, which Omar Haddad runs as chief technology officer, will use the cluster.",
			[]string{}},
	})
}

// TestRound42TookShareForPrice: "A took 1.85% for $90 million" bought a
// share of the company in focus, as "A bought 1.16%" did. Near miss:
// "took 60%" with no price names no stake ("took 60% of the vote").
func TestRound42TookShareForPrice(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"took N% for a price", "Acme Telecom still owns two-thirds of Granite Labs. Tolvar Rivers took 1.85% for $90 million.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(tolvar-rivers,granite-labs)"}},
		{"took N% for a price in rupees, and B bought", "Acme Telecom still owns two-thirds of Granite Labs. Tolvar Rivers, the Emirati state investor, took 1.85% for 90.94 billion rupees, and Pellam IP Group bought 1.16% for 56.84 billion rupees.",
			[]string{"headquarteredIn(tolvar-rivers,AE)", "investedIn(acme-telecom,granite-labs)", "investedIn(tolvar-rivers,granite-labs)", "investedIn(pellam-ip,granite-labs)"}},
		// near miss
		{"took N% with no price", "Acme Telecom still owns two-thirds of Granite Labs. Tolvar Rivers took 60% of the vote.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
	})
}

// TestRound42ReducedRelativeNation: "X, the British operator A owns
// 50:50 with B," describes X; A is the subject of a clause inside the
// description, no British company. Near miss: without the apposition's
// comma, "the US chipmaker A owns 2% of X" describes A.
func TestRound42ReducedRelativeNation(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"X, the British operator A owns", "Granite Labs, the British operator Acme Telecom owns 50:50 with Tolvar Rivers, is included.",
			[]string{"headquarteredIn(granite-labs,GB)"}},
		{"X, the British chip designer A controls", "Nor is Granite Labs, the British chip designer Acme Telecom controls, part of the deal.",
			[]string{"headquarteredIn(granite-labs,GB)"}},
		// near miss
		{"the US chipmaker A owns", "Analysts said the US chipmaker Acme Telecom owns 2% of Granite Labs.",
			[]string{"headquarteredIn(acme-telecom,US)", "investedIn(acme-telecom,granite-labs)"}},
	})
}

// TestRound42ApposEmbeddedCompany: "A, an early backer of B, led the
// company's seed round" is about the company under discussion, not B,
// which only describes A. Near miss: a company named outside an
// apposition stays "the company's".
func TestRound42ApposEmbeddedCompany(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"A, an early backer of B, led the company's round", "Granite Labs was founded in Tokyo in 2023. Acme Telecom and Tolvar Rivers, an early backer of Pellam IP Group, also led the company's $30 million seed round in January.",
			[]string{"founded(granite-labs) date=2023", "investedIn(acme-telecom,granite-labs) amount=$30 million", "investedIn(tolvar-rivers,granite-labs) amount=$30 million"}},
		// near miss
		{"B named outside an apposition", "Granite Labs was founded in Tokyo in 2023. Acme Telecom met Pellam IP Group and led the company's $30 million seed round in January.",
			[]string{"founded(granite-labs) date=2023", "investedIn(acme-telecom,pellam-ip) amount=$30 million"}},
	})
}

// TestRound42KeptStake: "A set up Y ... and will remain a shareholder"
// (or "remains its largest shareholder") is A's stake in Y, the company
// the sentence's earlier verb took. Near misses: another subject keeping
// the stake, and a shareholder with no earlier verb, name no company here.
func TestRound42KeptStake(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"set up Y and will remain a shareholder", "Acme Telecom set up Granite Labs as an independent company on January 3 and will remain a shareholder.",
			[]string{"foundedBy(granite-labs,acme-telecom)", "founded(granite-labs)", "investedIn(acme-telecom,granite-labs)"}},
		{"set up Y and remains its largest shareholder", "Acme Telecom set up Granite Labs in 2024 and remains its largest shareholder.",
			[]string{"foundedBy(granite-labs,acme-telecom)", "founded(granite-labs) date=2024", "investedIn(acme-telecom,granite-labs) date=2024"}},
		// near misses
		{"another holder", "Acme Telecom set up Granite Labs in 2024, and Tolvar Rivers remains a shareholder.",
			[]string{"foundedBy(granite-labs,acme-telecom)", "founded(granite-labs) date=2024"}},
		{"no earlier verb", "Acme Telecom will remain a shareholder.",
			[]string{}},
	})
}

// TestRound42ItAfterPlace: "..., and in Saudi Arabia it has built X
// together with B" continues the clause before's subject, over a place
// phrase as over a time phrase; a possessive in the clause before
// ("Acme Telecom's API") is not "it".
func TestRound42ItAfterPlace(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"and in Norway it", "Granite Labs began powering Acme Telecom's official API in April, and in Norway it has built a large cluster in Oslo together with Nordic Grid.",
			[]string{"partnerOf(granite-labs,nordic-grid)"}},
		{"and in Saudi Arabia it", "Granite Labs sells its own cloud. In April it began powering Acme Telecom's official API, and in Saudi Arabia it has built a large cluster together with Nordic Grid.",
			[]string{"partnerOf(granite-labs,nordic-grid)"}},
	})
}

// TestRound42BareTitleAge: "P, 60, who had been chief executive since
// 2018," is a bare title as "P, who had been chief executive" is: the
// age between the name and the relative changes nothing. Near miss: a
// number that is no age apposition ("P, 60 years on") states nothing.
func TestRound42BareTitleAge(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"P, 60, who had been chief executive", "Acme Telecom sells phones. Acme Telecom said profits rose. Jane Park, 60, who had been chief executive since 2018, will stay on as an adviser.",
			[]string{"ceoOf(jane-park,acme-telecom) since=2018"}},
		// near miss
		{"no age apposition", "Acme Telecom sells phones. Acme Telecom said profits rose. Jane Park, 60 years on, will stay on as an adviser.",
			[]string{}},
	})
}

// TestRound42FrontedPrepList: "Besides A, B counts C and D among its
// shareholders": the comma closes the fronted phrase, so B alone is the
// subject; A and B are no list. Near miss: "A, B and C joined" stays a
// list.
func TestRound42FrontedPrepList(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	runNewsWith(t, reg, []newsCase{
		{"Besides A, B counts C and D", "Besides Acme Telecom, Granite Labs counts Tolvar Rivers and Nordic Grid among its minority shareholders.",
			[]string{"investedIn(tolvar-rivers,granite-labs)", "investedIn(nordic-grid,granite-labs)"}},
		{"Like A, B joined", "Like Acme Telecom, Granite Labs joined the Link Forum in 2023.",
			[]string{"memberOf(granite-labs,link-forum) since=2023"}},
		// near miss
		{"a list", "Acme Telecom, Granite Labs and Nordic Grid joined the Link Forum in 2023.",
			[]string{"memberOf(acme-telecom,link-forum) since=2023", "memberOf(granite-labs,link-forum) since=2023", "memberOf(nordic-grid,link-forum) since=2023"}},
	})
}

// TestRound42SharedVentureNamed: "J is a 51:49 venture between A and B"
// names J as the venture of the jointVenture fact, as "J is a joint
// venture between A and B" does. Near miss: "a 51:49 venture between A
// and B" with no name before it names no venture.
func TestRound42SharedVentureNamed(t *testing.T) {
	reg := mustRegister(t, "round42.yaml", round42Register)
	for _, tc := range []struct{ text, venture string }{
		{"Granite Labs is a 51:49 venture between Acme Telecom and Nordic Grid.", "granite-labs"},
		{"They signed a 51:49 venture between Acme Telecom and Nordic Grid.", ""},
	} {
		ff, err := extract.ExtractArticle("story.txt", []byte("date: 2025-06-12\n\n"+tc.text), extract.ExtractOptions{Register: reg})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range ff.Articles[0].Facts {
			if f.Relation != schema.RelJointVenture {
				continue
			}
			found = true
			if f.Subject.ID != tc.venture {
				t.Errorf("%q: venture %q, want %q", tc.text, f.Subject.ID, tc.venture)
			}
		}
		if !found {
			t.Errorf("%q: no jointVenture fact", tc.text)
		}
	}
}
