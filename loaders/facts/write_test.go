package facts_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestWriteFactsRoundTrip writes extracted and gold facts and reads them
// back: the same facts, entities and cues must come out, and writing twice
// gives the same bytes.
func TestWriteFactsRoundTrip(t *testing.T) {
	gold, reg := readCorpus(t)
	dir := filepath.Join("..", "..", "testdata", "corpus", "articles")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var inputs []*facts.File
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		// No register: every organisation is discovered, so the entities
		// section is exercised.
		for _, r := range []*schema.Register{reg, nil} {
			ff, err := extract.ExtractArticle(e.Name(), data, extract.ExtractOptions{Register: r})
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, ff)
		}
	}
	inputs = append(inputs, &facts.File{Articles: gold.Articles, Register: gold.Register})
	for i, in := range inputs {
		var buf bytes.Buffer
		if err := facts.Write(&buf, in); err != nil {
			t.Fatalf("input %d: %v", i, err)
		}
		base := reg
		if i%2 == 1 && i < len(inputs)-1 {
			base = &schema.Register{}
			for _, a := range in.Articles {
				for _, f := range a.Facts {
					for _, m := range append([]schema.Mention{f.Subject, f.Object}, f.Partners...) {
						if e, ok := in.Register.Lookup(m.ID); ok {
							if !hasDiscovered(in.Discovered, m.ID) {
								_ = base.Add(e)
							}
						}
					}
				}
			}
		}
		back, err := facts.Read("out.yaml", buf.Bytes(), facts.ReadOptions{Register: base, Lenient: i == len(inputs)-1})
		if err != nil {
			t.Fatalf("input %d: reading back: %v\n%s", i, err, buf.String())
		}
		ignore := cmpopts.IgnoreFields(schema.Fact{}, "Line")
		want := in.Articles
		if i == len(inputs)-1 {
			want = stripAnnotations(want)
		}
		if diff := cmp.Diff(want, back.Articles, ignore, cmpopts.IgnoreFields(schema.Article{}, "Line", "HardNegatives", "Ambiguous"), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("input %d: round trip (-want +got):\n%s", i, diff)
		}
		if diff := cmp.Diff(in.Discovered, back.Discovered, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("input %d: discovered entities (-want +got):\n%s", i, diff)
		}
		var again bytes.Buffer
		if err := facts.Write(&again, back); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Errorf("input %d: second write differs", i)
		}
	}
}

func hasDiscovered(ds []facts.Discovered, slug string) bool {
	for _, d := range ds {
		if d.Slug == slug {
			return true
		}
	}
	return false
}

func stripAnnotations(as []schema.Article) []schema.Article {
	out := make([]schema.Article, len(as))
	copy(out, as)
	return out
}

// readCorpus reads the development corpus's gold facts and register.
func readCorpus(t testing.TB) (*facts.File, *schema.Register) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "corpus")
	regData, err := os.ReadFile(filepath.Join(dir, "aliases.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := facts.ReadRegister("aliases.yaml", regData)
	if err != nil {
		t.Fatal(err)
	}
	goldData, err := os.ReadFile(filepath.Join(dir, "gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := facts.Read("gold.yaml", goldData, facts.ReadOptions{Register: reg, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	return gold, reg
}
