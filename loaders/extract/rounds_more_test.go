package extract_test

import "testing"

// TestRoundsMore covers round investors told with "as did", a lead list
// with an apposition, a reader's question between a round and its answer,
// and money put in in any currency, with sentences written for the test,
// and the near misses.
func TestRoundsMore(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"took part, as did C", "Granite Labs raised $70 million on Monday. Acme Telecom and Ion Cloud took part, as did Cobalt Mobile.",
			[]string{inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"led by A, a description, and B, after a question", "Granite Labs said on Monday it had raised $40 million.\n\nQ: Who put up the money?\nA: The round was led by Acme Telecom, the Dallas investment firm, and Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"put yen into", "Acme Telecom put 250 million yen into Granite Labs.", []string{inv("acme-telecom", "granite-labs") + " amount=250 million yen"}},

		// near misses
		{"as did not", "Granite Labs raised $70 million on Monday. Acme Telecom took part, as Cobalt Mobile did not.", []string{inv("acme-telecom", "granite-labs")}},
		{"a name modifying a described investee", "Acme Telecom invested $200 million in the Chicago company.", nil},
		{"a unit of a company", "Acme Telecom invested $200 million in the Granite Labs unit.", nil},
		// three sentences on, "the round" is still the article's one
		// raise (rounds_topic.go, helper z25inv)
		{"a question three sentences on", "Granite Labs raised $40 million.\n\nIt plans to hire.\n\nIt will open offices.\n\nQ: Who else?\nA: The round was led by Acme Telecom.",
			[]string{inv("acme-telecom", "granite-labs")}},
	})
}
