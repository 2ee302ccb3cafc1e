package loaders_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/loaders"
)

// FuzzExtractArticle runs the extractor on arbitrary bytes: it must never
// panic, and every fact it returns must quote the input.
func FuzzExtractArticle(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "articles", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<html><body><article><p>Acme Telecom joined the Radio Forum.</p></article></body></html>"))
	f.Add([]byte("source: x\ndate: 2024-13\n\nA (B) and C, D's E – F joined G."))
	reg := testRegister(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ff, err := loaders.ExtractArticle("fuzz.txt", data, loaders.ExtractOptions{Register: reg})
		if err != nil {
			return
		}
		text := strings.ToValidUTF8(string(data), "\uFFFD")
		for _, a := range ff.Articles {
			for _, fact := range a.Facts {
				if !strings.Contains(text, fact.Evidence) && !strings.Contains(strings.Join(strings.Fields(text), " "), fact.Evidence) {
					t.Fatalf("evidence %q not in input", fact.Evidence)
				}
			}
		}
	})
}

// FuzzReadFacts runs the article-facts reader on arbitrary bytes: it must
// never panic, and must return either facts or an error.
func FuzzReadFacts(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "gold.yaml")); err == nil {
		f.Add(data)
	}
	f.Add([]byte("articles:\n- id: a\n  source: https://x.example/a\n  facts:\n  - rel: memberOf\n    member: {id: a, text: A}\n    org: {id: b}\n    since: 2024-02\n"))
	f.Add([]byte("entities: &a {x: *a}\narticles: *a\n"))
	f.Add([]byte("articles:\n- id: a\n  source: https://x.example/a\n  facts:\n  - rel: jointVenture\n    partners: [&p {id: x}, *p]\n    until: 2020\n    since: 2021\n"))
	reg := testRegister(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, lenient := range []bool{false, true} {
			ff, err := loaders.ReadFacts("fuzz.yaml", data, loaders.ReadOptions{Register: reg, Lenient: lenient})
			if err == nil && ff == nil {
				t.Fatal("no facts file and no error")
			}
		}
	})
}
