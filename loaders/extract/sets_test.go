package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// articleSet names a directory of articles and the register they are read
// with, relative to this package.
type articleSet struct{ articles, register string }

// eachArticle reads every article of the sets with its set's register and
// hands each to fn; a set with fewer than min articles fails the test, so
// a moved directory cannot make the test pass by reading nothing.
func eachArticle(t *testing.T, sets []articleSet, min int, fn func(path string, text []byte, reg *schema.Register)) {
	t.Helper()
	for _, set := range sets {
		data, err := os.ReadFile(set.register)
		if err != nil {
			t.Fatal(err)
		}
		reg, err := facts.ReadRegister(set.register, data)
		if err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob(filepath.Join(set.articles, "*.txt"))
		if len(files) < min {
			t.Fatalf("%s: %d articles", set.articles, len(files))
		}
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fn(f, text, reg)
		}
	}
}
