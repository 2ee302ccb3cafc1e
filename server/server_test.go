package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/data"
	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/server"
)

var update = flag.Bool("update", false, "rewrite golden files")

// newStore opens a memory store holding the bundled knowledge base.
func newStore(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	loadBundled(t, s)
	return s
}

// bundledFacts reads the bundled knowledge base: the facts with their
// register.
func bundledFacts(t testing.TB) *facts.File {
	t.Helper()
	regBytes, _ := data.FS.ReadFile(data.Register)
	reg, err := facts.ReadRegister(data.Register, regBytes)
	if err != nil {
		t.Fatal(err)
	}
	factBytes, _ := data.FS.ReadFile(data.Articles)
	ff, err := facts.Read(data.Articles, factBytes, facts.ReadOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	return ff
}

// loadBundled loads the bundled knowledge base into store.
func loadBundled(t testing.TB, store *graph.Store) {
	t.Helper()
	if _, err := ingest.Write(context.Background(), store, []ingest.Input{{Facts: bundledFacts(t)}}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
}

// newClient is gqlgen's test client over the whole HTTP handler.
func newClient(t testing.TB) (*client.Client, http.Handler) {
	t.Helper()
	h := server.New(newStore(t), server.Config{})
	c := client.New(h)
	c.SetCustomTarget("/graphql")
	return c, h
}

// factsServer is the API over a memory store holding one article-facts
// file, yaml, read as name.
func factsServer(t *testing.T, name, yaml string) (*client.Client, http.Handler) {
	t.Helper()
	st, err := graph.Open(context.Background(), "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ff, err := facts.Read(name, []byte(yaml), facts.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Write(context.Background(), st, []ingest.Input{{Facts: ff}}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	h := server.New(st, server.Config{})
	c := client.New(h)
	c.SetCustomTarget("/graphql")
	return c, h
}

// The README's first query; it must work exactly as written.
const membersQuery = `{ alliance(slug: "k-ai-alliance") { name leader { slug } members(first: 50) { totalCount edges { since role node { slug name } sources { url evidence } } } } }`

func TestGraphQLGolden(t *testing.T) {
	c, _ := newClient(t)
	tests := []struct {
		name, query string
	}{
		{"members", membersQuery},
		{"not_found", `{ company(slug: "no-such-company") { name } }`},
		{"wrong_type", `{ company(slug: "k-ai-alliance") { name } }`},
		{"company", `{ company(slug: "sk-telecom") { id slug name aliases type country { slug name }
			memberships { totalCount edges { role since node { slug } } }
			ledAlliances { edges { node { slug } } }
			jointVentures { edges { node { slug name } sources { url } } }
			people { edges { relation node { slug name } sources { evidence } } } } }`},
		{"gtaa", `{ alliance(slug: "gtaa") { name aliases founded foundings { date disputed sources { publisher } }
			members { totalCount edges { role since node { slug } sources { publisher date } } } } }`},
		{"person", `{ person(slug: "alex-jinsung-choi") { name roles { edges { relation modality since until node { slug } } } } }`},
		{"facts", `{ facts(relation: INVESTED_IN) { totalCount edges { node { relation subject { slug } objects { slug } amount source { url evidence } } } } }`},
		{"bad_cursor", `{ alliance(slug: "gtaa") { members(after: "nonsense") { totalCount } } }`},
		{"page_too_big", `{ alliance(slug: "gtaa") { members(first: 1000) { totalCount } } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := c.RawPost(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(resp, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("..", "testdata", "graphql", tt.name+".json"), string(got)+"\n")
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./server -update creates it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// TestMembersQuery checks the README query's answer directly: the nine named
// members of the K-AI Alliance, each with a source and its evidence, and SK
// Telecom as leader.
func TestMembersQuery(t *testing.T) {
	c, _ := newClient(t)
	var resp struct {
		Alliance struct {
			Name    string
			Leader  struct{ Slug string }
			Members struct {
				TotalCount int
				Edges      []struct {
					Since, Role string
					Node        struct{ Slug, Name string }
					Sources     []struct{ URL, Evidence string }
				}
			}
		}
	}
	c.MustPost(membersQuery, &resp)
	a := resp.Alliance
	if a.Name != "K-AI Alliance" || a.Leader.Slug != "sk-telecom" || a.Members.TotalCount != 9 {
		t.Fatalf("name %q leader %q members %d; want K-AI Alliance, sk-telecom, 9", a.Name, a.Leader.Slug, a.Members.TotalCount)
	}
	var slugs []string
	for _, e := range a.Members.Edges {
		slugs = append(slugs, e.Node.Slug)
		if len(e.Sources) == 0 || e.Sources[0].Evidence == "" || e.Sources[0].URL == "" {
			t.Errorf("member %s has no source with evidence", e.Node.Slug)
		}
	}
	want := []string{"bespin-global", "konan-technology", "lablup", "moloco", "phantom-ai", "sapeon", "sweet-technologies", "tuat", "xl8"}
	if diff := cmp.Diff(want, slugs); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
}

func TestHTTP(t *testing.T) {
	_, h := newClient(t)
	tests := []struct {
		name, method, target, body string
		status                     int
		contains                   string
	}{
		{"get query", "GET", "/graphql?query=" + strings.ReplaceAll(`{alliance(slug:"gtaa"){name}}`, " ", "+"), "", 200, `"Global Telco AI Alliance"`},
		{"post query", "POST", "/graphql", `{"query":"{alliance(slug:\"gtaa\"){name}}"}`, 200, `"Global Telco AI Alliance"`},
		{"not found is 200 with a code", "POST", "/graphql", `{"query":"{company(slug:\"nobody\"){name}}"}`, 200, `"code":"NOT_FOUND"`},
		{"bad json", "POST", "/graphql", `{"query":`, 400, `"code":"BAD_REQUEST"`},
		{"validation", "POST", "/graphql", `{"query":"{alliance(slug:\"gtaa\"){nosuchfield}}"}`, 422, `"code":"GRAPHQL_VALIDATION_FAILED"`},
		{"syntax", "POST", "/graphql", `{"query":"{alliance("}`, 422, `"code":"GRAPHQL_PARSE_FAILED"`},
		{"healthz", "GET", "/healthz", "", 200, `"status":"ok"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.target, bytes.NewBufferString(tt.body))
			if tt.method == "POST" {
				req.Header.Set("Content-Type", "application/json")
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.contains) {
				t.Errorf("%s %s: status %d body %s; want %d containing %s", tt.method, tt.target, rec.Code, rec.Body, tt.status, tt.contains)
			}
		})
	}
}
