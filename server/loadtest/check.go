package loadtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Limits the workloads' queries set: W2's first 50 members, W3's first 100
// co-members, W5's first 10 hits. Cayley's HTTP API returns at most 100
// results of any query (a server setting), so its W2 emits its rows as one.
const (
	w2Rows       = 50
	w3Rows       = 100
	w5Hits       = 10
	cayleyMaxRow = 100
)

// Check reports whether body, sys's answer to question a, is right: nil when
// it is, else an error with what is wrong, for lists a diff (-want +got).
// Every system's "first 50" and "first 100" are its own: telcograph's
// members by name and co-members by alliances shared, the peers' by IRI
// (see peerOrder). The order of telcograph's lists and of SPARQL's
// ORDER BY is checked; Gizmo's rows are compared as a set.
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
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Node struct {
						Slug string `json:"slug"`
						Name string `json:"name"`
					} `json:"node"`
					Sources []struct {
						URL string `json:"url"`
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
	if got.Alliance.Members.TotalCount != len(all) {
		return fmt.Errorf("totalCount %d, want %d", got.Alliance.Members.TotalCount, len(all))
	}
	// One line per member: slug, name and its sources, in the page's order.
	line := func(slug, name string, srcs []string) string {
		return slug + " " + strconv.Quote(name) + " " + strings.Join(srcs, " ")
	}
	var want, lines []string
	for _, m := range all[:min(w2Rows, len(all))] {
		want = append(want, line(m.slug, m.name, m.sources))
	}
	for _, e := range got.Alliance.Members.Edges {
		srcs := make([]string, len(e.Sources))
		for j, s := range e.Sources {
			srcs[j] = s.URL
		}
		slices.Sort(srcs)
		lines = append(lines, line(e.Node.Slug, e.Node.Name, srcs))
	}
	return diff("members page", want, lines)
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
	return diff("co-members", want, slugs)
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
		Result []json.RawMessage `json:"result"`
		Error  string            `json:"error"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		return fmt.Errorf("not Cayley's JSON: %w", err)
	}
	if got.Error != "" {
		return fmt.Errorf("cayley error: %s", got.Error)
	}
	// A result is a row, or (W2, emitted) an array of rows.
	var rows []map[string]any
	for _, r := range got.Result {
		var one map[string]any
		if err := json.Unmarshal(r, &one); err == nil {
			rows = append(rows, one)
			continue
		}
		var many []map[string]any
		if err := json.Unmarshal(r, &many); err != nil {
			return fmt.Errorf("result %.100s is neither a row nor rows", r)
		}
		rows = append(rows, many...)
	}
	switch a.Workload {
	case W2:
		got := make([][3]string, len(rows))
		for i, r := range rows {
			got[i] = [3]string{gizmoValue(r["m"]), gizmoValue(r["name"]), gizmoValue(r["src"])}
		}
		return diffRows(t.peerMembers(Cayley, a.Slug), got)
	case W3:
		if len(rows) > cayleyMaxRow {
			return fmt.Errorf("%d rows, Cayley's API returns at most %d", len(rows), cayleyMaxRow)
		}
		ids := make([]string, len(rows))
		for i, r := range rows {
			ids[i] = gizmoValue(r["id"])
		}
		slices.Sort(ids)
		return diff("co-members", t.peerCoMembers(Cayley, a.Slug), ids)
	}
	return ErrUnsupported
}

// gizmoValue is a value of Cayley's JSON as N-Quads would spell it without
// brackets: "<iri>" is the IRI, a string literal is its text; a value not
// there is "".
func gizmoValue(v any) string {
	s, ok := v.(string)
	if !ok {
		if v == nil {
			return ""
		}
		return fmt.Sprint(v)
	}
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		return s[1 : len(s)-1]
	}
	return s
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
			rows[i] = [3]string{b["m"].Value, b["name"].Value, b["src"].Value}
		}
		return diffRows(t.peerMembers(SPARQL, a.Slug), rows)
	case W3:
		// ORDER BY ?o: the answer is in order, and must be.
		ids := make([]string, len(bs))
		for i, b := range bs {
			ids[i] = b["o"].Value
		}
		want := t.peerCoMembers(SPARQL, a.Slug)
		return diff("co-members", want, ids)
	}
	return ErrUnsupported
}

// ---- comparisons --------------------------------------------------------------

// diffRows compares a peer's rows, distinct, with the rows it must
// select: the same name triple under several labels is one fact, so a row
// may come more than once.
func diffRows(want, got [][3]string) error {
	sortRows(got)
	got = slices.Compact(got)
	w, g := make([]string, len(want)), make([]string, len(got))
	for i, r := range want {
		w[i] = strings.Join(r[:], " | ")
	}
	for i, r := range got {
		g[i] = strings.Join(r[:], " | ")
	}
	return diff("rows", w, g)
}

// maxDiff is how many entries of each kind a diff names.
const maxDiff = 10

// diff is nil when got equals want, else an error that says how they
// differ: the entries missing (-) and extra (+), or, when both hold the
// same entries, the first place where their order differs.
func diff(what string, want, got []string) error {
	if slices.Equal(want, got) {
		return nil
	}
	count := func(xs []string) map[string]int {
		m := map[string]int{}
		for _, x := range xs {
			m[x]++
		}
		return m
	}
	w, g := count(want), count(got)
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s, want %d (-want +got):", len(got), what, len(want))
	n := 0
	for _, x := range []struct {
		sign  string
		list  []string
		other map[string]int
	}{{"-", want, g}, {"+", got, w}} {
		seen := map[string]int{}
		for _, e := range x.list {
			if seen[e]++; seen[e] > x.other[e] {
				if n++; n <= 2*maxDiff {
					fmt.Fprintf(&b, "\n%s %s", x.sign, e)
				}
			}
		}
	}
	if n > 2*maxDiff {
		fmt.Fprintf(&b, "\n… %d more", n-2*maxDiff)
	}
	if n == 0 {
		for i := range want {
			if want[i] != got[i] {
				fmt.Fprintf(&b, " the same entries in another order; entry %d is\n+ %s\nwhere it should be\n- %s", i, got[i], want[i])
				break
			}
		}
	}
	return errors.New(b.String())
}
