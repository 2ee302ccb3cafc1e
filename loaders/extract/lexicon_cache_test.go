package extract

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestLexiconCacheIsolation checks that the lexicon shared by the articles
// of one register keeps what one article defines to that article: an alias
// it defines, a form it re-points and an entity it discovers do not reach
// the next article's lexicon, and a register that changes gets a new one.
func TestLexiconCacheIsolation(t *testing.T) {
	reg, err := facts.ReadRegister("cache.yaml", []byte(`entities:
  quillon-networks: {name: Quillon Networks, type: company, surface_forms: [Quillon Networks, Quillon]}
  vesper-cloud: {name: Vesper Cloud, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	slugAt := func(lx *lexicon, text string) string {
		toks := tokenize(text)
		e, _ := lx.match(toks, 0)
		if e == nil {
			return ""
		}
		return e.slugs[0]
	}
	a := lexiconFor(reg)
	if got := slugAt(a, "Quillon said"); got != "quillon-networks" {
		t.Fatalf("first article: Quillon names %q, want quillon-networks", got)
	}
	// The first article re-points a register form, defines a new alias and
	// discovers an entity.
	a.define("Quillon", "vesper-cloud")
	a.define("Brightwave", "vesper-cloud")
	a.ents["brightwave"] = schema.Entity{Slug: "brightwave", Name: "Brightwave", Type: schema.TypeCompany}
	if got := slugAt(a, "Quillon said"); got != "vesper-cloud" {
		t.Fatalf("first article after define: Quillon names %q, want vesper-cloud", got)
	}
	b := lexiconFor(reg)
	tests := []struct{ name, text, want string }{
		{"a re-pointed form is the register's again", "Quillon said", "quillon-networks"},
		{"an article's alias is gone", "Brightwave said", ""},
		{"a register name still links", "Vesper Cloud said", "vesper-cloud"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slugAt(b, tt.text); got != tt.want {
				t.Errorf("next article: %q names %q, want %q", tt.text, got, tt.want)
			}
		})
	}
	if _, ok := b.ents["brightwave"]; ok {
		t.Errorf("next article: the first article's discovered entity is in ents")
	}
	if err := reg.Add(schema.Entity{Slug: "orrin-telecom", Name: "Orrin Telecom", Type: schema.TypeCompany}); err != nil {
		t.Fatal(err)
	}
	if got := slugAt(lexiconFor(reg), "Orrin Telecom said"); got != "orrin-telecom" {
		t.Errorf("after the register changed: Orrin Telecom names %q, want orrin-telecom", got)
	}
}

// TestLexiconCacheConcurrent extracts one article from several goroutines
// with one register (run it with -race): the shared lexicon is only read,
// and every run finds what a lone run finds.
func TestLexiconCacheConcurrent(t *testing.T) {
	reg, err := facts.ReadRegister("cache.yaml", []byte(`entities:
  quillon-networks: {name: Quillon Networks, type: company, surface_forms: [Quillon Networks, Quillon]}
  vesper-cloud: {name: Vesper Cloud, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("Quillon Networks (QNW) joined the Open Grid Alliance in 2024. QNW and Vesper Cloud said on Monday they would build a data centre in Oslo.")
	want, err := ExtractArticle("a.txt", text, ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	got := make([]*facts.File, 4)
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = ExtractArticle("a.txt", text, ExtractOptions{Register: reg})
		}()
	}
	wg.Wait()
	if len(want.Articles) != 1 || len(want.Articles[0].Facts) == 0 {
		t.Fatalf("a lone run found no facts: %+v", want.Articles)
	}
	for i, g := range got {
		if g == nil {
			t.Fatalf("run %d failed", i)
		}
		if diff := cmp.Diff(want.Articles, g.Articles); diff != "" {
			t.Errorf("run %d differs from a lone run (-want +got):\n%s", i, diff)
		}
	}
}
