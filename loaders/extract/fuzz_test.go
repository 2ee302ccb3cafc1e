package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
)

// FuzzExtractArticle runs the extractor on arbitrary bytes: it must never
// panic, and every fact it returns must quote the input.
func FuzzExtractArticle(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "articles", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<html><body><article><p>Acme Telecom joined the Radio Forum.</p></article></body></html>"))
	f.Add([]byte("source: x\ndate: 2024-13\n\nA (B) and C, D's E – F joined G."))
	reg := testRegister(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ff, err := extract.ExtractArticle("fuzz.txt", data, extract.ExtractOptions{Register: reg})
		var re *extract.RuleError
		if errors.As(err, &re) {
			t.Fatalf("%v\n%s", err, re.Stack) // a rule panicked
		}
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
