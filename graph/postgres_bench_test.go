package graph_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/pgtest"
	"github.com/telcograph/telcograph/graph/storetest"
	"github.com/telcograph/telcograph/schema"
)

// corpusCopy is the corpus with every entity IRI and source renamed for copy
// i, so copies add up to a larger graph of the same shape.
func corpusCopy(c map[quad.IRI][]quad.Quad, i int) map[quad.IRI][]quad.Quad {
	rename := func(v quad.Value) quad.Value {
		if iri, ok := v.(quad.IRI); ok && (strings.HasPrefix(string(iri), schema.EntityNS) || c[iri] != nil) {
			return quad.IRI(fmt.Sprintf("%s-copy-%d", iri, i))
		}
		return v
	}
	out := make(map[quad.IRI][]quad.Quad, len(c))
	for src, qs := range c {
		label := rename(src).(quad.IRI)
		for _, q := range qs {
			out[label] = append(out[label], quad.Quad{Subject: rename(q.Subject), Predicate: q.Predicate, Object: rename(q.Object), Label: label})
		}
	}
	return out
}

// BenchmarkPostgres measures source writes into PostgreSQL and the index
// build of a store holding 100 copies of the corpus (about 115,000 quads), on
// a throwaway server:
//
//	go test ./graph/ -run '^$' -bench Postgres -benchtime 1x
func BenchmarkPostgres(b *testing.B) {
	srv := pgtest.Start(b)
	url := srv.URL(srv.CreateDB())
	ctx := context.Background()
	quiet := graph.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	s, err := graph.OpenWith(ctx, url, quiet)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	corpus := storetest.Corpus(b, "..")

	b.Run("write", func(b *testing.B) {
		quads := 0
		start := time.Now()
		for i := range 100 {
			cp := corpusCopy(corpus, i)
			srcs := make([]quad.IRI, 0, len(cp))
			for src := range cp {
				srcs = append(srcs, src)
			}
			sort.Slice(srcs, func(i, j int) bool { return srcs[i] < srcs[j] })
			for _, src := range srcs {
				if _, err := s.ReplaceSource(ctx, src, cp[src]); err != nil {
					b.Fatal(err)
				}
				quads += len(cp[src])
			}
		}
		b.ReportMetric(float64(quads)/time.Since(start).Seconds(), "quads/s")
	})
	b.Run("open", func(b *testing.B) {
		n := s.Stats().Quads
		for b.Loop() {
			s2, err := graph.OpenWith(ctx, url, quiet)
			if err != nil {
				b.Fatal(err)
			}
			s2.Close()
		}
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
	})
}
