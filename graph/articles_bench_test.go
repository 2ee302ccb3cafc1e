package graph_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/graph/text"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// articleQueries is the mix of article searches: entity names as words and
// as quoted phrases, prefixes, a word every article has, and a word none
// has.
func articleQueries(g *synth.Graph) []string {
	var out []string
	for i, e := range g.Register.Entities() {
		if e.Type != schema.TypeCompany || i%7 != 0 {
			continue
		}
		words := strings.Fields(strings.ToLower(e.Name))
		out = append(out, words[0], `"`+e.Name+`"`, words[0][:min(3, len(words[0]))]+"*")
		if len(out) >= 60 {
			break
		}
	}
	return append(out, "synthetic", "nokia")
}

// BenchmarkArticleSearch is articles(text:) as the API asks it: every
// match scored, facets over all of them, a page of 10 with highlights. It
// reports the median and the 99th percentile of one search.
func BenchmarkArticleSearch(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, g := benchStore(b, n)
			qs := articleQueries(g)
			ctx := context.Background()
			times := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, _, err := s.SearchArticles(ctx, text.ArticleFilter{Text: qs[i%len(qs)]}, query.PageQuery{First: 10, Last: -1}); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
			}
			b.StopTimer()
			sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}
