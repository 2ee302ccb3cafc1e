package extract

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestNameSite: where an unlinked name stands in the sentences read.
func TestNameSite(t *testing.T) {
	x := &extractor{
		read: []string{"Acme Telecom Labs backs Zed.", "Nothing here names Bor.", "Cob and Dex signed.", "Eon signed with Fay.", "They say Gil is late."},
		linked: []sentLinks{
			{text: "Acme Telecom Labs backs Zed.", spans: []linkSpan{{0, 17, "acme-labs"}, {24, 27, "zed"}}},
			{text: "Cob and Dex signed.", spans: []linkSpan{{8, 11, "dex"}}},
			{text: "Eon signed with Fay.", spans: []linkSpan{{16, 19, "fay"}}},
			{text: "They say Gil is late.", spans: []linkSpan{{0, 4, "acme"}}},
		},
	}
	for _, c := range []struct{ evidence, text, slug, want string }{
		{"Acme Telecom Labs backs Zed.", "Acme Telecom", "acme", SiteOtherEntity},
		{"Nothing here names Bor.", "Bor", "bor", SiteNoLinks},
		{"Cob and Dex signed.", "Cob", "cob", SiteStart},
		{"Eon signed with Fay.", "Eon", "eon", SiteStart},
		{"They say Gil is late.", "Gil", "gil", SiteAlone},
		{"Cob and Dex signed.", "COB", "cob", SiteCase},
		{"Gil backs Hal.", "Hal", "hal", SiteNotRead},
	} {
		if got := x.nameSite(c.evidence, c.text, c.slug); got != c.want {
			t.Errorf("nameSite(%q, %q) = %q, want %q", c.evidence, c.text, got, c.want)
		}
	}
	y := &extractor{read: []string{"Big Acme Telecom backs Zed."}, linked: []sentLinks{{text: "Big Acme Telecom backs Zed.", spans: []linkSpan{{23, 26, "zed"}}}}}
	if got := y.nameSite("Big Acme Telecom backs Zed.", "Acme Telecom", "acme"); got != SiteLongerRun {
		t.Errorf("nameSite after a capitalised word = %q, want %q", got, SiteLongerRun)
	}
}

// TestUncoveredWhy: how evidence no sentence matched stands in the article.
func TestUncoveredWhy(t *testing.T) {
	art := "Acme backs Zed. It said so.\nBor \u201Cjoined\u201D Cob.\n"
	for _, c := range []struct{ evidence, want string }{
		{"backs Zed. It said", "in the article verbatim, cut otherwise or not read"},
		{"Bor  \"joined\" Cob.", "in the article with other spacing or punctuation"},
		{"Acme ... Zed.", "elided"},
		{"Acme backs Zed. Bor \"joined\" Cob.", "sentences of the article joined from apart"},
		{"Acme backs Zed. Nobody wrote this.", "some of its sentences in the article"},
		{"Dex backs Eon.", "not in the article as written"},
	} {
		if got := uncoveredWhy(c.evidence, art); got != c.want {
			t.Errorf("uncoveredWhy(%q) = %q, want %q", c.evidence, got, c.want)
		}
	}
}

// TestOneLine: evidence as written reads as the rules read it.
func TestOneLine(t *testing.T) {
	in := "Acme\u2019s chief, \u201CJo\u201D Roe,\nsaid\u00ad so.\u00a0 Done."
	if got, want := oneLine(in), `Acme's chief, "Jo" Roe, said so. Done.`; got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
}

// TestOutOfSchema: gold facts with an argument of a type the relation does
// not take are counted per relation; others, and ids the register lacks,
// are not.
func TestOutOfSchema(t *testing.T) {
	reg, err := facts.ReadRegister("r.yaml", []byte(`entities:
  jo-roe: {name: Jo Roe, type: person}
  acme: {name: Acme, type: company}
  ran-forum: {name: RAN Forum, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	m := func(id string) schema.Mention { return schema.Mention{ID: id} }
	sc := &Score{}
	sc.countOutOfSchema([]schema.Fact{
		{Relation: schema.RelFoundingMember, Subject: m("jo-roe"), Object: m("acme")},
		{Relation: schema.RelFoundingMember, Subject: m("acme"), Object: m("acme")},
		{Relation: schema.RelFoundingMember, Subject: m("acme"), Object: m("ran-forum")},
		{Relation: schema.RelCEOOf, Subject: m("jo-roe"), Object: m("acme")},
		{Relation: schema.RelCEOOf, Subject: m("nobody"), Object: m("acme")},
	}, reg)
	if got := sc.OutOfSchema; len(got) != 1 || got["foundingMember"] != 2 {
		t.Errorf("OutOfSchema = %v, want foundingMember 2", got)
	}
}
