package loadtest

import (
	"slices"
	"sort"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// Truth is the right answer to every question of the workloads, computed
// from a generated graph's facts: the facts every system loaded (as quads),
// so an answer that differs from it is wrong whoever gave it. It is safe for
// concurrent use; answers are computed when first asked for and kept.
//
// Planned facts are left out: they make a statement but no edge, and the
// generator makes none.
type Truth struct {
	entities map[string]schema.Entity   // by slug, joint ventures included
	stmts    map[string][]membership    // alliance → its membership statements
	orgs     map[string]map[string]bool // member → alliances it is a member of
	founded  map[string][]schema.Date   // organisation → founding dates stated
	adj      map[string]map[string]bool // entity → neighbours over query.PathRelations, both ways

	mu   sync.Mutex
	w2   map[string][]memberWant
	w3   map[string][]string // company → co-members in coMembers' order
	dist map[[2]string]int
}

// membership is one statement that a member belongs to an alliance.
type membership struct {
	member   string // slug
	founding bool
	since    schema.Date
	source   string // the article's URL, which is also its IRI
	evidence string
}

// memberWant is one edge of telcograph's members page, as it must be.
type memberWant struct {
	slug, name string
	role       string   // MEMBER or FOUNDING_MEMBER
	since      []string // the values since may take: several when sources tie on the earliest day
	sources    []sourceWant
}

type sourceWant struct{ url, evidence string }

// NewTruth indexes g's facts for the checks.
func NewTruth(g *synth.Graph) *Truth {
	t := &Truth{
		entities: map[string]schema.Entity{}, stmts: map[string][]membership{},
		orgs: map[string]map[string]bool{}, founded: map[string][]schema.Date{}, adj: map[string]map[string]bool{},
		w2: map[string][]memberWant{}, w3: map[string][]string{}, dist: map[[2]string]int{},
	}
	for _, e := range g.Register.Entities() {
		t.entities[e.Slug] = e
	}
	follow := map[quad.IRI]bool{}
	for _, r := range query.PathRelations() {
		if spec, ok := r.Spec(); ok {
			follow[spec.Predicate] = true
		}
	}
	link := func(a, b string) {
		for _, x := range [][2]string{{a, b}, {b, a}} {
			if t.adj[x[0]] == nil {
				t.adj[x[0]] = map[string]bool{}
			}
			t.adj[x[0]][x[1]] = true
		}
	}
	for _, a := range g.Articles {
		for _, f := range a.Facts {
			spec, ok := f.Relation.Spec()
			if !ok || f.Modality == schema.Planned {
				continue
			}
			subject, objects := f.Subject.ID, []string{f.Object.ID}
			switch {
			case spec.PartnersRole != "":
				if subject == "" {
					slug, name := facts.VentureOf(f, g.Register)
					subject = slug
					if _, ok := t.entities[slug]; !ok {
						t.entities[slug] = schema.Entity{Slug: slug, Name: name, Type: schema.TypeJointVenture}
					}
				}
				objects = objects[:0]
				for _, p := range f.Partners {
					objects = append(objects, p.ID)
				}
			case spec.ObjectRole == "":
				objects = nil
			}
			if f.Relation == schema.RelFounded && !f.Date.IsZero() {
				t.founded[subject] = append(t.founded[subject], f.Date)
			}
			if spec.Predicate == schema.MemberOf {
				t.stmts[f.Object.ID] = append(t.stmts[f.Object.ID], membership{member: subject,
					founding: f.Relation == schema.RelFoundingMember, since: f.Since, source: a.URL, evidence: f.Evidence})
				if t.orgs[subject] == nil {
					t.orgs[subject] = map[string]bool{}
				}
				t.orgs[subject][f.Object.ID] = true
			}
			if follow[spec.Predicate] {
				for _, o := range objects {
					link(subject, o)
				}
			}
		}
	}
	return t
}

// sortKey is the order telcograph lists entities in by name: folded name,
// then slug.
func (t *Truth) sortKey(slug string) string {
	return schema.Fold(t.entities[slug].Name) + "\x00" + slug
}

// members is the whole of an alliance's members list, by name.
func (t *Truth) members(alliance string) []memberWant {
	t.mu.Lock()
	defer t.mu.Unlock()
	if m, ok := t.w2[alliance]; ok {
		return m
	}
	by := map[string]*memberWant{}
	sinces := map[string][]schema.Date{}
	var order []string
	for _, st := range t.stmts[alliance] {
		m := by[st.member]
		if m == nil {
			m = &memberWant{slug: st.member, name: t.entities[st.member].Name, role: "MEMBER"}
			by[st.member] = m
			order = append(order, st.member)
		}
		if st.founding {
			m.role = "FOUNDING_MEMBER"
		}
		if !st.since.IsZero() {
			sinces[st.member] = append(sinces[st.member], st.since)
		}
		m.sources = append(m.sources, sourceWant{st.source, st.evidence})
	}
	out := make([]memberWant, 0, len(order))
	for _, slug := range order {
		m := by[slug]
		// A founding member with no date of its own has been a member
		// since the founding.
		if ds := sinces[slug]; len(ds) > 0 {
			m.since = earliest(ds)
		} else if m.role == "FOUNDING_MEMBER" {
			m.since = earliest(t.founded[alliance])
		}
		sortSources(m.sources)
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return t.sortKey(out[i].slug) < t.sortKey(out[j].slug) })
	t.w2[alliance] = out
	return out
}

// earliest lists the dates that begin first, each once: telcograph keeps one
// of them, whichever it meets first.
func earliest(ds []schema.Date) []string {
	if len(ds) == 0 {
		return nil
	}
	var out []string
	first := ds[0].Start()
	for _, d := range ds[1:] {
		if d.Start().Before(first) {
			first = d.Start()
		}
	}
	for _, d := range ds {
		if d.Start().Equal(first) && !slices.Contains(out, d.String()) {
			out = append(out, d.String())
		}
	}
	sort.Strings(out)
	return out
}

func sortSources(ss []sourceWant) {
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].url != ss[j].url {
			return ss[i].url < ss[j].url
		}
		return ss[i].evidence < ss[j].evidence
	})
}

// statementRows are an alliance's membership statements as the peers'
// W2 queries select them: member IRI, evidence, source IRI.
func (t *Truth) statementRows(alliance string) [][3]string {
	var out [][3]string
	for _, st := range t.stmts[alliance] {
		out = append(out, [3]string{string(schema.EntityIRI(st.member)), st.evidence, st.source})
	}
	return out
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
		seen := map[string]bool{}
		for _, st := range t.stmts[a] {
			if st.member != company && !seen[st.member] {
				seen[st.member] = true
				shared[st.member]++
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
