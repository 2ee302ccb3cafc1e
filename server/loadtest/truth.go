package loadtest

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"sync"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// Truth is the right answer to every question of the workloads, computed
// from the quads every system loaded (ReadTruth reads them from the N-Quads
// file the peers load), so an answer that differs from it is wrong whoever
// gave it. It is safe for concurrent use; answers are computed when first
// asked for and kept.
type Truth struct {
	entities   map[string]schema.Entity       // by slug: the first name stated, aliases, type
	byAlliance map[string]map[string][]string // alliance → member → the labels (article IRIs) of its memberOf quads
	orgs       map[string]map[string]bool     // member → alliances it is a member of
	adj        map[string]map[string]bool     // entity → neighbours over query.PathRelations, both ways

	mu   sync.Mutex
	w2   map[string][]memberWant
	w3   map[string][]string // company → co-members in coMembers' order
	dist map[[2]string]int

	quads int
}

// memberWant is one edge of telcograph's members page, as it must be.
type memberWant struct {
	slug, name string
	sources    []string // article URLs, sorted, each once
}

// ReadTruth reads the N-Quads file at path, the file every system loads.
func ReadTruth(path string) (*Truth, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("loadtest: truth: %w", err)
	}
	defer f.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	t := newTruth()
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("loadtest: truth: %s: %w", path, err)
		}
		t.add(q)
	}
	return t, nil
}

// NewTruth is the truth of a generated graph's quads, as ReadTruth would
// read them from its N-Quads file.
func NewTruth(g *synth.Graph) *Truth {
	t := newTruth()
	for _, q := range g.QuadsOf() {
		t.add(q)
	}
	return t
}

func newTruth() *Truth {
	return &Truth{
		entities: map[string]schema.Entity{}, byAlliance: map[string]map[string][]string{},
		orgs: map[string]map[string]bool{}, adj: map[string]map[string]bool{},
		w2: map[string][]memberWant{}, w3: map[string][]string{}, dist: map[[2]string]int{},
	}
}

// pathPredicates are the predicates of the direct edges paths follow.
var pathPredicates = func() map[quad.IRI]bool {
	follow := map[quad.IRI]bool{}
	for _, r := range query.PathRelations() {
		if spec, ok := r.Spec(); ok {
			follow[spec.Predicate] = true
		}
	}
	return follow
}()

// add takes what the checks need from one quad: memberships, names,
// aliases, types and the edges paths follow.
func (t *Truth) add(q quad.Quad) {
	t.quads++
	p, _ := q.Predicate.(quad.IRI)
	s, ok := iriSlug(q.Subject)
	if !ok {
		return
	}
	entity := func() schema.Entity {
		e, ok := t.entities[s]
		if !ok {
			e.Slug = s
		}
		return e
	}
	switch {
	case p == schema.Name:
		if e := entity(); e.Name == "" {
			e.Name = literal(q.Object)
			t.entities[s] = e
		}
	case p == schema.AlternateName:
		e := entity()
		if a := literal(q.Object); !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
			t.entities[s] = e
		}
	case p == schema.RDFType:
		if c, ok := q.Object.(quad.IRI); ok && schema.TypeOfClass(c) != "" {
			e := entity()
			e.Type = schema.TypeOfClass(c)
			t.entities[s] = e
		}
	}
	o, ok := iriSlug(q.Object)
	if !ok {
		return
	}
	if p == schema.MemberOf {
		if t.byAlliance[o] == nil {
			t.byAlliance[o] = map[string][]string{}
		}
		label := ""
		if l, ok := q.Label.(quad.IRI); ok {
			label = string(l)
		}
		if !slices.Contains(t.byAlliance[o][s], label) {
			t.byAlliance[o][s] = append(t.byAlliance[o][s], label)
		}
		if t.orgs[s] == nil {
			t.orgs[s] = map[string]bool{}
		}
		t.orgs[s][o] = true
	}
	if pathPredicates[p] {
		for _, x := range [][2]string{{s, o}, {o, s}} {
			if t.adj[x[0]] == nil {
				t.adj[x[0]] = map[string]bool{}
			}
			t.adj[x[0]][x[1]] = true
		}
	}
}

// iriSlug is the slug of an entity IRI (statement nodes are not entities).
func iriSlug(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	if _, ok := schema.StatementID(iri); ok {
		return "", false
	}
	return schema.SlugOf(iri)
}

// literal is a literal's lexical form.
func literal(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.LangString:
		return string(x.Value)
	case quad.TypedString:
		return string(x.Value)
	}
	return quad.StringOf(v)
}

// sortKey is the order telcograph lists entities in by name: folded name,
// then slug.
func (t *Truth) sortKey(slug string) string {
	return schema.Fold(t.entities[slug].Name) + "\x00" + slug
}

// Largest is the alliance with the most members, as telcograph's
// `alliances(first: 1, orderBy: MEMBER_COUNT)` names it: ties go by name.
// It is "" when no alliance has members.
func (t *Truth) Largest() string {
	best := ""
	for a, ms := range t.byAlliance {
		switch n, m := len(ms), len(t.byAlliance[best]); {
		case best == "", n > m, n == m && t.sortKey(a) < t.sortKey(best):
			best = a
		}
	}
	return best
}

// members is the whole of an alliance's members list, by name.
func (t *Truth) members(alliance string) []memberWant {
	t.mu.Lock()
	defer t.mu.Unlock()
	if m, ok := t.w2[alliance]; ok {
		return m
	}
	out := make([]memberWant, 0, len(t.byAlliance[alliance]))
	for slug, labels := range t.byAlliance[alliance] {
		srcs := slices.Clone(labels)
		slices.Sort(srcs)
		out = append(out, memberWant{slug: slug, name: t.entities[slug].Name, sources: srcs})
	}
	sort.Slice(out, func(i, j int) bool { return t.sortKey(out[i].slug) < t.sortKey(out[j].slug) })
	t.w2[alliance] = out
	return out
}

// peerOrder is the order a peer's `ORDER BY` or `order()` puts entity IRIs
// in: SPARQL compares the IRI strings, Gizmo's order() their N-Quads form
// "<iri>", so ".../gulf-link-vision" sorts before ".../gulf-link" there
// ('-' < '>').
func peerOrder(sys System, iris []string) {
	if sys == Cayley {
		sort.Slice(iris, func(i, j int) bool { return iris[i]+">" < iris[j]+">" })
		return
	}
	sort.Strings(iris)
}

// peerMembers are the rows a peer's W2 selects: the alliance's first 50
// members in the peer's order, one row per source of each (member IRI,
// name, source IRI), sorted.
func (t *Truth) peerMembers(sys System, alliance string) [][3]string {
	var iris []string
	for slug := range t.byAlliance[alliance] {
		iris = append(iris, string(schema.EntityIRI(slug)))
	}
	peerOrder(sys, iris)
	var rows [][3]string
	for _, iri := range iris[:min(w2Rows, len(iris))] {
		slug, _ := schema.SlugOf(quad.IRI(iri))
		for _, src := range t.byAlliance[alliance][slug] {
			rows = append(rows, [3]string{iri, t.entities[slug].Name, src})
		}
	}
	sortRows(rows)
	return rows
}

// peerCoMembers are the IRIs a peer's W3 selects: the company's first 100
// co-members in the peer's order, sorted.
func (t *Truth) peerCoMembers(sys System, company string) []string {
	var iris []string
	for _, c := range t.coMembers(company) {
		iris = append(iris, string(schema.EntityIRI(c)))
	}
	peerOrder(sys, iris)
	iris = iris[:min(w3Rows, len(iris))]
	sort.Strings(iris)
	return iris
}

func sortRows(rows [][3]string) {
	sort.Slice(rows, func(i, j int) bool { return slices.Compare(rows[i][:], rows[j][:]) < 0 })
}

// coMembers are the entities that share an alliance with company, itself
// excluded, most shared alliances first, then by name: the order of
// telcograph's coMembers.
func (t *Truth) coMembers(company string) []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if c, ok := t.w3[company]; ok {
		return c
	}
	shared := map[string]int{}
	for a := range t.orgs[company] {
		for m := range t.byAlliance[a] {
			if m != company {
				shared[m]++
			}
		}
	}
	out := make([]string, 0, len(shared))
	for o := range shared {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		if shared[out[i]] != shared[out[j]] {
			return shared[out[i]] > shared[out[j]]
		}
		return t.sortKey(out[i]) < t.sortKey(out[j])
	})
	t.w3[company] = out
	return out
}

// maxHops is W4's maxHops.
const maxHops = 6

// distance is the number of edges of the shortest path from a to b over
// query.PathRelations, or -1 when there is none within maxHops.
func (t *Truth) distance(a, b string) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	key := [2]string{a, b}
	if d, ok := t.dist[key]; ok {
		return d
	}
	d := -1
	seen := map[string]bool{a: true}
	frontier := []string{a}
	for hops := 0; hops <= maxHops && len(frontier) > 0 && d < 0; hops++ {
		var next []string
		for _, n := range frontier {
			if n == b {
				d = hops
				break
			}
			for m := range t.adj[n] {
				if !seen[m] {
					seen[m] = true
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	t.dist[key] = d
	return d
}

// Quads is how many quads the truth was computed from.
func (t *Truth) Quads() int { return t.quads }
