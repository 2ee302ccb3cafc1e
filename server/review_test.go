package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/pgtest"
	"github.com/telcograph/telcograph/server"
)

// The tokens of the review tests: the --token (admin), a reader and a
// curator from a tokens file.
const (
	adminSecret   = "admin-secret-0123456789"
	readerSecret  = "reader-secret-0123456789"
	curatorSecret = "curator-secret-0123456789"
)

func reviewConfig() server.Config {
	return server.Config{Token: adminSecret, ResponseCache: 100, Tokens: []server.Token{
		{ID: "rita", Role: server.RoleReader, Secret: readerSecret},
		{ID: "carl", Role: server.RoleCurator, Secret: curatorSecret},
	}}
}

// reviewArticle is a raw article whose extraction yields two memberships of
// the K-AI Alliance (a known alliance) by companies the graph does not
// know, and a partnership.
const (
	reviewURL     = "https://example.org/news/review-1"
	reviewArticle = `title: Two carriers join the K-AI Alliance

Orion Mobile Inc. has joined the K-AI Alliance, the group said on Monday.
Vega Telecom Corp. also joined the K-AI Alliance this month.
Orion Mobile Inc. and Vega Telecom Corp. signed a partnership on AI.
`
)

// answer is a GraphQL answer over HTTP.
type answer struct {
	status int
	cache  string // the X-Cache header
	Data   json.RawMessage
	Errors []struct {
		Message    string
		Extensions struct{ Code string }
	}
}

func (a answer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	return a.Errors[0].Extensions.Code
}

// gql posts a GraphQL request to base with the bearer secret (none when
// empty) and decodes the data into out (when not nil).
func gql(t *testing.T, base, secret, q string, vars map[string]any, out any) answer {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	a := answer{status: resp.StatusCode, cache: resp.Header.Get("X-Cache")}
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		t.Fatalf("status %d: %v", resp.StatusCode, err)
	}
	if out != nil && len(a.Data) > 0 && string(a.Data) != "null" {
		if err := json.Unmarshal(a.Data, out); err != nil {
			t.Fatalf("%s: %v", a.Data, err)
		}
	}
	return a
}

type candidateJSON struct {
	ID         string
	State      string
	Relation   string
	Confidence float64
	Subject    struct{ Name, Slug *string }
	Object     struct{ Name, Slug *string }
	Evidence   []string
	ReviewedBy *string
	Article    struct{ URL, Text string }
}

const candidateFields = `id state relation confidence subject { name slug } object { name slug } evidence reviewedBy article { url text }`

// pending lists the candidates of the review article in state on base.
func candidates(t *testing.T, base, state string) []candidateJSON {
	t.Helper()
	var d struct {
		Candidates struct {
			TotalCount int
			Edges      []struct{ Node candidateJSON }
		}
	}
	a := gql(t, base, readerSecret, `query($s: CandidateState, $src: String) { candidates(state: $s, source: $src, first: 50) { totalCount edges { node { `+candidateFields+` } } } }`,
		map[string]any{"s": state, "src": reviewURL}, &d)
	if a.code() != "" {
		t.Fatalf("candidates: %+v", a.Errors)
	}
	out := make([]candidateJSON, 0, len(d.Candidates.Edges))
	for _, e := range d.Candidates.Edges {
		out = append(out, e.Node)
	}
	if len(out) != d.Candidates.TotalCount {
		t.Errorf("candidates: %d edges, totalCount %d", len(out), d.Candidates.TotalCount)
	}
	return out
}

type memberJSON struct {
	Slug    string
	Sources []struct {
		URL                    string
		ReviewedBy, ReviewedAt *string
	}
}

// members lists the K-AI Alliance's members on base, without a token.
func members(t *testing.T, base string) map[string]memberJSON {
	t.Helper()
	var d struct {
		Alliance struct {
			Members struct {
				Edges []struct {
					Node    struct{ Slug string }
					Sources []struct {
						URL                    string
						ReviewedBy, ReviewedAt *string
					}
				}
			}
		}
	}
	a := gql(t, base, "", `{ alliance(slug: "k-ai-alliance") { members(first: 100) { edges { node { slug } sources { url reviewedBy reviewedAt } } } } }`, nil, &d)
	if a.code() != "" {
		t.Fatalf("members: %+v", a.Errors)
	}
	out := map[string]memberJSON{}
	for _, e := range d.Alliance.Members.Edges {
		m := out[e.Node.Slug]
		m.Slug = e.Node.Slug
		for _, s := range e.Sources {
			m.Sources = append(m.Sources, struct {
				URL                    string
				ReviewedBy, ReviewedAt *string
			}{s.URL, s.ReviewedBy, s.ReviewedAt})
		}
		out[e.Node.Slug] = m
	}
	return out
}

const ingestMutation = `mutation($url: String, $text: String!) { ingestArticle(url: $url, text: $text, date: "2025-03-10") { articles facts candidates accepted sources } }`

type ingestJSON struct {
	IngestArticle struct{ Articles, Facts, Candidates, Accepted int }
}

// eventually retries check until it passes or a deadline: instance b sees
// a's writes after its next poll of the store.
func eventually(t *testing.T, what string, check func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !check() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not seen within 10s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// reviewCycle runs the curation cycle with writes on instance a and reads
// on instance b (the same instance, or two over one PostgreSQL).
func reviewCycle(t *testing.T, a, b string) {
	var ing ingestJSON
	if ans := gql(t, a, curatorSecret, ingestMutation, map[string]any{"url": reviewURL, "text": reviewArticle}, &ing); ans.code() != "" {
		t.Fatalf("ingest: %+v", ans.Errors)
	}
	if r := ing.IngestArticle; r.Articles != 1 || r.Candidates != r.Facts || r.Candidates < 3 || r.Accepted != 0 {
		t.Fatalf("ingest answered %+v; want 1 article, a candidate per fact (at least 3), none accepted", r)
	}
	var pend []candidateJSON
	eventually(t, "pending candidates on b", func() bool { pend = candidates(t, b, "PENDING"); return len(pend) == ing.IngestArticle.Candidates })
	var orion, vega candidateJSON
	for _, c := range pend {
		if c.Article.URL != reviewURL || c.Article.Text == "" || len(c.Evidence) == 0 || c.ReviewedBy != nil {
			t.Errorf("candidate %+v: want the article with its text, evidence, no reviewer", c)
		}
		if c.Relation == "MEMBER_OF" && c.Subject.Name != nil {
			switch *c.Subject.Name {
			case "Orion Mobile Inc.":
				orion = c
			case "Vega Telecom Corp.":
				vega = c
			}
		}
	}
	if orion.ID == "" || vega.ID == "" {
		t.Fatalf("no MEMBER_OF candidates for Orion and Vega among %+v", pend)
	}
	m := members(t, b)
	if _, ok := m["orion-mobile"]; ok {
		t.Errorf("a pending candidate is a member: %v", m)
	}
	if len(m) == 0 {
		t.Fatal("the alliance has no members at all: the test reads the wrong alliance")
	}

	// Accept Orion (as the curator), reject Vega.
	var acc struct{ AcceptCandidate candidateJSON }
	if ans := gql(t, a, curatorSecret, `mutation($id: ID!) { acceptCandidate(id: $id) { `+candidateFields+` } }`, map[string]any{"id": orion.ID}, &acc); ans.code() != "" {
		t.Fatalf("accept: %+v", ans.Errors)
	}
	if acc.AcceptCandidate.State != "ACCEPTED" || acc.AcceptCandidate.ReviewedBy == nil || *acc.AcceptCandidate.ReviewedBy != "carl" {
		t.Errorf("accepted: %+v", acc.AcceptCandidate)
	}
	var rej struct{ RejectCandidate candidateJSON }
	if ans := gql(t, a, curatorSecret, `mutation($id: ID!) { rejectCandidate(id: $id, reason: "not in the alliance") { `+candidateFields+` } }`, map[string]any{"id": vega.ID}, &rej); ans.code() != "" {
		t.Fatalf("reject: %+v", ans.Errors)
	}
	eventually(t, "Orion a member on b", func() bool { _, ok := members(t, b)["orion-mobile"]; return ok })
	m = members(t, b)
	o := m["orion-mobile"]
	if len(o.Sources) != 1 || o.Sources[0].URL != reviewURL || o.Sources[0].ReviewedBy == nil || *o.Sources[0].ReviewedBy != "carl" || o.Sources[0].ReviewedAt == nil {
		t.Errorf("Orion's membership: %+v; want one source, the article, reviewed by carl", o)
	}
	if _, ok := m["vega-telecom"]; ok {
		t.Error("the rejected Vega is a member")
	}

	// The same article again: Vega stays rejected and out, Orion in once.
	if ans := gql(t, a, curatorSecret, ingestMutation, map[string]any{"url": reviewURL, "text": reviewArticle}, &ing); ans.code() != "" {
		t.Fatalf("re-ingest: %+v", ans.Errors)
	}
	if ing.IngestArticle.Accepted != 1 {
		t.Errorf("re-ingest: %d accepted, want 1 (Orion)", ing.IngestArticle.Accepted)
	}
	time.Sleep(300 * time.Millisecond) // b's poll
	if got := candidates(t, b, "REJECTED"); len(got) != 1 || got[0].ID != vega.ID {
		t.Errorf("rejected after re-ingest: %+v, want Vega only", got)
	}
	m = members(t, b)
	if _, ok := m["vega-telecom"]; ok {
		t.Error("after re-ingest the rejected Vega is a member")
	}
	if o := m["orion-mobile"]; len(o.Sources) != 1 {
		t.Errorf("after re-ingest Orion has %d sources, want 1 (not duplicated)", len(o.Sources))
	}

	// History, then restore the rejection (admin only).
	var h struct {
		History struct {
			Edges []struct {
				Node struct {
					ID, Kind, Actor string
					CandidateID     *string
					Reason          *string
					Restorable      bool
				}
			}
		}
	}
	if ans := gql(t, b, readerSecret, `query($src: String) { history(source: $src) { edges { node { id kind actor candidateId reason restorable } } } }`, map[string]any{"src": reviewURL}, &h); ans.code() != "" {
		t.Fatalf("history: %+v", ans.Errors)
	}
	var kinds []string
	rejEvent := ""
	for _, e := range h.History.Edges {
		kinds = append(kinds, e.Node.Kind+" "+e.Node.Actor)
		if e.Node.Kind == "CANDIDATE_REJECTED" {
			rejEvent = e.Node.ID
			if !e.Node.Restorable || e.Node.Reason == nil || *e.Node.Reason != "not in the alliance" || e.Node.CandidateID == nil || *e.Node.CandidateID != vega.ID {
				t.Errorf("rejection event %+v", e.Node)
			}
		}
	}
	if diff := cmp.Diff([]string{"CANDIDATE_ACCEPTED carl", "SOURCE_WRITTEN carl", "CANDIDATE_REJECTED carl"}, kinds); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	restore := `mutation($e: ID!) { restore(event: $e) { kind actor } }`
	if ans := gql(t, a, curatorSecret, restore, map[string]any{"e": rejEvent}, nil); ans.status != http.StatusForbidden || ans.code() != "FORBIDDEN" {
		t.Errorf("restore as a curator: %d %+v, want 403 FORBIDDEN", ans.status, ans.Errors)
	}
	var rs struct{ Restore struct{ Kind, Actor string } }
	if ans := gql(t, a, adminSecret, restore, map[string]any{"e": rejEvent}, &rs); ans.code() != "" {
		t.Fatalf("restore: %+v", ans.Errors)
	}
	if rs.Restore.Kind != "RESTORED" || rs.Restore.Actor != server.AdminTokenID {
		t.Errorf("restore answered %+v", rs.Restore)
	}
	eventually(t, "Vega pending again on b", func() bool {
		for _, c := range candidates(t, b, "PENDING") {
			if c.ID == vega.ID {
				return true
			}
		}
		return false
	})
}

// TestReviewEndToEnd runs the curation cycle on one server over a real
// listener, then checks roles and the response cache.
func TestReviewEndToEnd(t *testing.T) {
	store := newStore(t)
	srv := httptest.NewServer(server.New(store, reviewConfig()))
	t.Cleanup(srv.Close)
	reviewCycle(t, srv.URL, srv.URL)

	t.Run("roles", func(t *testing.T) {
		var c struct {
			Candidates struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		gql(t, srv.URL, readerSecret, `{ candidates(first: 1) { edges { node { id } } } }`, nil, &c)
		if len(c.Candidates.Edges) != 1 {
			t.Fatalf("reader's candidates: %+v", c)
		}
		id := c.Candidates.Edges[0].Node.ID
		accept := `mutation($id: ID!) { acceptCandidate(id: $id) { state } }`
		for _, tt := range []struct {
			name, secret, q string
			status          int
			code            string
		}{
			{"reader cannot accept", readerSecret, accept, http.StatusForbidden, "FORBIDDEN"},
			{"no token: no candidates", "", `{ candidates { totalCount } }`, http.StatusUnauthorized, "UNAUTHENTICATED"},
			{"no token: no history", "", `{ history { totalCount } }`, http.StatusUnauthorized, "UNAUTHENTICATED"},
			{"wrong token", "nope", `{ candidates { totalCount } }`, http.StatusUnauthorized, "UNAUTHENTICATED"},
			{"curator cannot load facts", curatorSecret, `mutation { loadFacts(yaml: "articles: []") { articles } }`, http.StatusForbidden, "FORBIDDEN"},
			{"curator cannot remove", curatorSecret, `mutation { removeSource(url: "https://example.org/x") { articles } }`, http.StatusForbidden, "FORBIDDEN"},
			{"--token is admin", adminSecret, `mutation { removeSource(url: "https://example.org/none") { articles } }`, http.StatusOK, "NOT_FOUND"},
			{"reader reads history", readerSecret, `{ history { totalCount } }`, http.StatusOK, ""},
			{"public query needs no token", "", `{ alliance(slug: "k-ai-alliance") { slug } }`, http.StatusOK, ""},
			{"node: a candidate for a reader", readerSecret, `query($id: ID!) { node(id: $id) { ... on Candidate { state } } }`, http.StatusOK, ""},
			{"node: no candidate without a token", "", `query($id: ID!) { node(id: $id) { id } }`, http.StatusOK, "NOT_FOUND"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				a := gql(t, srv.URL, tt.secret, tt.q, map[string]any{"id": id}, nil)
				if a.status != tt.status || a.code() != tt.code {
					t.Errorf("%d %s %+v, want %d %s", a.status, a.code(), a.Errors, tt.status, tt.code)
				}
			})
		}
		var v struct{ Viewer *struct{ ID, Role string } }
		gql(t, srv.URL, curatorSecret, `{ viewer { id role } }`, nil, &v)
		if v.Viewer == nil || v.Viewer.ID != "carl" || v.Viewer.Role != "curator" {
			t.Errorf("viewer: %+v", v.Viewer)
		}
		v.Viewer = nil
		gql(t, srv.URL, "", `{ viewer { id role } }`, nil, &v)
		if v.Viewer != nil {
			t.Errorf("viewer without a token: %+v, want null", v.Viewer)
		}
	})

	t.Run("history export", func(t *testing.T) {
		get := func(secret string) (*http.Response, []string) {
			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/export?format=history", nil)
			if secret != "" {
				req.Header.Set("Authorization", "Bearer "+secret)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var kinds []string
			dec := json.NewDecoder(resp.Body)
			for resp.StatusCode == http.StatusOK {
				var e struct{ Kind, Actor string }
				if err := dec.Decode(&e); err != nil {
					break
				}
				kinds = append(kinds, e.Kind+" "+e.Actor)
			}
			return resp, kinds
		}
		if resp, _ := get(""); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("history export without a token: %d, want 401", resp.StatusCode)
		}
		resp, kinds := get(readerSecret)
		want := []string{"CANDIDATE_ACCEPTED carl", "SOURCE_WRITTEN carl", "CANDIDATE_REJECTED carl", "RESTORED admin"}
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/jsonl" {
			t.Errorf("history export: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if diff := cmp.Diff(want, kinds); diff != "" {
			t.Errorf("history export (-want +got):\n%s", diff)
		}
	})

	t.Run("authenticated answers are not cached", func(t *testing.T) {
		public := `{ alliance(slug: "k-ai-alliance") { name } }`
		gql(t, srv.URL, "", public, nil, nil)
		if a := gql(t, srv.URL, "", public, nil, nil); a.cache != "hit" {
			t.Fatalf("a repeated public query was not served from the cache (X-Cache %q): the check below proves nothing", a.cache)
		}
		for _, q := range []string{public, `{ candidates { totalCount } }`} {
			gql(t, srv.URL, readerSecret, q, nil, nil)
			if a := gql(t, srv.URL, readerSecret, q, nil, nil); a.cache != "" {
				t.Errorf("%s with a token: X-Cache %q, want none", q, a.cache)
			}
		}
	})
}

// TestReviewTwoInstances runs the curation cycle on two servers over one
// PostgreSQL: what is written on A is seen on B.
func TestReviewTwoInstances(t *testing.T) {
	if testing.Short() {
		t.Skip("starts PostgreSQL")
	}
	pg := pgtest.Start(t)
	url := pg.URL(pg.CreateDB())
	ctx := context.Background()
	var bases []string
	for i := range 2 {
		s, err := graph.OpenWith(ctx, url, graph.Options{PollInterval: 100 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if i == 0 {
			loadBundled(t, s)
		}
		srv := httptest.NewServer(server.New(s, reviewConfig()))
		t.Cleanup(srv.Close)
		bases = append(bases, srv.URL)
	}
	eventually(t, "the bundled data on B", func() bool { return len(members(t, bases[1])) > 0 })
	reviewCycle(t, bases[0], bases[1])
}
