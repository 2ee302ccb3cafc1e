package text_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/text"
	"github.com/telcograph/telcograph/schema"
)

func testIndex() *text.Index {
	x := text.New()
	for _, d := range []text.Doc{
		{Key: "a1", Headline: "ＳＫＴ joins the AI-RAN Alliance", Evidence: []string{"SK Telecom joined the AI-RAN Alliance in 2024."}},
		{Key: "a2", Headline: "Straße der Telekommunikation", Body: "Die Deutsche Telekom baut eine KI-Fabrik in München."},
		{Key: "a3", Headline: "Ærø and Đà Nẵng test 6G", Evidence: []string{"The AI alliance met.", "RAN sharing was agreed."}},
		{Key: "a4", Headline: "ソフトバンク and OpenAI", Evidence: []string{"SoftBank Corp. set up SB OpenAI Japan."}},
	} {
		x.Set(d)
	}
	return x
}

func keys(t *testing.T, x *text.Index, q string) []string {
	t.Helper()
	pq, err := text.Parse(q)
	if err != nil {
		t.Fatalf("Parse(%q): %v", q, err)
	}
	var out []string
	for _, h := range x.Search(pq) {
		out = append(out, h.Doc.Key)
	}
	return out
}

func TestSearch(t *testing.T) {
	x := testIndex()
	tests := []struct {
		name, q string
		want    []string
	}{
		{"full-width letters in the text", "SKT", []string{"a1"}},
		{"full-width letters in the query", "ｓｋ ｔｅｌｅｃｏｍ", []string{"a1"}},
		{"sharp s", "strasse", []string{"a2"}},
		{"sharp s in the query", "STRASSE", []string{"a2"}},
		{"ae ligature and stroke", "aero", []string{"a3"}},
		{"vietnamese marks", "da nang", []string{"a3"}},
		{"umlaut", "munchen", []string{"a2"}},
		{"katakana", "ソフトバンク", []string{"a4"}},
		{"phrase", `"AI-RAN Alliance"`, []string{"a1"}},
		{"hyphenated word is a phrase", "AI-RAN", []string{"a1"}},
		{"phrase words out of order", `"Alliance AI-RAN"`, nil},
		{"phrase does not span sentences", `"alliance met ran sharing"`, nil},
		{"words anywhere", "alliance ran", []string{"a1", "a3"}},
		{"prefix", "tele*", []string{"a2", "a1"}},
		{"prefix in a phrase", `"deutsche tel*"`, []string{"a2"}},
		{"no match", "nokia", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, keys(t, x, tt.q)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.q, diff)
			}
		})
	}
	if _, err := text.Parse(` "" * - `); err == nil {
		t.Error("a text with no word parsed")
	}
}

func TestHighlights(t *testing.T) {
	x := testIndex()
	tests := []struct {
		q    string
		want []text.Highlight
	}{
		{`"ai-ran alliance"`, []text.Highlight{
			{Field: text.Headline, Fragment: "ＳＫＴ joins the <mark>AI-RAN Alliance</mark>"},
			{Field: text.Evidence, Fragment: "SK Telecom joined the <mark>AI-RAN Alliance</mark> in 2024."},
		}},
		{"softbank", []text.Highlight{{Field: text.Evidence, Fragment: "<mark>SoftBank</mark> Corp. set up SB OpenAI Japan."}}},
		{"münchen tele*", []text.Highlight{
			{Field: text.Headline, Fragment: "Straße der <mark>Telekommunikation</mark>"},
			{Field: text.Body, Fragment: "Die Deutsche <mark>Telekom</mark> baut eine KI-Fabrik in <mark>München</mark>."},
		}},
		{"skt", []text.Highlight{{Field: text.Headline, Fragment: "<mark>ＳＫＴ</mark> joins the AI-RAN Alliance"}}},
	}
	for _, tt := range tests {
		q, err := text.Parse(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		hits := x.Search(q)
		if len(hits) == 0 {
			t.Fatalf("%s: no hit", tt.q)
		}
		if diff := cmp.Diff(tt.want, q.Highlights(hits[0].Doc, 3)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestSync checks that the index follows an article's quads: replaced,
// its words change; removed, it is gone.
func TestSync(t *testing.T) {
	src := quad.IRI("https://news.example/1")
	article := func(headline, evidence string) []quad.Quad {
		st := quad.IRI(schema.EntityNS + "statement/1")
		return []quad.Quad{
			{Subject: src, Predicate: schema.RDFType, Object: schema.ClassArticle, Label: src},
			{Subject: src, Predicate: schema.Headline, Object: quad.String(headline), Label: src},
			{Subject: src, Predicate: schema.Publisher, Object: quad.String("News"), Label: src},
			{Subject: st, Predicate: schema.Evidence, Object: quad.String(evidence), Label: src},
			{Subject: st, Predicate: schema.FactRelation, Object: quad.String("foundingMember"), Label: src},
			{Subject: st, Predicate: schema.RDFSubject, Object: schema.EntityIRI("sk-telecom"), Label: src},
		}
	}
	x := text.New()
	x.Sync(src, article("Nokia wins", "Nokia signed."))
	if got := keys(t, x, "nokia"); len(got) != 1 {
		t.Fatalf("nokia: %v", got)
	}
	d, _ := x.Doc(string(src))
	if diff := cmp.Diff([]schema.Relation{schema.RelMemberOf}, d.Relations); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{string(src)}, x.MentionedBy("sk-telecom")); diff != "" {
		t.Errorf("mentioned by (-want +got):\n%s", diff)
	}
	x.Sync(src, article("Ericsson wins", "Ericsson signed."))
	if got := keys(t, x, "nokia"); len(got) != 0 {
		t.Errorf("nokia after the article changed: %v", got)
	}
	if got := keys(t, x, "ericsson"); len(got) != 1 {
		t.Errorf("ericsson after the article changed: %v", got)
	}
	x.Sync(src, nil)
	if x.Len() != 0 || len(keys(t, x, "ericsson")) != 0 || len(x.MentionedBy("sk-telecom")) != 0 {
		t.Errorf("after removal: %d documents", x.Len())
	}
}

func TestParseLimit(t *testing.T) {
	words := strings.Repeat("word ", text.MaxClauses)
	if _, err := text.Parse(words); err != nil {
		t.Errorf("%d words: %v", text.MaxClauses, err)
	}
	if _, err := text.Parse(words + "one more"); !errors.Is(err, schema.ErrLimit) {
		t.Errorf("%d words: %v, want ErrLimit", text.MaxClauses+2, err)
	}
}
