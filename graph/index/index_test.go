package index_test

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/storetest"
	"github.com/telcograph/telcograph/schema"
)

const (
	seed = quad.IRI("https://openkorea.org/feeds/sk-telecom-accelerates-ai-push-via-alliance-with-more-partners")
	gtaa = quad.IRI("https://telecoms.com/522891/telcos-team-up-for-ai-platform-project/")
)

func replace(x *index.Index, source quad.IRI, quads []quad.Quad) index.Delta {
	d := x.Diff(source, quads)
	x.Apply(d)
	return d
}

func named(source quad.IRI, slug, name string) []quad.Quad {
	iri := schema.EntityIRI(slug)
	return []quad.Quad{
		{Subject: iri, Predicate: schema.RDFType, Object: schema.ClassCompany, Label: source},
		{Subject: iri, Predicate: schema.Name, Object: quad.String(name), Label: source},
	}
}

// TestWrites replaces sources in turn and checks what a reader sees after
// each write.
func TestWrites(t *testing.T) {
	corpus := storetest.Corpus(t, "../..")
	singtelInGTAA := func(x *index.Index) any {
		s, _ := x.Lookup(schema.EntityIRI("singtel"))
		p, _ := x.Lookup(schema.MemberOf)
		o, _ := x.Lookup(schema.EntityIRI("gtaa"))
		l, ok := x.Link(schema.RelMemberOf, index.Edge{S: s, P: p, O: o})
		if !ok {
			return []string(nil)
		}
		var urls []string
		for _, src := range l.Sources {
			urls = append(urls, src.URL)
		}
		return urls
	}
	name := func(x *index.Index) any {
		id, _ := x.Lookup(schema.EntityIRI("acme"))
		e, _ := x.Entity(id)
		return e.Name
	}
	tests := []struct {
		name  string
		steps func(x *index.Index)
		check func(x *index.Index) any
		want  any
	}{
		{
			name:  "a source holds exactly what it was replaced with",
			steps: func(x *index.Index) { replace(x, seed, corpus[seed]) },
			check: func(x *index.Index) any { return nquads(x.SourceQuads(seed)) },
			want:  nquads(corpus[seed]),
		},
		{
			name: "replacing a source with what it has changes nothing",
			steps: func(x *index.Index) {
				replace(x, seed, corpus[seed])
			},
			check: func(x *index.Index) any { d := x.Diff(seed, corpus[seed]); return len(d.Add) + len(d.Remove) },
			want:  0,
		},
		{
			name: "an edited source loses only what the edit drops",
			steps: func(x *index.Index) {
				replace(x, seed, corpus[seed])
			},
			check: func(x *index.Index) any {
				d := replace(x, seed, corpus[seed][1:])
				return []int{len(d.Add), len(d.Remove), x.Stats().Quads}
			},
			want: []int{0, 1, len(corpus[seed]) - 1},
		},
		{
			name: "the same fact from two sources is one edge with two sources",
			steps: func(x *index.Index) {
				replace(x, seed, corpus[seed])
				replace(x, gtaa, corpus[gtaa])
			},
			check: singtelInGTAA,
			want:  []string{string(seed), string(gtaa)},
		},
		{
			name: "removing one source keeps the edge with the other",
			steps: func(x *index.Index) {
				replace(x, seed, corpus[seed])
				replace(x, gtaa, corpus[gtaa])
				replace(x, seed, nil)
			},
			check: singtelInGTAA,
			want:  []string{string(gtaa)},
		},
		{
			name: "removing every source releases every value",
			steps: func(x *index.Index) {
				replace(x, seed, corpus[seed])
				replace(x, gtaa, corpus[gtaa])
				replace(x, seed, nil)
				replace(x, gtaa, nil)
			},
			check: func(x *index.Index) any {
				_, ok := x.Lookup(schema.EntityIRI("singtel"))
				return []any{x.Stats(), ok}
			},
			want: []any{index.Stats{}, false},
		},
		{
			name: "an entity named differently by two sources takes the least name",
			steps: func(x *index.Index) {
				replace(x, "https://a.example/1", named("https://a.example/1", "acme", "Acme Corp"))
				replace(x, "https://a.example/2", named("https://a.example/2", "acme", "ACME"))
			},
			check: name,
			want:  "ACME",
		},
		{
			name: "removing that source gives it the other's",
			steps: func(x *index.Index) {
				replace(x, "https://a.example/1", named("https://a.example/1", "acme", "Acme Corp"))
				replace(x, "https://a.example/2", named("https://a.example/2", "acme", "ACME"))
				replace(x, "https://a.example/2", nil)
			},
			check: name,
			want:  "Acme Corp",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := index.New()
			tt.steps(x)
			if diff := cmp.Diff(tt.want, tt.check(x)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestReplaceCycles: after random replacements of the corpus's sources
// (whole, in part, or removed, and back), the index answers every typed
// read as an index built afresh from the sources' last contents does, also
// when it was read between the writes.
func TestReplaceCycles(t *testing.T) {
	corpus := storetest.Corpus(t, "../..")
	var sources []quad.IRI
	for src := range corpus {
		sources = append(sources, src)
	}
	sort.Slice(sources, func(i, j int) bool { return sources[i] < sources[j] })
	for s := uint64(1); s <= 5; s++ {
		rng := rand.New(rand.NewPCG(s, s))
		x := index.New()
		last := map[quad.IRI][]quad.Quad{}
		for step := 0; step < 60; step++ {
			src := sources[rng.IntN(len(sources))]
			var qs []quad.Quad
			switch rng.IntN(3) {
			case 0:
				qs = corpus[src]
			case 1:
				for _, q := range corpus[src] {
					if rng.IntN(2) == 0 {
						qs = append(qs, q)
					}
				}
			}
			replace(x, src, qs)
			last[src] = qs
			if step%7 == 3 {
				// frozen lists (adjacency.go): later writes patch them
				x.Compact()
			}
			if d := x.Diff(src, qs); len(d.Add)+len(d.Remove) != 0 {
				t.Fatalf("seed %d step %d: a second diff of %s is not empty: %+v", s, step, src, d)
			}
			// Reading fills the index's caches, which later writes must
			// empty where they change what was read.
			got := viewOf(x)
			if step%10 == 9 {
				fresh := index.New()
				for _, src := range sources {
					replace(fresh, src, last[src])
				}
				if diff := cmp.Diff(viewOf(fresh), got); diff != "" {
					t.Fatalf("seed %d step %d: the index differs from one built afresh (-fresh +replaced):\n%s", s, step, diff)
				}
			}
		}
		fresh := index.New()
		for _, src := range sources {
			replace(fresh, src, last[src])
		}
		if diff := cmp.Diff(viewOf(fresh), viewOf(x)); diff != "" {
			t.Fatalf("seed %d: the index differs from one built afresh (-fresh +replaced):\n%s", s, diff)
		}
	}
}

// view is what typed reads see of an index.
type view struct {
	Quads      []string
	Stats      index.Stats
	Entities   map[string]schema.Entity
	Links      map[string]schema.Link      // by the edge's N-Triples form
	Statements map[string]schema.Statement // by IRI
	Articles   map[string]schema.Article   // by URL
	Names      map[string][]string         // by folded key: slugs, "(alias)" marked
	Keys       []string
	Words      []string
	Adjacent   map[string][]string // a node's edges out and in, by its N-Quads form
}

func viewOf(x *index.Index) view {
	v := view{Stats: x.Stats(), Entities: map[string]schema.Entity{}, Links: map[string]schema.Link{},
		Statements: map[string]schema.Statement{}, Articles: map[string]schema.Article{}, Names: map[string][]string{},
		Adjacent: map[string][]string{}}
	qs := x.Quads()
	v.Quads = nquads(qs)
	for _, q := range qs {
		s, _ := x.Lookup(q.Subject)
		p, _ := x.Lookup(q.Predicate)
		o, _ := x.Lookup(q.Object)
		if e, ok := x.Entity(s); ok {
			v.Entities[e.Slug] = e
		}
		if e := (index.Edge{S: s, P: p, O: o}); x.Stated(e) {
			triple := quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object}.NQuad()
			v.Links[triple] = x.EdgeLink(e)
		}
		for _, v0 := range []quad.Value{q.Subject, q.Object} {
			id, _ := x.Lookup(v0)
			var es []string
			for _, e := range x.Out(id) {
				es = append(es, "out "+edgeString(x, e))
			}
			for _, e := range x.In(id) {
				es = append(es, "in "+edgeString(x, e))
			}
			sort.Strings(es)
			v.Adjacent[v0.String()] = es
		}
		if x.HasType(s, schema.ClassStatement) {
			v.Statements[q.Subject.String()] = x.Statement(s)
		}
		if x.HasType(s, schema.ClassArticle) {
			v.Articles[q.Subject.String()] = x.Article(s)
		}
	}
	v.Keys, v.Words, _ = x.Names().Sorted()
	v.Keys, v.Words = append([]string{}, v.Keys...), append([]string{}, v.Words...)
	for _, k := range v.Keys {
		for id, alias := range x.Names().Entities(k) {
			s := x.Slug(id)
			if alias {
				s += " (alias)"
			}
			v.Names[k] = append(v.Names[k], s)
		}
		sort.Strings(v.Names[k])
	}
	return v
}

func nquads(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

// edgeString is e's values in N-Triples form.
func edgeString(x *index.Index, e index.Edge) string {
	return x.Value(e.S).String() + " " + x.Value(e.P).String() + " " + x.Value(e.O).String()
}
