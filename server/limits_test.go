package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
)

// secResponse is a GraphQL answer as the tests of limits and guards read it.
type secResponse struct {
	Data   json.RawMessage
	Errors []struct {
		Message    string
		Extensions struct{ Code string }
	}
}

// secResult is what a test asserts about one answer: its HTTP status and
// the code of its first error ("" when none).
type secResult struct {
	Status int
	Code   string
}

// secDo sends one request to h and decodes the answer.
func secDo(t testing.TB, h http.Handler, req *http.Request) (secResult, secResponse, *httptest.ResponseRecorder) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var resp secResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil && rec.Body.Len() > 0 {
		t.Fatalf("answer is not JSON: %v: %s", err, rec.Body)
	}
	res := secResult{Status: rec.Code}
	if len(resp.Errors) > 0 {
		res.Code = resp.Errors[0].Extensions.Code
	}
	return res, resp, rec
}

// secPost builds a POST /graphql of query with variables.
func secPost(query string, vars map[string]any, header ...string) *http.Request {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest("POST", "/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return req
}

// Three nested pages: 100 articles × 100 facts × 100 memberships.
const (
	nested3     = `{ articles(first: 100) { edges { node { facts(first: 100) { edges { node { subject { ... on Company { memberships(first: 100) { totalCount } } } } } } } } } }`
	nested3Vars = `query($n: Int) { articles(first: $n) { edges { node { facts(first: $n) { edges { node { subject { ... on Company { memberships(first: $n) { totalCount } } } } } } } } } }`
)

// Documents of depth 10 and 11: company(1) memberships(2) edges(3) node(4)
// members(5) edges(6) node(7) memberships(8), then pageInfo(9) endCursor(10)
// or edges(9) node(10) slug(11).
const (
	depth10 = `{ company(slug: "sk-telecom") { memberships(first: 1) { edges { node { ... on Alliance { members(first: 1) { edges { node { ... on Company { memberships(first: 1) { pageInfo { endCursor } } } } } } } } } } } }`
	depth11 = `{ company(slug: "sk-telecom") { memberships(first: 1) { edges { node { ... on Alliance { members(first: 1) { edges { node { ... on Company { memberships(first: 1) { edges { node { slug } } } } } } } } } } } } }`
)

func secAliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i < n; i++ {
		b.WriteString(" a")
		b.WriteString(strings.Repeat("x", i%5))
		b.WriteString(string(rune('a'+i%26)) + string(rune('a'+i/26)))
		b.WriteString(`: company(slug: "sk-telecom") { slug }`)
	}
	b.WriteString(" }")
	return b.String()
}

// fragmentBomb is a small document whose fragments spread each other
// twice per level: 2^levels fields once expanded.
func secBomb(levels int) string {
	var b strings.Builder
	b.WriteString(`{ company(slug: "sk-telecom") { ...f0 } }`)
	for i := 0; i < levels; i++ {
		b.WriteString(" fragment f" + secItoa(i) + " on Company { slug ...f" + secItoa(i+1) + " ... on Company { ...f" + secItoa(i+1) + " } }")
	}
	b.WriteString(" fragment f" + secItoa(levels) + " on Company { name }")
	return b.String()
}

func secItoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// TestLimits sends one document at each limit and one just over it, and
// checks the status and extensions.code SECURITY.md promises.
func TestLimits(t *testing.T) {
	store := newStore(t)
	def := server.New(store, server.Config{})
	// The search resolver starts after the deadline; graph.Store.Search
	// sees it in its context and gives up.
	cost25k := server.New(store, server.Config{Limits: server.Limits{MaxCost: 25_000}})
	slowSearch := server.New(store, server.Config{Limits: server.Limits{Timeout: 20 * time.Millisecond}})
	server.DelayField(slowSearch, "Query.search", time.Minute) // cut short by the 20 ms deadline
	tests := []struct {
		name   string
		h      http.Handler
		req    func() *http.Request
		want   secResult
		substr string // in the first error's message
	}{
		{"depth at limit", def, func() *http.Request { return secPost(depth10, nil) }, secResult{200, ""}, ""},
		{"depth over limit", def, func() *http.Request { return secPost(depth11, nil) }, secResult{422, "LIMIT_EXCEEDED"}, "nests fields 11 deep; this server allows 10"},
		{"depth over limit, graphql-response+json", def, func() *http.Request {
			return secPost(depth11, nil, "Accept", "application/graphql-response+json")
		}, secResult{400, "LIMIT_EXCEEDED"}, "deep"},
		{"aliases at limit", def, func() *http.Request { return secPost(secAliases(30), nil) }, secResult{200, ""}, ""},
		{"aliases over limit", def, func() *http.Request { return secPost(secAliases(31), nil) }, secResult{422, "LIMIT_EXCEEDED"}, "31 aliases; this server allows 30"},
		{"tokens over limit", def, func() *http.Request {
			return secPost("{"+strings.Repeat(" __typename", 10_000)+"}", nil)
		}, secResult{422, "LIMIT_EXCEEDED"}, "more than 10000 tokens"},
		{"fragment bomb", def, func() *http.Request { return secPost(secBomb(40), nil) }, secResult{422, "LIMIT_EXCEEDED"}, "expands to more than 10000 fields"},
		{"cost at a page of 100 members", def, func() *http.Request {
			return secPost(`{ alliance(slug: "gtaa") { members(first: 100) { edges { node { slug name } sources { url evidence } } } } }`, nil)
		}, secResult{200, ""}, ""},
		{"cost over limit", def, func() *http.Request {
			return secPost(nested3, nil)
		}, secResult{422, "LIMIT_EXCEEDED"}, "this server allows 100000"},
		{"cost of two nested pages of 100", def, func() *http.Request {
			return secPost(`{ articles(first: 100) { edges { node { facts(first: 100) { edges { node { source { url } } } } } } } }`, nil)
		}, secResult{200, ""}, ""},
		{"cost counts first from variables", def, func() *http.Request {
			return secPost(nested3Vars, map[string]any{"n": 100})
		}, secResult{422, "LIMIT_EXCEEDED"}, "cost"},
		{"cost of a small page from variables", def, func() *http.Request {
			return secPost(nested3Vars, map[string]any{"n": 3})
		}, secResult{200, ""}, ""},
		{"cost of a neighbourhood weighs its limit", cost25k, func() *http.Request {
			return secPost(`{ neighbourhood(slug: "sk-telecom", depth: 3, limit: 2000) { nodes { slug name aliases } edges { relation from { slug } to { slug } sources { url evidence } } } }`, nil)
		}, secResult{422, "LIMIT_EXCEEDED"}, "cost"},
		{"cost of the default neighbourhood", cost25k, func() *http.Request {
			return secPost(`{ neighbourhood(slug: "sk-telecom", depth: 3) { nodes { slug name aliases } edges { relation from { slug } to { slug } sources { url evidence } } } }`, nil)
		}, secResult{200, ""}, ""},
		{"cost of a path weighs its edge budget", server.New(store, server.Config{Limits: server.Limits{MaxCost: 1000}}), func() *http.Request {
			return secPost(`{ path(from: "sk-telecom", to: "deutsche-telekom") { hops } }`, nil)
		}, secResult{422, "LIMIT_EXCEEDED"}, "this server allows 1000:"},
		{"page size over limit", def, func() *http.Request {
			return secPost(`{ alliance(slug: "gtaa") { members(first: 101) { totalCount } } }`, nil)
		}, secResult{200, "LIMIT_EXCEEDED"}, "first must be between 0 and 100, not 101"},
		{"path edge budget", server.New(store, server.Config{Limits: server.Limits{EdgeBudget: 3}}), func() *http.Request {
			return secPost(`{ path(from: "sk-telecom", to: "deutsche-telekom") { hops } }`, nil)
		}, secResult{200, "LIMIT_EXCEEDED"}, "more than 3 edges"},
		{"neighbourhood edge budget", server.New(store, server.Config{Limits: server.Limits{EdgeBudget: 3}}), func() *http.Request {
			return secPost(`{ neighbourhood(slug: "sk-telecom", depth: 3) { nodes { slug } } }`, nil)
		}, secResult{200, "LIMIT_EXCEEDED"}, "more than 3 edges"},
		{"execution timeout before execution", server.New(store, server.Config{Limits: server.Limits{Timeout: time.Nanosecond}}), func() *http.Request {
			return secPost(`{ search(text: "telecom") { totalCount } }`, nil)
		}, secResult{200, "LIMIT_EXCEEDED"}, "time limit of 1ns"},
		{"execution timeout reaches the store", slowSearch, func() *http.Request {
			return secPost(`{ search(text: "telecom") { totalCount } }`, nil)
		}, secResult{200, "LIMIT_EXCEEDED"}, "time limit of 20ms"},
		{"body at limit is read", def, func() *http.Request {
			q := `{"query":"{ __typename }","x":"` + strings.Repeat("a", 1<<20-len(`{"query":"{ __typename }","x":""}`)) + `"}`
			req := httptest.NewRequest("POST", "/graphql", strings.NewReader(q))
			req.Header.Set("Content-Type", "application/json")
			return req
		}, secResult{200, ""}, ""},
		{"body over limit", def, func() *http.Request {
			req := httptest.NewRequest("POST", "/graphql", strings.NewReader(`{"query":"{ __typename }","x":"`+strings.Repeat("a", 1<<20)+`"}`))
			req.Header.Set("Content-Type", "application/json")
			return req
		}, secResult{413, "LIMIT_EXCEEDED"}, "over this server's limit of 1048576 bytes"},
		{"body over limit without a length", def, func() *http.Request {
			req := httptest.NewRequest("POST", "/graphql", io.MultiReader(strings.NewReader(`{"query":"{ __typename }","x":"`), strings.NewReader(strings.Repeat("a", 1<<20))))
			req.ContentLength = -1
			req.Header.Set("Content-Type", "application/json")
			return req
		}, secResult{413, "LIMIT_EXCEEDED"}, "bytes"},
		{"limits are configurable", server.New(store, server.Config{Limits: server.Limits{MaxDepth: 3}}), func() *http.Request {
			return secPost(`{ alliance(slug: "gtaa") { members { edges { node { slug } } } } }`, nil)
		}, secResult{422, "LIMIT_EXCEEDED"}, "nests fields 5 deep; this server allows 3"},
		{"introspection query passes the depth limit", def, func() *http.Request {
			return secPost(introspectionQuery, nil)
		}, secResult{200, ""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, resp, rec := secDo(t, tt.h, tt.req())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nbody: %.400s", diff, rec.Body)
			}
			if tt.substr != "" && (len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, tt.substr)) {
				t.Errorf("errors %+v, want a message containing %q", resp.Errors, tt.substr)
			}
		})
	}
}

// TestFragmentBombIsFast checks that a document of a few hundred tokens
// whose fragments expand to 2^60 fields is refused at once.
func TestFragmentBombIsFast(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	start := time.Now()
	got, _, _ := secDo(t, h, secPost(secBomb(60), nil))
	if took := time.Since(start); got.Code != "LIMIT_EXCEEDED" || took > 2*time.Second {
		t.Errorf("fragment bomb: %+v in %v; want LIMIT_EXCEEDED within 2s", got, took)
	}
}

// TestIntrospectionOff checks that one setting turns off introspection,
// GraphiQL and the field suggestions that would reveal the schema.
func TestIntrospectionOff(t *testing.T) {
	store := newStore(t)
	on, off := server.New(store, server.Config{}), server.New(store, server.Config{NoIntrospection: true})
	typo := `{ compnay(slug: "sk-telecom") { slug } }`
	tests := []struct {
		name     string
		h        http.Handler
		req      func() *http.Request
		status   int
		contains string
		absent   string
	}{
		{"introspection on", on, func() *http.Request { return secPost(`{ __schema { queryType { name } } }`, nil) }, 200, `"Query"`, "errors"},
		{"introspection off", off, func() *http.Request { return secPost(`{ __schema { queryType { name } } }`, nil) }, 422, `is disabled on this server`, `"Query"`},
		{"introspection off in a fragment", off, func() *http.Request {
			return secPost(`{ ...F } fragment F on Query { __type(name: "Company") { name } }`, nil)
		}, 422, `is disabled on this server`, `"Company"`},
		{"suggestions on", on, func() *http.Request { return secPost(typo, nil) }, 422, `Did you mean`, ""},
		{"suggestions off", off, func() *http.Request { return secPost(typo, nil) }, 422, `Cannot query field`, "Did you mean"},
		{"graphiql on", on, func() *http.Request { return httptest.NewRequest("GET", "/graphiql", nil) }, anyButNotFound, "", ""},
		{"graphiql off", off, func() *http.Request { return httptest.NewRequest("GET", "/graphiql", nil) }, 404, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			tt.h.ServeHTTP(rec, tt.req())
			body := rec.Body.String()
			status := rec.Code
			if tt.status == anyButNotFound && status != http.StatusNotFound {
				status = anyButNotFound
			}
			if status != tt.status || !strings.Contains(body, tt.contains) || (tt.absent != "" && strings.Contains(body, tt.absent)) {
				t.Errorf("status %d body %.300s; want %d, containing %q, without %q", rec.Code, body, tt.status, tt.contains, tt.absent)
			}
		})
	}
}

// anyButNotFound stands for any status but 404 in TestIntrospectionOff.
const anyButNotFound = -1

// TestPanicIsInternal makes a resolver panic with a value that names a
// file: the client gets INTERNAL, "internal error" and the request id
// only, the log gets the panic once under that id, and the server goes on
// answering.
func TestPanicIsInternal(t *testing.T) {
	var logBuf syncBuf
	srv := server.New(newStore(t), server.Config{Logger: slog.New(slog.NewTextHandler(&logBuf, nil))})
	server.PanicOnField(srv, "Company.name", "boom at /work/main/server/secret.go:42")
	got, resp, rec := secDo(t, srv, secPost(`{ company(slug: "sk-telecom") { slug name } }`, nil))
	if diff := cmp.Diff(secResult{200, "INTERNAL"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	body := rec.Body.String()
	for _, leak := range []string{"boom", ".go", "goroutine", "/work/"} {
		if strings.Contains(body, leak) {
			t.Errorf("answer leaks %q: %s", leak, body)
		}
	}
	id := rec.Header().Get("X-Request-Id")
	if want := "internal error; the server logged it under request id " + id; len(resp.Errors) != 1 || resp.Errors[0].Message != want {
		t.Errorf("errors %+v, want one %q", resp.Errors, want)
	}
	if !strings.Contains(logBuf.String(), "request_id="+id) {
		t.Errorf("the log does not name request %s:\n%s", id, logBuf.String())
	}
	if n := strings.Count(logBuf.String(), "panic"); n == 0 || strings.Count(logBuf.String(), "level=ERROR") != 1 {
		t.Errorf("log has %d ERROR lines, want 1:\n%s", strings.Count(logBuf.String(), "level=ERROR"), logBuf.String())
	}
	if got, _, _ := secDo(t, srv, secPost(`{ company(slug: "sk-telecom") { slug } }`, nil)); got.Code != "" {
		t.Errorf("after the panic: %+v, want an answer", got)
	}
}

// TestHTTPPanicIsInternal makes a plain HTTP handler panic: 500 with an
// INTERNAL error in GraphQL's shape, the panic logged once.
func TestHTTPPanicIsInternal(t *testing.T) {
	var logBuf syncBuf
	srv := server.New(newStore(t), server.Config{Logger: slog.New(slog.NewTextHandler(&logBuf, nil))})
	server.PanicAtPath(srv, "/panic-test", "boom at /work/main/server/secret.go:42")
	got, resp, rec := secDo(t, srv, httptest.NewRequest("GET", "/panic-test", nil))
	if diff := cmp.Diff(secResult{500, "INTERNAL"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	want := "internal error; the server logged it under request id " + rec.Header().Get("X-Request-Id")
	if strings.Contains(rec.Body.String(), "boom") || len(resp.Errors) != 1 || resp.Errors[0].Message != want {
		t.Errorf("answer %s, want one %q and no panic value", rec.Body, want)
	}
	if n := strings.Count(logBuf.String(), "level=ERROR"); n != 1 {
		t.Errorf("log has %d ERROR lines, want 1:\n%s", n, logBuf.String())
	}
}

// The introspection query GraphiQL sends (abridged to its deepest part).
const introspectionQuery = `query IntrospectionQuery { __schema { queryType { name } mutationType { name }
  types { ...FullType } directives { name locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } }
  inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }`

// syncBuf is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
