package loadtest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
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

// GenerateFile writes the generated graph of about quads quads to path as
// N-Quads with `telcograph gen`, the file every system loads.
func GenerateFile(ctx context.Context, bin string, quads int, seed uint64, path string) error {
	cmd := exec.CommandContext(ctx, bin, "gen", "--quads", strconv.Itoa(quads), "--seed", strconv.FormatUint(seed, 10), "--out", path)
	cmd.Env = childEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("loadtest: telcograph gen: %w\n%s", err, out)
	}
	return nil
}

// LoadFile loads the N-Quads file data into the store at url with
// `telcograph load`, and returns the seconds the command took, from its
// start to its exit: parsing included, as `cayley load` is timed.
func LoadFile(ctx context.Context, bin, url, data string) (float64, error) {
	cmd := exec.CommandContext(ctx, bin, "load", "--store", url, data)
	cmd.Env = childEnv()
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		return 0, fmt.Errorf("loadtest: telcograph load --store %s: %w\n%s", url, err, out)
	}
	return time.Since(start).Seconds(), nil
}

// indexBuilt matches the log line in which `telcograph serve` says how
// long building its serving index from the store took.
var indexBuilt = regexp.MustCompile(`serving index built.* quads=(\d+) .*elapsed=(\S+)`)

// IndexBuild reads from a `telcograph serve` log how many quads the serving
// index was built from and how long that took; ok is false when the log
// says neither.
func IndexBuild(logPath string) (l Load, ok bool) {
	b, err := os.ReadFile(logPath)
	if err != nil {
		return l, false
	}
	for _, m := range indexBuilt.FindAllSubmatch(b, -1) {
		n, err1 := strconv.Atoi(string(m[1]))
		d, err2 := time.ParseDuration(string(m[2]))
		if err1 == nil && err2 == nil && n > 0 {
			l, ok = Load{What: "telcograph serve: serving index built from bolt", Quads: n, Seconds: d.Seconds()}, true
		}
	}
	return l, ok
}
