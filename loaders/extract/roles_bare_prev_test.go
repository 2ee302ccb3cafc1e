package extract_test

import "testing"

// TestBareTitlePrevSubject: a bare title after a sentence of the same
// paragraph whose subject is a named company is that company's, even
// where the article follows another company (roles_bare_prev.go).
func TestBareTitlePrevSubject(t *testing.T) {
	lead := "Acme Telecom reported results on Monday. Acme Telecom said sales rose.\n\n"
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"Chief executive P called, after a described subject",
			lead + "Nordic operator Kestrel Network will build a data centre, with Cobalt Mobile signed up as the anchor tenant. Chief executive Mara Lindqvist called it a big step.",
			[]string{"ceoOf(mara-lindqvist,kestrel-network)"}},
		{"Group CEO P says, after a relative clause",
			lead + "Kestrel Network, which signed with Cobalt Mobile last year, is adding capacity. Group CEO Tomas Berg says demand is outrunning supply.",
			[]string{"ceoOf(tomas-berg,kestrel-network)"}},
		{"a chairman in a list item",
			lead + "- Cobalt Mobile is selling its towers to a fund. Chairman Jürgen Kößler said the price was fair.",
			[]string{"chairmanOf(jurgen-kossler,cobalt-mobile)"}},
		{"a quotation, then the title",
			lead + "Kestrel Network will spend more on fibre. \"We are ready,\" chief executive Anna Brückner told reporters.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"near miss: a person before the company keeps the article's topic",
			lead + "Tomas Berg, who once worked at Kestrel Network, now advises Cobalt Mobile. Chief executive Mara Lindqvist said nothing.",
			[]string{"ceoOf(mara-lindqvist,acme-telecom)"}},
	})
}
