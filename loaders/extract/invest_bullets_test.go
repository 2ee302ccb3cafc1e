package extract_test

import "testing"

// TestInvestorBullets covers a bulleted investor list under a heading
// (invest_bullets.go), with articles written for the test, and the near
// misses that state none.
func TestInvestorBullets(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := "On Saturday Acme Telecom announced the first close of Granite Labs at $9 billion. It is worth looking at the list.\n\n"
	list := "- Norway's Ion Cloud, the anchor, with up to $4 billion\n- Acme Telecom itself, with about $2 billion\n- Kestrel Telecom, the chipmaker\n\nThree observations."
	hq := "headquarteredIn(ion-cloud,NO)" // the possessive country, read as nationality
	runNews(t, []newsCase{
		{"the investors, by commitment", lead + "The investors, by commitment:\n" + list,
			[]string{hq, inv("ion-cloud", "granite-labs"), inv("acme-telecom", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"its backers", lead + "Its backers:\n" + list,
			[]string{hq, inv("ion-cloud", "granite-labs"), inv("acme-telecom", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},

		// near misses
		{"a list of customers", lead + "The customers, by size:\n" + list, []string{hq}},
		{"two companies in focus", "Polar Compute and Granite Labs closed their funds. The investors:\n" + list, []string{hq}},
		{"no heading", lead + list, []string{hq}},
	})
}
