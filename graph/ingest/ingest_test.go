package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// openStore opens an empty in-memory store, closed when the test ends.
func openStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// corpus reads the development corpus's gold facts (9 articles) and the
// plain N-Quads fixture, as ingest.Read reads files.
func corpus(t *testing.T) []ingest.Input {
	t.Helper()
	regData, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "aliases.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := facts.ReadRegister("aliases.yaml", regData)
	if err != nil {
		t.Fatal(err)
	}
	var out []ingest.Input
	for _, name := range []string{"corpus/gold.yaml", "rdf/plain.nq"} {
		in, err := ingest.ReadFile(filepath.Join("..", "..", "testdata", name), ingest.ReadOptions{Register: reg})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, in)
	}
	return out
}

func quadSet(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

// recorder is a Progress that keeps what it hears.
type recorder struct {
	parsing map[string][]int
	writing [][2]int
}

func (r *recorder) Parsing(name string, read, size int) {
	if r.parsing == nil {
		r.parsing = map[string][]int{}
	}
	r.parsing[filepath.Base(name)] = append(r.parsing[filepath.Base(name)], read)
}
func (r *recorder) Writing(written, total int) { r.writing = append(r.writing, [2]int{written, total}) }

// TestWrite writes the corpus in batches of several sizes: the store ends
// the same whatever the batch, holds every quad the inputs make under its
// source, and a second write changes nothing.
func TestWrite(t *testing.T) {
	ctx := context.Background()
	inputs := corpus(t)
	var want []quad.Quad
	for _, a := range inputs[0].Facts.Articles {
		want = append(want, facts.Quads(a, inputs[0].Facts.Register)...)
	}
	for _, s := range inputs[1].Sources {
		want = append(want, s.Quads...)
	}
	wantSet := quadSet(want)
	for _, tt := range []struct {
		name  string
		batch int
	}{{"one source a transaction", 1}, {"50 quads", 50}, {"default", 0}, {"all in one", 1 << 30}} {
		batch := tt.batch
		t.Run(tt.name, func(t *testing.T) {
			store := openStore(t)
			rec := &recorder{}
			res, err := ingest.Write(ctx, store, inputs, ingest.Options{BatchQuads: batch, Progress: rec})
			if err != nil {
				t.Fatal(err)
			}
			if res.Articles != len(inputs[0].Facts.Articles) || res.Graphs != len(inputs[1].Sources) || res.Removed != 0 {
				t.Errorf("result %+v: want %d articles, %d graphs, nothing removed", res, len(inputs[0].Facts.Articles), len(inputs[1].Sources))
			}
			if len(res.Sources) != res.Articles+res.Graphs {
				t.Errorf("%d sources named, want %d", len(res.Sources), res.Articles+res.Graphs)
			}
			if diff := cmp.Diff(wantSet, quadSet(store.Quads(ctx, ""))); diff != "" {
				t.Errorf("store (-want +got):\n%s", diff)
			}
			// Progress: from 0 to the total, by batches.
			last := rec.writing[len(rec.writing)-1]
			if rec.writing[0][0] != 0 || last[0] != last[1] || last[1] != len(want) {
				t.Errorf("progress %v: want 0 first and %d/%d last", rec.writing, len(want), len(want))
			}
			if batch == 1 && len(rec.writing) != 1+res.Articles+res.Graphs {
				t.Errorf("batch 1: %d progress reports, want one per source and the start", len(rec.writing))
			}
			again, err := ingest.Write(ctx, store, inputs, ingest.Options{BatchQuads: batch})
			if err != nil || again.Added != 0 || again.Removed != 0 {
				t.Errorf("second write: %+v, %v; want no change", again.Change, err)
			}
		})
	}
}

// TestRead reads inputs by their extension and refuses what it does not
// know; every problem of a file is reported, as loaders.Problems.
func TestRead(t *testing.T) {
	nq := []byte(`<https://a.example/s> <https://a.example/p> "x" <https://a.example/news/1> .` + "\n")
	tests := []struct {
		name     string
		data     []byte
		articles int
		sources  int
		problems int // loaders.Problems expected, -1 for another error
	}{
		{"a.nq", nq, 0, 1, 0},
		{"a.NQuads", nq, 0, 1, 0},
		{"a.jsonld", []byte(`{"@id": "https://a.example/news/1", "@graph": [{"@id": "https://a.example/s", "https://a.example/p": "x"}]}`), 0, 1, 0},
		{"a.yaml", []byte("articles:\n- id: a\n  source: https://a.example/news/1\n  facts: []\n"), 1, 0, 0},
		{"a.txt", []byte("source: https://a.example/news/1\n\nNothing happened.\n"), 1, 0, 0},
		{"bad.nq", append(nq, "<https://a.example/s> .\n<x> <y> <z> <w> .\n"...), 0, 0, 2},
		{"bad.yml", []byte("articles: 5\n"), 0, 0, 1},
		{"a.ttl", nq, 0, 0, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{}
			in, err := ingest.Read(tt.name, tt.data, ingest.ReadOptions{Progress: rec})
			var ps loaders.Problems
			switch {
			case tt.problems > 0:
				if !errors.As(err, &ps) || len(ps) != tt.problems {
					t.Fatalf("err %v, want %d problems", err, tt.problems)
				}
				return
			case tt.problems < 0:
				if err == nil || errors.As(err, &ps) || !errors.Is(err, schema.ErrInvalid) {
					t.Fatalf("err %v, want an invalid input that is not a list of problems", err)
				}
				return
			case err != nil:
				t.Fatal(err)
			}
			articles := 0
			if in.Facts != nil {
				articles = len(in.Facts.Articles)
			}
			if articles != tt.articles || len(in.Sources) != tt.sources || in.Name != tt.name {
				t.Errorf("%s: %d articles, %d sources; want %d, %d", in.Name, articles, len(in.Sources), tt.articles, tt.sources)
			}
			if got := rec.parsing[tt.name]; tt.name != "a.txt" && (len(got) == 0 || got[len(got)-1] != len(tt.data)) {
				t.Errorf("parsing progress %v, want it to end at %d", got, len(tt.data))
			}
		})
	}
}

// TestRemove removes a source, and refuses one the store does not have.
func TestRemove(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	inputs := corpus(t)
	if _, err := ingest.Write(ctx, store, inputs, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	src := inputs[1].Sources[0]
	res, err := ingest.Remove(ctx, store, src.IRI)
	if err != nil || res.Removed != len(src.Quads) || res.Added != 0 || len(store.SourceQuads(src.IRI)) != 0 {
		t.Errorf("remove: %+v, %v; want %d quads removed and none left", res, err, len(src.Quads))
	}
	if _, err := ingest.Remove(ctx, store, src.IRI); !errors.Is(err, schema.ErrNotFound) {
		t.Errorf("second remove: %v, want ErrNotFound", err)
	}
}

// TestRegister: the graph's register knows every entity the store holds.
func TestRegister(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	inputs := corpus(t)
	if _, err := ingest.Write(ctx, store, inputs[:1], ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	reg := ingest.Register(ctx, store)
	for _, a := range inputs[0].Facts.Articles {
		for _, id := range facts.EntityIDs(a.Facts[0]) {
			if _, ok := reg.Lookup(id); !ok {
				t.Errorf("register misses %s, which the store holds", id)
			}
		}
	}
}

// TestWriteActor: with an actor, each source the write changes gets a
// history event, and a write that changes nothing gets none; the counts
// leave the events out.
func TestWriteActor(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	inputs := corpus(t)
	plain, err := ingest.Write(ctx, openStore(t), inputs, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ingest.Write(ctx, store, inputs, ingest.Options{Actor: "local:tester"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != plain.Added {
		t.Errorf("added %d with an actor, %d without: the events are counted", res.Added, plain.Added)
	}
	hist, err := curate.History(ctx, store, curate.HistoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != len(res.Sources) {
		t.Fatalf("%d events for %d sources", len(hist), len(res.Sources))
	}
	for _, e := range hist {
		if e.Kind != schema.EventSourceWritten || e.Actor != "local:tester" || e.Source == "" {
			t.Errorf("event %+v", e)
		}
	}
	if _, err := ingest.Write(ctx, store, inputs, ingest.Options{Actor: "local:tester"}); err != nil {
		t.Fatal(err)
	}
	if again, _ := curate.History(ctx, store, curate.HistoryFilter{}); len(again) != len(hist) {
		t.Errorf("a write that changes nothing added %d events", len(again)-len(hist))
	}
}
