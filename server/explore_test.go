package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
)

// The queries, exactly as written.
func TestLookupQueriesAsWritten(t *testing.T) {
	c, _ := newClient(t)

	var search struct {
		Search struct {
			Edges []struct{ Node struct{ Slug string } }
		}
	}
	c.MustPost(`{ search(text: "SKT", first: 3) { edges { node { ... on Company { slug } } } } }`, &search)
	if len(search.Search.Edges) == 0 || search.Search.Edges[0].Node.Slug != "sk-telecom" {
		t.Errorf("search SKT: %+v, want sk-telecom first", search.Search.Edges)
	}
	c.MustPost(`{ search(text: "Deutche Telekom", first: 1) { edges { node { ... on Company { slug } } } } }`, &search)
	if len(search.Search.Edges) != 1 || search.Search.Edges[0].Node.Slug != "deutsche-telekom" {
		t.Errorf("search Deutche Telekom: %+v, want deutsche-telekom", search.Search.Edges)
	}

	var path struct {
		Path struct {
			Hops  int
			Nodes []struct{ Slug string }
			Edges []struct {
				Relation string
				Sources  []struct{ URL string }
			}
		}
	}
	c.MustPost(`{ path(from: "lablup", to: "deutsche-telekom") { hops nodes { slug } edges { relation sources { url } } } }`, &path)
	p := path.Path
	if p.Hops != 4 || len(p.Nodes) != 5 || p.Nodes[1].Slug != "k-ai-alliance" || p.Nodes[2].Slug != "sk-telecom" {
		t.Errorf("path: %+v, want 4 hops through k-ai-alliance and sk-telecom", p)
	}
	if n := p.Nodes[3].Slug; n != "gtaa" && !strings.HasPrefix(n, "jv-") {
		t.Errorf("path's third hop %s, want gtaa or the joint venture", n)
	}
	for i, e := range p.Edges {
		if len(e.Sources) == 0 {
			t.Errorf("path edge %d (%s) has no source", i, e.Relation)
		}
	}

	var nb struct {
		Neighbourhood struct {
			Nodes     []struct{ Slug string }
			Edges     []struct{ Relation string }
			Truncated bool
		}
	}
	c.MustPost(`{ neighbourhood(slug: "sk-telecom", depth: 1) { nodes { slug } edges { relation } truncated } }`, &nb)
	have := map[string]bool{}
	for _, n := range nb.Neighbourhood.Nodes {
		have[n.Slug] = true
	}
	if !have["k-ai-alliance"] || !have["gtaa"] || nb.Neighbourhood.Truncated || len(nb.Neighbourhood.Edges) == 0 {
		t.Errorf("neighbourhood: %+v, want k-ai-alliance and gtaa", nb.Neighbourhood)
	}
}

// TestPagingVisitsEachOnce pages every list the API has, forwards with
// first/after and backwards with last/before, at every page size, and checks
// that each item comes exactly once and in the same order.
func TestPagingVisitsEachOnce(t *testing.T) {
	c, _ := newClient(t)
	lists := []struct{ name, field, wrap string }{
		{"members", `alliance(slug: "k-ai-alliance") { members(%s) { %s } }`, "alliance.members"},
		{"gtaa members", `alliance(slug: "gtaa") { members(%s) { %s } }`, "alliance.members"},
		{"partners", `company(slug: "nvidia") { partners(%s) { %s } }`, "company.partners"},
		{"articles", `articles(%s) { %s }`, "articles"},
		{"facts", `facts(%s) { %s }`, "facts"},
	}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			all := pageThrough(t, c, l.field, l.wrap, 100, true)
			if len(all) == 0 {
				t.Fatal("empty list")
			}
			for size := 1; size <= 4; size++ {
				fwd := pageThrough(t, c, l.field, l.wrap, size, true)
				if strings.Join(fwd, "|") != strings.Join(all, "|") {
					t.Errorf("first %d: %d items %v, want %d", size, len(fwd), fwd, len(all))
				}
				back := pageThrough(t, c, l.field, l.wrap, size, false)
				if strings.Join(back, "|") != strings.Join(all, "|") {
					t.Errorf("last %d: %d items, want %d", size, len(back), len(all))
				}
			}
		})
	}
}

// pageThrough collects the cursors of a list page by page.
func pageThrough(t *testing.T, c *client.Client, field, wrap string, size int, forward bool) []string {
	t.Helper()
	var items []string
	seen := map[string]bool{}
	var cur string
	for i := 0; i < 1000; i++ {
		args := fmt.Sprintf("first: %d", size)
		if !forward {
			args = fmt.Sprintf("last: %d", size)
		}
		if cur != "" {
			if forward {
				args += fmt.Sprintf(", after: %q", cur)
			} else {
				args += fmt.Sprintf(", before: %q", cur)
			}
		}
		q := "{ " + fmt.Sprintf(field, args, "totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }") + " }"
		var raw map[string]any
		c.MustPost(q, &raw)
		var conn any = raw
		for _, k := range strings.Split(wrap, ".") {
			conn = conn.(map[string]any)[k]
		}
		m := conn.(map[string]any)
		var page []string
		for _, e := range m["edges"].([]any) {
			page = append(page, e.(map[string]any)["cursor"].(string))
		}
		if len(page) > size {
			t.Fatalf("page of %d items for size %d", len(page), size)
		}
		for _, p := range page {
			if seen[p] {
				t.Fatalf("item %s seen twice", p)
			}
			seen[p] = true
		}
		if forward {
			items = append(items, page...)
		} else {
			items = append(page, items...)
		}
		info := m["pageInfo"].(map[string]any)
		more := info["hasNextPage"].(bool)
		next, _ := info["endCursor"].(string)
		if !forward {
			more = info["hasPreviousPage"].(bool)
			next, _ = info["startCursor"].(string)
		}
		if !more {
			if total := int(m["totalCount"].(float64)); total != len(items) {
				t.Fatalf("visited %d items, totalCount %d", len(items), total)
			}
			return items
		}
		cur = next
	}
	t.Fatal("paging did not end")
	return nil
}

// TestMembersPageReads counts index reads: a page of links is one read with
// the entities at its far ends, and a list asked of each of them (every
// member's memberships, every member's partners) is one read for all of
// them, formed from the page, not from timing. So the alliance, its members
// page, the members' memberships and their partners are 4 reads, for 2
// members as for 9, however the executor schedules the resolvers.
func TestMembersPageReads(t *testing.T) {
	store := newStore(t)
	h := server.New(store, server.Config{})
	reads := func(first int) uint64 {
		q := fmt.Sprintf(`{ alliance(slug: "k-ai-alliance") { members(first: %d) { edges { since role node { slug name
			... on Company { memberships { edges { node { slug } sources { url } } } partners { totalCount } } }
			sources { url evidence publisher } } } } }`, first)
		body, _ := json.Marshal(map[string]string{"query": q})
		before := store.Reads()
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"errors"`) {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		return store.Reads() - before
	}
	want := map[int]uint64{2: 4, 9: 4}
	for range 5 {
		got := map[int]uint64{2: reads(2), 9: reads(9)}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("index reads by page size (-want +got):\n%s", diff)
		}
	}
}

// TestBatchedListsAsAskedAlone: each member's lists, read in one batch for
// the whole members page, are what the same lists are when the company is
// asked about alone, and a member's country likewise.
func TestBatchedListsAsAskedAlone(t *testing.T) {
	c, _ := newClient(t)
	type company struct {
		Slug        string
		Country     *struct{ Slug string }
		Memberships struct {
			TotalCount int
			Edges      []struct {
				Role string
				Node struct{ Slug string }
			}
		}
		Partners struct {
			TotalCount int
			Edges      []struct{ Node struct{ Slug string } }
		}
	}
	const fields = `slug country { slug } memberships(first: 3) { totalCount edges { role node { slug } } }
		partners(last: 2) { totalCount edges { node { ... on Company { slug } } } }`
	for _, alliance := range []string{"k-ai-alliance", "gtaa"} {
		var page struct {
			Alliance struct {
				Members struct{ Edges []struct{ Node company } }
			}
		}
		c.MustPost(`{ alliance(slug: "`+alliance+`") { members { edges { node { ... on Company { `+fields+` } } } } } }`, &page)
		lists := 0
		for _, e := range page.Alliance.Members.Edges {
			if e.Node.Slug == "" {
				continue // not a company
			}
			var alone struct{ Company company }
			c.MustPost(`{ company(slug: "`+e.Node.Slug+`") { `+fields+` } }`, &alone)
			if diff := cmp.Diff(alone.Company, e.Node); diff != "" {
				t.Errorf("%s in %s (-alone +batched):\n%s", e.Node.Slug, alliance, diff)
			}
			lists += len(alone.Company.Memberships.Edges) + len(alone.Company.Partners.Edges)
		}
		if lists == 0 {
			t.Errorf("%s: no member has memberships or partners; the test compares nothing", alliance)
		}
	}
}

// TestSearchPaging pages a search one hit at a time: the same hits in the
// same order as one page of all of them, and totalCount agrees.
func TestSearchPaging(t *testing.T) {
	c, _ := newClient(t)
	type page struct {
		Search struct {
			TotalCount int
			Edges      []struct {
				Cursor string
				Node   struct{ Slug string }
			}
			PageInfo struct{ HasNextPage bool }
		}
	}
	var all page
	c.MustPost(`{ search(text: "telecom", first: 100) { totalCount edges { cursor node { ... on Company { slug } ... on Alliance { slug } ... on JointVenture { slug } } } pageInfo { hasNextPage } } }`, &all)
	if len(all.Search.Edges) < 3 || all.Search.TotalCount != len(all.Search.Edges) {
		t.Fatalf("one page: %d hits, totalCount %d", len(all.Search.Edges), all.Search.TotalCount)
	}
	after := ""
	for i := 0; ; i++ {
		args := "first: 1"
		if after != "" {
			args += fmt.Sprintf(", after: %q", after)
		}
		var p page
		c.MustPost(`{ search(text: "telecom", `+args+`) { totalCount edges { cursor node { ... on Company { slug } ... on Alliance { slug } ... on JointVenture { slug } } } pageInfo { hasNextPage } } }`, &p)
		if p.Search.TotalCount != all.Search.TotalCount || len(p.Search.Edges) != 1 {
			t.Fatalf("page %d: %d hits, totalCount %d", i, len(p.Search.Edges), p.Search.TotalCount)
		}
		if got, want := p.Search.Edges[0].Node.Slug, all.Search.Edges[i].Node.Slug; got != want {
			t.Fatalf("page %d: %s, want %s", i, got, want)
		}
		if !p.Search.PageInfo.HasNextPage {
			if i != len(all.Search.Edges)-1 {
				t.Fatalf("paging ended after %d of %d hits", i+1, len(all.Search.Edges))
			}
			return
		}
		after = p.Search.Edges[0].Cursor
	}
}

// TestCoMembersSharedAlliancesWhenAsked: co-members' shared alliances are
// read only when the question selects them, which it may do under an alias
// or in a fragment; asked either way, the answer is the same.
func TestCoMembersSharedAlliancesWhenAsked(t *testing.T) {
	c, _ := newClient(t)
	type answer struct {
		CoMembers struct {
			Edges []struct {
				Node      struct{ Slug string }
				Alliances []struct{ Slug string }
				A         []struct{ Slug string }
			}
		}
	}
	var plain, aliased, fragment, skipped answer
	c.MustPost(`{ coMembers(slug: "sk-telecom", first: 5) { edges { node { slug } alliances { slug } } } }`, &plain)
	c.MustPost(`{ coMembers(slug: "sk-telecom", first: 5) { edges { node { slug } a: alliances { slug } } } }`, &aliased)
	c.MustPost(`{ coMembers(slug: "sk-telecom", first: 5) { ...C } } fragment C on CoMemberConnection { edges { node { slug } ...E } } fragment E on CoMemberEdge { alliances { slug } }`, &fragment)
	c.MustPost(`{ coMembers(slug: "sk-telecom", first: 5) { edges { node { slug } alliances @skip(if: true) { slug } } } }`, &skipped)
	if len(plain.CoMembers.Edges) == 0 {
		t.Fatal("sk-telecom has no co-members")
	}
	for i, e := range plain.CoMembers.Edges {
		if len(e.Alliances) == 0 {
			t.Errorf("%s: no shared alliance", e.Node.Slug)
		}
		if got := aliased.CoMembers.Edges[i].A; !cmp.Equal(got, e.Alliances) {
			t.Errorf("%s under an alias: %v, want %v", e.Node.Slug, got, e.Alliances)
		}
		if got := fragment.CoMembers.Edges[i].Alliances; !cmp.Equal(got, e.Alliances) {
			t.Errorf("%s in a fragment: %v, want %v", e.Node.Slug, got, e.Alliances)
		}
		if got := skipped.CoMembers.Edges[i]; got.Node.Slug != e.Node.Slug || got.Alliances != nil {
			t.Errorf("skipped alliances: %+v", got)
		}
	}
}
