package facts_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// FuzzReadFacts runs the article-facts reader on arbitrary bytes: it must
// never panic, and must return either facts or an error.
func FuzzReadFacts(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "gold.yaml")); err == nil {
		f.Add(data)
	}
	f.Add([]byte("articles:\n- id: a\n  source: https://x.example/a\n  facts:\n  - rel: memberOf\n    member: {id: a, text: A}\n    org: {id: b}\n    since: 2024-02\n"))
	f.Add([]byte("entities: &a {x: *a}\narticles: *a\n"))
	f.Add([]byte("articles:\n- id: a\n  source: https://x.example/a\n  facts:\n  - rel: jointVenture\n    partners: [&p {id: x}, *p]\n    until: 2020\n    since: 2021\n"))
	regData, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "aliases.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	reg, err := facts.ReadRegister("aliases.yaml", regData)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, lenient := range []bool{false, true} {
			ff, err := facts.Read("fuzz.yaml", data, facts.ReadOptions{Register: reg, Lenient: lenient})
			if err == nil && ff == nil {
				t.Fatal("no facts file and no error")
			}
		}
	})
}
