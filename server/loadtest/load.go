package loadtest

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/ingest"
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
const loadBatch = ingest.DefaultBatchQuads

// LoadTelcograph loads g into the store at url as `telcograph load` does
// (whole articles in transactions of about 10,000 quads) and returns the
// seconds the writes took; turning facts into quads is not timed. The store
// is closed before it returns.
func LoadTelcograph(ctx context.Context, url string, g *synth.Graph) (float64, error) {
	// Quads are made before the clock starts: each article is a source of
	// its own, written as `telcograph load` writes sources.
	in := ingest.Input{Name: "synthetic", Sources: make([]schema.Source, len(g.Articles))}
	one := &synth.Graph{Register: g.Register}
	for i, a := range g.Articles {
		one.Articles = []schema.Article{a}
		in.Sources[i] = schema.Source{IRI: a.IRI(), Quads: one.QuadsOf()}
	}
	s, err := graph.Open(ctx, url)
	if err != nil {
		return 0, fmt.Errorf("loadtest: load %s: %w", url, err)
	}
	defer s.Close()
	start := time.Now()
	if _, err := ingest.Write(ctx, s, []ingest.Input{in}, ingest.Options{BatchQuads: loadBatch}); err != nil {
		return 0, fmt.Errorf("loadtest: load %s: %w", url, err)
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
