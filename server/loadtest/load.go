package loadtest

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// Load is what one W1 bulk load measured.
type Load struct {
	What    string
	Quads   int
	Seconds float64
}

// Rate is quads loaded per second; 0 when nothing was measured.
func (l Load) Rate() float64 {
	if l.Seconds <= 0 {
		return 0
	}
	return float64(l.Quads) / l.Seconds
}

// loadBatch is how many quads `telcograph load` writes in one transaction
// (whole articles, so an article's facts load all or nothing).
const loadBatch = 10000

// LoadTelcograph loads g into the store at url as `telcograph load` does
// (whole articles in transactions of about 10,000 quads) and returns the
// seconds the writes took; turning facts into quads is not timed. The store
// is closed before it returns.
func LoadTelcograph(ctx context.Context, url string, g *synth.Graph) (float64, error) {
	per := make([][]quad.Quad, len(g.Articles))
	one := &synth.Graph{Register: g.Register}
	for i, a := range g.Articles {
		one.Articles = []schema.Article{a}
		per[i] = one.QuadsOf()
	}
	s, err := graph.Open(ctx, url)
	if err != nil {
		return 0, fmt.Errorf("loadtest: load %s: %w", url, err)
	}
	defer s.Close()
	start := time.Now()
	var batch []graph.Source
	size := 0
	for i, a := range g.Articles {
		batch = append(batch, graph.Source{IRI: a.IRI(), Quads: per[i]})
		if size += len(per[i]); size >= loadBatch || i == len(g.Articles)-1 {
			if _, err := s.ReplaceSources(ctx, batch); err != nil {
				return 0, fmt.Errorf("loadtest: load %s: %w", url, err)
			}
			batch, size = batch[:0], 0
		}
	}
	return time.Since(start).Seconds(), nil
}

// WriteNQuads writes every quad of g to path, for the peers' loaders.
func WriteNQuads(path string, g *synth.Graph) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	w := nquads.NewWriter(f)
	if _, err := w.WriteQuads(g.QuadsOf()); err != nil {
		f.Close()
		return fmt.Errorf("loadtest: write %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		f.Close()
		return fmt.Errorf("loadtest: write %s: %w", path, err)
	}
	return f.Close()
}
