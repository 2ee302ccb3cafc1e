package loadtest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Limits the workloads' queries set: W2's first 50 members (Gizmo and
// SPARQL: 50 rows), W3's first 100 co-members, W5's first 10 hits. Cayley's
// HTTP API returns at most 100 rows of any query (its default limit), so its
// W3 answer is 100 of the co-members when there are more.
const (
	w2Rows       = 50
	w3Rows       = 100
	w5Hits       = 10
	cayleyMaxRow = 100
)

// Check reports whether body, sys's answer to question a, is right: nil when
// it is, else an error that says the first thing wrong. Where a query sets an
// order (telcograph's members by name, co-members by alliances shared, a
// path from start to end, search hits best first) the order is checked; a
// Gizmo or SPARQL query that sets none is checked as a set.
func (t *Truth) Check(sys System, a Ask, body []byte) error {
	var err error
	switch {
	case sys.graphQL():
		err = t.checkGraphQL(a, body)
	case sys == Cayley:
		err = t.checkCayley(a, body)
	case sys == SPARQL:
		err = t.checkSPARQL(a, body)
	default:
		err = ErrUnsupported
	}
	if err != nil {
		return fmt.Errorf("%s %s %s: %w", sys, a.Workload, a.input(), err)
	}
	return nil
}

// input names the question's input in messages.
func (a Ask) input() string {
	switch a.Workload {
	case W4:
		return a.Pair[0] + " → " + a.Pair[1]
	case W5:
		return fmt.Sprintf("%q (%s of %s)", a.Search.Text, a.Search.Kind, a.Search.Slug)
	}
	return a.Slug
}

// ---- telcograph: GraphQL JSON ----------------------------------------------

func (t *Truth) checkGraphQL(a Ask, body []byte) error {
	var env struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return fmt.Errorf("not GraphQL JSON: %w", err)
	}
	if len(env.Errors) > 0 {
		return fmt.Errorf("GraphQL errors: %s", env.Errors[0])
	}
	if len(env.Data) == 0 || string(env.Data) == "null" {
		return fmt.Errorf("no data")
	}
	switch a.Workload {
	case W2:
		return t.checkMembers(a.Slug, env.Data)
	case W3:
		return t.checkCoMembers(a.Slug, env.Data)
	case W4:
		return t.checkPath(a.Pair, env.Data)
	case W5:
		return t.checkSearch(a.Search, env.Data)
	}
	return ErrUnsupported
}

func (t *Truth) checkMembers(alliance string, data json.RawMessage) error {
	var got struct {
		Alliance *struct {
			Members struct {
				Edges []struct {
					Since *string `json:"since"`
					Role  *string `json:"role"`
					Node  struct {
						Slug string `json:"slug"`
						Name string `json:"name"`
					} `json:"node"`
					Sources []struct {
						URL      string  `json:"url"`
						Evidence *string `json:"evidence"`
					} `json:"sources"`
				} `json:"edges"`
			} `json:"members"`
		} `json:"alliance"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		return fmt.Errorf("answer shape: %w", err)
	}
	if got.Alliance == nil {
		return fmt.Errorf("alliance is null")
	}
	all := t.members(alliance)
	want := all[:min(w2Rows, len(all))]
	edges := got.Alliance.Members.Edges
	if len(edges) != len(want) {
		return fmt.Errorf("%d members, want %d", len(edges), len(want))
	}
	for i, e := range edges {
		w := want[i]
		if e.Node.Slug != w.slug {
			return fmt.Errorf("member %d is %s, want %s", i, e.Node.Slug, w.slug)
		}
		if e.Node.Name != w.name {
			return fmt.Errorf("member %s is named %q, want %q", w.slug, e.Node.Name, w.name)
		}
		if deref(e.Role) != w.role {
			return fmt.Errorf("member %s has role %q, want %q", w.slug, deref(e.Role), w.role)
		}
		if since := deref(e.Since); !(len(w.since) == 0 && e.Since == nil) && !slices.Contains(w.since, since) {
			return fmt.Errorf("member %s since %q, want one of %q", w.slug, since, w.since)
		}
		srcs := make([]sourceWant, len(e.Sources))
		for j, s := range e.Sources {
			srcs[j] = sourceWant{s.URL, deref(s.Evidence)}
		}
		sortSources(srcs)
		if !slices.Equal(srcs, w.sources) {
			return fmt.Errorf("member %s has sources %q, want %q", w.slug, srcs, w.sources)
		}
	}
	return nil
}

func (t *Truth) checkCoMembers(company string, data json.RawMessage) error {
	var got struct {
		CoMembers struct {
			TotalCount int `json:"totalCount"`
			Edges      []struct {
				Node struct {
					Slug string `json:"slug"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"coMembers"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		return fmt.Errorf("answer shape: %w", err)
	}
	all := t.coMembers(company)
	if got.CoMembers.TotalCount != len(all) {
		return fmt.Errorf("totalCount %d, want %d", got.CoMembers.TotalCount, len(all))
	}
	want := all[:min(w3Rows, len(all))]
	slugs := make([]string, len(got.CoMembers.Edges))
	for i, e := range got.CoMembers.Edges {
		slugs[i] = e.Node.Slug
	}
	return sameList("co-member", slugs, want)
}

func (t *Truth) checkPath(pair [2]string, data json.RawMessage) error {
	var got struct {
		Path *struct {
			Hops  int `json:"hops"`
			Nodes []struct {
				Slug string `json:"slug"`
			} `json:"nodes"`
		} `json:"path"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		return fmt.Errorf("answer shape: %w", err)
	}
	d := t.distance(pair[0], pair[1])
	switch {
	case got.Path == nil && d < 0:
		return nil
	case got.Path == nil:
		return fmt.Errorf("no path, want one of %d hops", d)
	case d < 0:
		return fmt.Errorf("a path of %d hops, want none within %d", got.Path.Hops, maxHops)
	case got.Path.Hops != d:
		return fmt.Errorf("%d hops, want %d", got.Path.Hops, d)
	case len(got.Path.Nodes) != d+1:
		return fmt.Errorf("%d nodes for %d hops", len(got.Path.Nodes), d)
	}
	nodes := got.Path.Nodes
	if nodes[0].Slug != pair[0] || nodes[d].Slug != pair[1] {
		return fmt.Errorf("path from %s to %s", nodes[0].Slug, nodes[d].Slug)
	}
	for i := 1; i < len(nodes); i++ {
		if !t.adj[nodes[i-1].Slug][nodes[i].Slug] {
			return fmt.Errorf("step %d: %s and %s are not linked", i, nodes[i-1].Slug, nodes[i].Slug)
		}
	}
	return nil
}

// reasons are the values of the MatchReason enum.
var reasons = []string{"EXACT", "ALIAS", "ACRONYM", "PREFIX", "TYPO", "WORDS", "WORD_PREFIX", "FUZZY"}

// checkSearch checks what a ranking leaves certain: an exact name is the
// first hit, a prefix finds something, every hit is a real entity under its
// name, once, and an EXACT or PREFIX reason holds for the name or an alias.
// Which typo or prefix matches make the first ten is the ranking's business.
func (t *Truth) checkSearch(s SearchText, data json.RawMessage) error {
	var got struct {
		Search struct {
			Edges []struct {
				Node struct {
					Slug string `json:"slug"`
					Name string `json:"name"`
				} `json:"node"`
				Reason string `json:"reason"`
			} `json:"edges"`
		} `json:"search"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		return fmt.Errorf("answer shape: %w", err)
	}
	hits := got.Search.Edges
	if len(hits) > w5Hits {
		return fmt.Errorf("%d hits, want at most %d", len(hits), w5Hits)
	}
	text := schema.Fold(s.Text)
	seen := map[string]bool{}
	for i, h := range hits {
		e, ok := t.entities[h.Node.Slug]
		switch {
		case !ok:
			return fmt.Errorf("hit %d: no entity %s", i, h.Node.Slug)
		case h.Node.Name != e.Name:
			return fmt.Errorf("hit %d: %s named %q, want %q", i, e.Slug, h.Node.Name, e.Name)
		case seen[e.Slug]:
			return fmt.Errorf("hit %d: %s twice", i, e.Slug)
		case !slices.Contains(reasons, h.Reason):
			return fmt.Errorf("hit %d: reason %q", i, h.Reason)
		case h.Reason == "EXACT" && schema.Fold(e.Name) != text:
			return fmt.Errorf("hit %d: %q is not an exact match", i, e.Name)
		case h.Reason == "PREFIX" && !slices.ContainsFunc(append([]string{e.Name}, e.Aliases...),
			func(n string) bool { return strings.HasPrefix(schema.Fold(n), text) }):
			return fmt.Errorf("hit %d: %q does not start with the text", i, e.Name)
		}
		seen[e.Slug] = true
	}
	switch s.Kind {
	case SearchExact:
		if len(hits) == 0 || hits[0].Node.Slug != s.Slug || hits[0].Reason != "EXACT" {
			return fmt.Errorf("first hit is not %s by its exact name", s.Slug)
		}
	case SearchPrefix:
		if len(hits) == 0 {
			return fmt.Errorf("no hits, want at least %s", s.Slug)
		}
	}
	return nil
}

// ---- Cayley: its JSON --------------------------------------------------------

func (t *Truth) checkCayley(a Ask, body []byte) error {
	var got struct {
		Result []map[string]any `json:"result"`
		Error  string           `json:"error"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		return fmt.Errorf("not Cayley's JSON: %w", err)
	}
	if got.Error != "" {
		return fmt.Errorf("cayley error: %s", got.Error)
	}
	switch a.Workload {
	case W2:
		rows := make([][3]string, len(got.Result))
		for i, r := range got.Result {
			rows[i] = [3]string{gizmoValue(r["member"]), gizmoValue(r["evidence"]), gizmoValue(r["source"])}
		}
		return sameRows(rows, t.statementRows(a.Slug), w2Rows)
	case W3:
		ids := make([]string, len(got.Result))
		for i, r := range got.Result {
			ids[i] = gizmoValue(r["id"])
		}
		return sameSet(ids, t.withSelf(a.Slug), cayleyMaxRow)
	}
	return ErrUnsupported
}

// gizmoValue is a value of Cayley's JSON as N-Quads would spell it without
// brackets: "<iri>" is the IRI, a string literal is its text.
func gizmoValue(v any) string {
	s, ok := v.(string)
	if !ok {
		return fmt.Sprint(v)
	}
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		return s[1 : len(s)-1]
	}
	return s
}

// withSelf is what the peers' W3 queries select: every member of an
// alliance the company is in, the company included.
func (t *Truth) withSelf(company string) []string {
	out := []string{}
	for _, c := range t.coMembers(company) {
		out = append(out, string(schema.EntityIRI(c)))
	}
	if len(t.orgs[company]) > 0 {
		out = append(out, string(schema.EntityIRI(company)))
	}
	return out
}

// ---- Virtuoso: SPARQL JSON results -------------------------------------------

func (t *Truth) checkSPARQL(a Ask, body []byte) error {
	var got struct {
		Results struct {
			Bindings []map[string]struct {
				Type  string `json:"type"`
				Value string `json:"value"`
			} `json:"bindings"`
		} `json:"results"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		return fmt.Errorf("not SPARQL JSON results: %w", err)
	}
	bs := got.Results.Bindings
	switch a.Workload {
	case W2:
		rows := make([][3]string, len(bs))
		for i, b := range bs {
			rows[i] = [3]string{b["m"].Value, b["ev"].Value, b["src"].Value}
		}
		return sameRows(rows, t.statementRows(a.Slug), w2Rows)
	case W3:
		ids := make([]string, len(bs))
		for i, b := range bs {
			ids[i] = b["o"].Value
		}
		all := t.withSelf(a.Slug)
		return sameSet(ids, all, len(all)) // no LIMIT: every one
	}
	return ErrUnsupported
}

// ---- comparisons --------------------------------------------------------------

// sameList reports the first difference between two lists in order.
func sameList(what string, got, want []string) error {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Errorf("%s %d is %s, want %s", what, i, got[i], want[i])
		}
	}
	if len(got) != len(want) {
		return fmt.Errorf("%d %ss, want %d", len(got), what, len(want))
	}
	return nil
}

// sameRows checks rows of a query that selects at most limit of all, in no
// order: there must be min(limit, len(all)) of them, each one of all, each
// as often as all has it at most.
func sameRows(got, all [][3]string, limit int) error {
	if n := min(limit, len(all)); len(got) != n {
		return fmt.Errorf("%d rows, want %d", len(got), n)
	}
	left := map[[3]string]int{}
	for _, r := range all {
		left[r]++
	}
	for _, r := range got {
		if left[r] == 0 {
			return fmt.Errorf("row %q is not a statement of the alliance (or is there twice)", r)
		}
		left[r]--
	}
	return nil
}

// sameSet checks the ids of a query that selects at most limit of all, in
// no order: min(limit, len(all)) distinct ids, each one of all.
func sameSet(got, all []string, limit int) error {
	if n := min(limit, len(all)); len(got) != n {
		return fmt.Errorf("%d ids, want %d", len(got), n)
	}
	in := make(map[string]bool, len(all))
	for _, id := range all {
		in[id] = true
	}
	seen := map[string]bool{}
	for _, id := range got {
		if !in[id] || seen[id] {
			return fmt.Errorf("%s is not a co-member (or is there twice)", id)
		}
		seen[id] = true
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
