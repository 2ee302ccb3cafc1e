package extract_test

import "testing"

// TestTitleWhere: "X, where P is chief executive" gives P the title at X,
// not at the company the article is about.
func TestTitleWhere(t *testing.T) {
	runNews(t, []newsCase{
		{"where-clause after the organisation",
			"Acme Telecom said on Monday it would buy routers from Borealis Networks, where Jane Park is chief executive.",
			[]string{"ceoOf(jane-park,borealis-networks)"}},
		{"where-clause at the end of a list item",
			"Helix Wireless chose two suppliers. One is Cobalt Mobile, where Omar Haddad is chairman.",
			[]string{"chairmanOf(omar-haddad,cobalt-mobile)"}},
	})
}
