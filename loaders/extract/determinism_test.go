package extract_test

import (
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/schema"
)

// TestSameFactsEveryRun extracts every tune and heldout article several
// times: the facts must not depend on the order Go iterates a map in
// (a pronoun resolved between two equally recent groups, two placeholders
// bound, did). Go randomises map order on every run, so a dependence shows
// as a difference between two runs; when there is none the test cannot
// fail.
func TestSameFactsEveryRun(t *testing.T) {
	if extract.RaceDetector {
		t.Skip("one goroutine's work over 160 articles, five times slower under -race; make unit runs it without")
	}
	eachArticle(t, []articleSet{
		{"../../testdata/blind/tune/articles", "../../testdata/blind/tune/aliases.yaml"},
		{"../../testdata/heldout/articles", "../../testdata/heldout/aliases.yaml"},
	}, 10, func(f string, text []byte, reg *schema.Register) {
		first, err := extract.ExtractArticle(f, text, extract.ExtractOptions{Register: reg})
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			again, _ := extract.ExtractArticle(f, text, extract.ExtractOptions{Register: reg})
			if !reflect.DeepEqual(first.Articles[0].Facts, again.Articles[0].Facts) {
				t.Errorf("%s: two runs gave different facts", filepath.Base(f))
				break
			}
		}
	})
}

// TestDescriptionBetweenTwoGroups: "the foundation" after a sentence that
// named two foundations is the one the sentence named first (the other is
// in what describes it), whichever order a map is walked in.
func TestDescriptionBetweenTwoGroups(t *testing.T) {
	fm := func(org string, ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "foundingMember("+id+","+org+")")
		}
		return append(out, "founded("+org+")")
	}
	for range 5 {
		runNews(t, []newsCase{
			{"the new group named first", "Acme Telecom and Borealis Networks gave their agent tools to a new home, the Open Agent Foundation, which will sit under the Linux Foundation. The foundation was co-founded by Acme Telecom, Borealis Networks and Cobalt Mobile.",
				fm("open-agent-foundation", "acme-telecom", "borealis-networks", "cobalt-mobile")},
		})
	}
}

// TestExtractConcurrently extracts the corpus and heldout articles from
// four goroutines at once, as the server and `watch` do: every result must
// equal the article's serial extraction, and under -race (make unit) the
// detector watches the extractor's shared caches and tables.
func TestExtractConcurrently(t *testing.T) {
	type article struct {
		path string
		text []byte
		reg  *schema.Register
		want []schema.Fact
	}
	var all []*article
	eachArticle(t, []articleSet{
		{"../../testdata/corpus/articles", "../../testdata/corpus/aliases.yaml"},
		{"../../testdata/heldout/articles", "../../testdata/heldout/aliases.yaml"},
	}, 5, func(f string, text []byte, reg *schema.Register) {
		res, err := extract.ExtractArticle(f, text, extract.ExtractOptions{Register: reg})
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, &article{f, text, reg, res.Articles[0].Facts})
	})
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(all))
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range all {
				a := all[(i+w*len(all)/4)%len(all)] // each goroutine starts elsewhere
				res, err := extract.ExtractArticle(a.path, a.text, extract.ExtractOptions{Register: a.reg})
				if err != nil {
					errs <- filepath.Base(a.path) + ": " + err.Error()
					continue
				}
				if !reflect.DeepEqual(a.want, res.Articles[0].Facts) {
					errs <- filepath.Base(a.path) + ": facts differ from the serial run"
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
