package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	bbolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// TestBoltBulkSameAsCayley writes the same sources into one new bolt store
// through Cayley's ApplyDeltas and into another through the bulk writer,
// and compares every key and value of every bucket (the log's primitives
// with their Timestamp cleared: it is the time of the write either way);
// then writes further changes (replacements with removals, a removal, new
// sources) to both through the store and compares again; then reopens both
// and compares what the store and Cayley's own reader answer.
func TestBoltBulkSameAsCayley(t *testing.T) {
	for _, tc := range []struct {
		quads      int
		seed       uint64
		flushEvery int  // bulkFlushQuads: several flushes when small
		endByWrite bool // the bulk write ends by a write that removes quads, not EndBulk
	}{
		{1000, 1, 1 << 21, false},
		{4000, 2, 1500, true},
		{10000, 3, 3000, false},
	} {
		t.Run(fmt.Sprintf("quads=%d,seed=%d", tc.quads, tc.seed), func(t *testing.T) {
			defer func(n int) { bulkFlushQuads = n }(bulkFlushQuads)
			bulkFlushQuads = tc.flushEvery
			ctx := context.Background()
			srcs := bulkSources(tc.quads, tc.seed)
			dir := t.TempDir()
			pa, pb := filepath.Join(dir, "cayley.db"), filepath.Join(dir, "bulk.db")
			a, err := Open(ctx, "bolt://"+pa)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Open(ctx, "bolt://"+pb)
			if err != nil {
				t.Fatal(err)
			}
			if !b.startBulk() {
				t.Fatal("startBulk on a new bolt store: false")
			}
			writeBatches(t, a, srcs)
			writeBatches(t, b, srcs)
			if b.bulk == nil {
				t.Fatal("bulk write ended by adds only")
			}
			if !tc.endByWrite {
				if err := b.EndBulk(); err != nil {
					t.Fatal(err)
				}
				compareBolt(t, a.bolt, b.bolt)
			}
			// Further deltas through the normal path of both.
			more := changedSources(srcs)
			writeBatches(t, a, more)
			writeBatches(t, b, more)
			if b.bulk != nil {
				t.Fatal("a write with removals left the bulk write on")
			}
			for _, src := range srcs[len(srcs)/2 : len(srcs)/2+3] {
				for _, s := range []*Store{a, b} {
					if _, err := s.RemoveSource(ctx, src.IRI); err != nil {
						t.Fatal(err)
					}
				}
			}
			compareBolt(t, a.bolt, b.bolt)
			if b.startBulk() {
				t.Error("startBulk on a store with quads: true")
			}
			for _, s := range []*Store{a, b} {
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
			}
			a, err = Open(ctx, "bolt://"+pa)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			b, err = Open(ctx, "bolt://"+pb)
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			if diff := cmp.Diff(a.Stats(), b.Stats()); diff != "" {
				t.Errorf("stats differ (-cayley +bulk):\n%s", diff)
			}
			for _, src := range append(srcs, more...) {
				qa, qb := nquads(a.SourceQuads(src.IRI)), nquads(b.SourceQuads(src.IRI))
				if diff := cmp.Diff(qa, qb); diff != "" {
					t.Fatalf("source %s differs (-cayley +bulk):\n%s", src.IRI, diff)
				}
			}
			da, err := a.DurableQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			db, err := b.DurableQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(da) < tc.quads/2 {
				t.Fatalf("Cayley's reader gave %d quads", len(da))
			}
			if diff := cmp.Diff(nquads(da), nquads(db)); diff != "" {
				t.Errorf("Cayley's reader differs (-cayley +bulk):\n%s", diff)
			}
			sa, err := a.qs.Stats(ctx, true)
			if err != nil {
				t.Fatal(err)
			}
			sb, err := b.qs.Stats(ctx, true)
			if err != nil {
				t.Fatal(err)
			}
			if sa != sb {
				t.Errorf("Cayley's stats: %+v (Cayley) vs %+v (bulk)", sa, sb)
			}
		})
	}
}

// bulkSources is a synthetic graph's articles, and sources with literals
// of every kind, duplicate quads within a source and triples shared by
// several sources.
func bulkSources(n int, seed uint64) []schema.Source {
	g := synth.Generate(synth.Options{Quads: n, Seed: seed})
	var out []schema.Source
	for _, a := range g.Articles {
		one := &synth.Graph{Register: g.Register, Articles: []schema.Article{a}}
		out = append(out, schema.Source{IRI: a.IRI(), Quads: one.QuadsOf()})
	}
	when := time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)
	for i := range 8 {
		label := quad.IRI(fmt.Sprintf("https://example.org/lit/%d", i))
		s := quad.IRI(fmt.Sprintf("https://example.org/thing/%d", i%3))
		shared := out[i%len(out)].Quads[0] // another source's triple
		qs := []quad.Quad{
			quad.Make(s, quad.IRI("https://example.org/p/string"), quad.String(fmt.Sprintf("plain %d", i%2)), label),
			quad.Make(s, quad.IRI("https://example.org/p/lang"), quad.LangString{Value: "Bonjour", Lang: "fr"}, label),
			quad.Make(s, quad.IRI("https://example.org/p/typed"), quad.TypedString{Value: "2024-03", Type: "http://www.w3.org/2001/XMLSchema#gYearMonth"}, label),
			quad.Make(s, quad.IRI("https://example.org/p/int"), quad.Int(int64(i*7-3)), label),
			quad.Make(s, quad.IRI("https://example.org/p/float"), quad.Float(float64(i)+0.25), label),
			quad.Make(s, quad.IRI("https://example.org/p/bool"), quad.Bool(i%2 == 0), label),
			quad.Make(s, quad.IRI("https://example.org/p/time"), quad.Time(when.Add(time.Duration(i)*time.Hour)), label),
			quad.Make(quad.BNode(fmt.Sprintf("b%d", i)), quad.IRI("https://example.org/p/of"), s, label),
			quad.Make(shared.Subject, shared.Predicate, shared.Object, label),
		}
		qs = append(qs, qs[0], qs[3]) // duplicates
		out = append(out, schema.Source{IRI: label, Quads: qs})
	}
	// Interleave the literal sources with the articles.
	lits := out[len(g.Articles):]
	arts := out[:len(g.Articles)]
	mixed := make([]schema.Source, 0, len(out))
	step := max(1, len(arts)/len(lits))
	for i, a := range arts {
		mixed = append(mixed, a)
		if i%step == 0 && len(lits) > 0 {
			mixed, lits = append(mixed, lits[0]), lits[1:]
		}
	}
	return append(mixed, lits...)
}

// changedSources replaces every fifth source by its first half and a new
// quad, and adds a source of values the store has.
func changedSources(srcs []schema.Source) []schema.Source {
	var out []schema.Source
	for i := 0; i < len(srcs); i += 5 {
		qs := slices.Clone(srcs[i].Quads[:len(srcs[i].Quads)/2])
		qs = append(qs, quad.Make(srcs[i].IRI, quad.IRI("https://example.org/p/changed"), quad.Int(int64(i)), srcs[i].IRI))
		out = append(out, schema.Source{IRI: srcs[i].IRI, Quads: qs})
	}
	label := quad.IRI("https://example.org/again")
	var qs []quad.Quad
	for _, src := range srcs[:10] {
		q := src.Quads[len(src.Quads)-1]
		qs = append(qs, quad.Make(q.Subject, q.Predicate, q.Object, label))
	}
	return append(out, schema.Source{IRI: label, Quads: qs})
}

// writeBatches writes srcs in batches of about 700 quads, as graph/ingest
// does.
func writeBatches(t *testing.T, s *Store, srcs []schema.Source) {
	t.Helper()
	var batch []schema.Source
	n := 0
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if _, err := s.ReplaceSources(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
		batch, n = nil, 0
	}
	for _, src := range srcs {
		batch = append(batch, src)
		if n += len(src.Quads); n >= 700 {
			flush()
		}
	}
	flush()
}

// compareBolt compares every bucket, key and value of two bolt files; a
// primitive of the log is compared with its Timestamp cleared.
func compareBolt(t *testing.T, a, b *bbolt.DB) {
	t.Helper()
	da, db := dumpBolt(t, a), dumpBolt(t, b)
	if len(da) < 100 {
		t.Fatalf("store has only %d keys", len(da))
	}
	keys := map[string]bool{}
	for k := range da {
		keys[k] = true
	}
	for k := range db {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	bad := 0
	for _, k := range sorted {
		va, oka := da[k]
		vb, okb := db[k]
		if oka == okb && bytes.Equal(va, vb) {
			continue
		}
		if bad++; bad <= 10 {
			t.Errorf("key %q: Cayley %x (%v), bulk %x (%v)", k, va, oka, vb, okb)
		}
	}
	if bad > 0 {
		t.Fatalf("%d of %d keys differ", bad, len(sorted))
	}
}

// dumpBolt is every key of every (nested) bucket, as "bucket/key", with
// its value; buckets are listed with a nil value.
func dumpBolt(t *testing.T, db *bbolt.DB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	var walk func(prefix string, b *bbolt.Bucket) error
	walk = func(prefix string, b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			name := prefix + "/" + string(k)
			if v == nil {
				out[name+"/"] = nil
				return walk(name, b.Bucket(k))
			}
			if prefix == "/log" {
				var p cproto.Primitive
				if err := proto.Unmarshal(v, &p); err != nil {
					return err
				}
				if p.Timestamp == 0 {
					return fmt.Errorf("log %x: no timestamp", k)
				}
				p.Timestamp = 0
				var err error
				if v, err = proto.Marshal(&p); err != nil {
					return err
				}
			}
			out[name] = bytes.Clone(v)
			return nil
		})
	}
	err := db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			out["/"+string(name)+"/"] = nil
			return walk("/"+string(name), b)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func nquads(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

// TestStartBulk checks when a bulk write starts: a large write into a new
// bolt store, unless TELCOGRAPH_BOLT_BULK is off; and that DurableQuads
// during one sees the pending quads.
func TestStartBulk(t *testing.T) {
	ctx := context.Background()
	mem, err := Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if mem.StartBulk(BulkMinQuads) {
		t.Error("StartBulk on a memory store: true")
	}
	s, err := Open(ctx, "bolt://"+filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.StartBulk(BulkMinQuads - 1) {
		t.Error("StartBulk below BulkMinQuads: true")
	}
	t.Setenv(envBulk, "off")
	if s.StartBulk(BulkMinQuads) {
		t.Error("StartBulk with TELCOGRAPH_BOLT_BULK=off: true")
	}
	t.Setenv(envBulk, "")
	if !s.StartBulk(BulkMinQuads) {
		t.Fatal("StartBulk on a new bolt store: false")
	}
	srcs := bulkSources(500, 9)
	writeBatches(t, s, srcs)
	got, err := s.DurableQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.bulk != nil {
		t.Error("DurableQuads left the bulk write on")
	}
	if want := s.Stats().Quads; len(got) != want || want < 500 {
		t.Errorf("DurableQuads during a bulk write: %d quads, index %d", len(got), want)
	}
	if err := s.EndBulk(); err != nil {
		t.Fatal(err)
	}
}
