package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

const secToken = "s3cret-token-for-tests"

// A small article-facts file of two articles about entities of the bundled
// register.
const secFacts = `articles:
- id: a1
  source: https://example.org/news/one
  date: 2024-05-01
  title: One
  facts:
  - rel: memberOf
    member: {id: sk-telecom, text: SK Telecom}
    org: {id: k-ai-alliance, text: K-AI Alliance}
    evidence: SK Telecom is a member of the K-AI Alliance.
- id: a2
  source: https://example.org/news/two
  date: 2024-05-02
  facts:
  - rel: partnerOf
    a: {id: sk-telecom, text: SK Telecom}
    b: {id: deutsche-telekom, text: Deutsche Telekom}
    evidence: SK Telecom and Deutsche Telekom are partners.
`

const loadMutation = `mutation($yaml: String!, $name: String) { loadFacts(yaml: $yaml, name: $name) { articles facts quadsAdded quadsRemoved sources } }`

const rdfMutation = `mutation($data: String!, $format: String!, $name: String) { loadRDF(data: $data, format: $format, name: $name) { articles facts quadsAdded quadsRemoved sources } }`

// secRDFSource is the source of secNQuads.
const secRDFSource = "https://example.org/news/rdf"

// secNQuads is an N-Quads document of one source stating one plain edge,
// as another tool would write it: SK Telecom is a member of the K-AI
// Alliance.
var secNQuads = fmt.Sprintf("%s %s %s <%s> .\n", schema.EntityIRI("sk-telecom"), schema.MemberOf, schema.EntityIRI("k-ai-alliance"), secRDFSource)

// secJSONLD says what secNQuads says, in JSON-LD, under another source.
var secJSONLD = fmt.Sprintf(`{"@id": %q, "@graph": [{"@id": %q, %q: {"@id": %q}}]}`,
	secRDFSource+"/jsonld", string(schema.EntityIRI("sk-telecom")), string(schema.MemberOf), string(schema.EntityIRI("k-ai-alliance")))

// quadsOf lists every quad of store, for before-and-after comparisons.
func quadsOf(t testing.TB, store *graph.Store) []string {
	t.Helper()
	var out []string
	for _, q := range store.Quads(context.Background(), "") {
		out = append(out, q.NQuad())
	}
	return out
}

// TestMutationAuth checks who may run a mutation: nobody when the server
// has no token (403), nobody without the token or with another (401), and
// only by POST.
func TestMutationAuth(t *testing.T) {
	store := newStore(t)
	withToken := server.New(store, server.Config{Token: secToken})
	noToken := server.New(store, server.Config{})
	remove := `mutation { removeSource(url: "https://example.org/none") { articles } }`
	tests := []struct {
		name   string
		h      http.Handler
		req    func() *http.Request
		want   secResult
		header string // WWW-Authenticate
	}{
		{"no token configured", noToken, func() *http.Request { return secPost(remove, nil, "Authorization", "Bearer "+secToken) }, secResult{403, "FORBIDDEN"}, ""},
		{"no header", withToken, func() *http.Request { return secPost(remove, nil) }, secResult{401, "UNAUTHENTICATED"}, `Bearer realm="telcograph"`},
		{"wrong token", withToken, func() *http.Request { return secPost(remove, nil, "Authorization", "Bearer nope") }, secResult{401, "UNAUTHENTICATED"}, `Bearer realm="telcograph"`},
		{"token as prefix", withToken, func() *http.Request { return secPost(remove, nil, "Authorization", "Bearer "+secToken+"x") }, secResult{401, "UNAUTHENTICATED"}, `Bearer realm="telcograph"`},
		{"basic scheme", withToken, func() *http.Request { return secPost(remove, nil, "Authorization", "Basic "+secToken) }, secResult{401, "UNAUTHENTICATED"}, `Bearer realm="telcograph"`},
		{"right token", withToken, func() *http.Request { return secPost(remove, nil, "Authorization", "Bearer "+secToken) }, secResult{200, "NOT_FOUND"}, ""},
		{"right token, lower-case scheme", withToken, func() *http.Request { return secPost(remove, nil, "Authorization", "bearer "+secToken) }, secResult{200, "NOT_FOUND"}, ""},
		{"queries need no token", withToken, func() *http.Request { return secPost(`{ company(slug: "sk-telecom") { slug } }`, nil) }, secResult{200, ""}, ""},
		{"mutation by GET", withToken, func() *http.Request {
			req := httptest.NewRequest("GET", "/graphql?query="+strings.ReplaceAll(remove, " ", "+"), nil)
			req.Header.Set("Authorization", "Bearer "+secToken)
			return req
		}, secResult{406, "BAD_REQUEST"}, ""},
		{"mutation by GET without a token", withToken, func() *http.Request {
			return httptest.NewRequest("GET", "/graphql?query="+strings.ReplaceAll(remove, " ", "+"), nil)
		}, secResult{406, "BAD_REQUEST"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, rec := secDo(t, tt.h, tt.req())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\nbody: %s", diff, rec.Body)
			}
			if h := rec.Header().Get("WWW-Authenticate"); h != tt.header {
				t.Errorf("WWW-Authenticate %q, want %q", h, tt.header)
			}
		})
	}
}

// TestMutations runs each mutation with the token and checks its counts and
// the graph after it.
func TestMutations(t *testing.T) {
	store := newStore(t)
	h := server.New(store, server.Config{Token: secToken})
	auth := []string{"Authorization", "Bearer " + secToken}
	type result struct {
		Articles, Facts, QuadsAdded, QuadsRemoved int
		Sources                                   []string
	}
	run := func(t *testing.T, query string, vars map[string]any, field string) (result, secResult, secResponse) {
		t.Helper()
		got, resp, _ := secDo(t, h, secPost(query, vars, auth...))
		var data map[string]result
		if len(resp.Data) > 0 && string(resp.Data) != "null" {
			if err := json.Unmarshal(resp.Data, &data); err != nil {
				t.Fatal(err)
			}
		}
		return data[field], got, resp
	}
	base := len(quadsOf(t, store))

	t.Run("loadFacts", func(t *testing.T) {
		res, got, _ := run(t, loadMutation, map[string]any{"yaml": secFacts}, "loadFacts")
		if got.Code != "" || res.Articles != 2 || res.Facts != 2 || res.QuadsAdded == 0 || res.QuadsRemoved != 0 {
			t.Fatalf("first load: %+v %+v", got, res)
		}
		if diff := cmp.Diff([]string{"https://example.org/news/one", "https://example.org/news/two"}, res.Sources); diff != "" {
			t.Errorf("sources (-want +got):\n%s", diff)
		}
		again, _, _ := run(t, loadMutation, map[string]any{"yaml": secFacts}, "loadFacts")
		if again.QuadsAdded != 0 || again.QuadsRemoved != 0 {
			t.Errorf("second load changed the graph: %+v", again)
		}
	})
	t.Run("removeSource", func(t *testing.T) {
		res, got, _ := run(t, `mutation { removeSource(url: "https://example.org/news/two") { articles quadsRemoved sources } }`, nil, "removeSource")
		if got.Code != "" || res.Articles != 1 || res.QuadsRemoved == 0 {
			t.Fatalf("remove: %+v %+v", got, res)
		}
		_, got, _ = run(t, `mutation { removeSource(url: "https://example.org/news/two") { articles } }`, nil, "removeSource")
		if got.Code != "NOT_FOUND" {
			t.Errorf("second remove: %+v, want NOT_FOUND", got)
		}
		run(t, `mutation { removeSource(url: "https://example.org/news/one") { articles } }`, nil, "removeSource")
		if n := len(quadsOf(t, store)); n != base {
			t.Errorf("after removing both articles the graph has %d quads, want %d", n, base)
		}
	})
	t.Run("loadRDF", func(t *testing.T) {
		before := len(quadsOf(t, store))
		res, got, resp := run(t, rdfMutation, map[string]any{"data": secNQuads, "format": "nquads"}, "loadRDF")
		// The plain edge and the statement node import derives for it.
		if got.Code != "" || res.Articles != 1 || res.Facts != 0 || res.QuadsAdded < 2 || res.QuadsRemoved != 0 {
			t.Fatalf("first load: %+v %+v %+v", got, res, resp.Errors)
		}
		if diff := cmp.Diff([]string{secRDFSource}, res.Sources); diff != "" {
			t.Errorf("sources (-want +got):\n%s", diff)
		}
		if n := len(store.SourceQuads(secRDFSource)); n != res.QuadsAdded {
			t.Errorf("the store has %d quads from %s, the mutation says it added %d", n, secRDFSource, res.QuadsAdded)
		}
		again, _, _ := run(t, rdfMutation, map[string]any{"data": secNQuads, "format": "nquads"}, "loadRDF")
		if again.QuadsAdded != 0 || again.QuadsRemoved != 0 {
			t.Errorf("second load changed the graph: %+v", again)
		}
		ld, got, resp := run(t, rdfMutation, map[string]any{"data": secJSONLD, "format": "jsonld"}, "loadRDF")
		if got.Code != "" || ld.Articles != 1 || ld.QuadsAdded != res.QuadsAdded {
			t.Errorf("json-ld: %+v %+v %+v, want as many quads as the N-Quads (%d)", got, ld, resp.Errors, res.QuadsAdded)
		}
		for _, src := range []string{secRDFSource, secRDFSource + "/jsonld"} {
			run(t, fmt.Sprintf(`mutation { removeSource(url: %q) { articles } }`, src), nil, "removeSource")
		}
		if n := len(quadsOf(t, store)); n != before {
			t.Errorf("after removing the RDF sources the graph has %d quads, want %d", n, before)
		}
	})
	t.Run("ingestArticle", func(t *testing.T) {
		text := "SK Telecom has joined the K-AI Alliance, the company said on Monday. Deutsche Telekom and SK Telecom signed a partnership on AI."
		q := `mutation($url: String, $text: String!, $date: Date) { ingestArticle(url: $url, text: $text, date: $date) { articles facts quadsAdded sources } }`
		res, got, resp := run(t, q, map[string]any{"url": "https://example.org/news/raw", "text": text, "date": "2024-06-03"}, "ingestArticle")
		if got.Code != "" || res.Articles != 1 || res.Facts == 0 || res.QuadsAdded == 0 {
			t.Fatalf("ingest: %+v %+v %+v", got, res, resp.Errors)
		}
		// Extracted facts wait for review: queued, not in the graph.
		if len(store.SourceQuads(curate.LabelOf("https://example.org/news/raw"))) == 0 {
			t.Error("the article's candidates are not in the store")
		}
		if n := len(store.SourceQuads("https://example.org/news/raw")); n != 0 {
			t.Errorf("the article's source has %d quads before any review", n)
		}
		_, got, _ = run(t, q, map[string]any{"text": text}, "ingestArticle")
		if got.Code != "BAD_USER_INPUT" {
			t.Errorf("ingest without a URL: %+v, want BAD_USER_INPUT", got)
		}
		_, got, _ = run(t, q, map[string]any{"url": "not a url", "text": text}, "ingestArticle")
		if got.Code != "BAD_USER_INPUT" {
			t.Errorf("ingest with a bad URL: %+v, want BAD_USER_INPUT", got)
		}
	})
}

// TestMalformedFactsChangeNothing sends broken article-facts files: each
// error names the file and line, and the graph is the same quad for quad.
func TestMalformedFactsChangeNothing(t *testing.T) {
	store := newStore(t)
	h := server.New(store, server.Config{Token: secToken})
	tests := []struct {
		name, yaml, want string
	}{
		{"yaml syntax", "articles:\n- id: a\n  source: [unclosed\n", "bad.yaml:3:"},
		{"unknown relation on the second article", strings.Replace(secFacts, "rel: partnerOf", "rel: friendOf", 1), "bad.yaml:15:"},
		{"unknown entity", strings.Replace(secFacts, "id: deutsche-telekom", "id: no-such-company", 1), "bad.yaml:17:"},
		{"bad date", strings.Replace(secFacts, "date: 2024-05-02", "date: 2024-13-02", 1), "bad.yaml:13:"},
		{"not yaml at all", "\x00\x01\x02", "bad.yaml:"},
		{"empty", "", "bad.yaml:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := quadsOf(t, store)
			got, resp, _ := secDo(t, h, secPost(loadMutation, map[string]any{"yaml": tt.yaml, "name": "bad.yaml"}, "Authorization", "Bearer "+secToken))
			if got.Code != "BAD_USER_INPUT" || !strings.Contains(resp.Errors[0].Message, tt.want) {
				t.Errorf("%+v %+v, want BAD_USER_INPUT mentioning %q", got, resp.Errors, tt.want)
			}
			if diff := cmp.Diff(before, quadsOf(t, store)); diff != "" {
				t.Errorf("graph changed (-before +after):\n%s", diff)
			}
		})
	}
}

// TestMalformedRDFChangesNothing sends broken RDF documents: each error
// names the document and line, and the graph is the same quad for quad.
func TestMalformedRDFChangesNothing(t *testing.T) {
	store := newStore(t)
	h := server.New(store, server.Config{Token: secToken})
	tests := []struct {
		name, data, format, want string
	}{
		{"n-quads syntax", secNQuads + "<https://a.example/s> <https://a.example/p> .\n", "nquads", "bad.rdf:2:"},
		{"a triple without a source", strings.Replace(secNQuads, " <"+secRDFSource+">", "", 1), "nquads", "bad.rdf:1:"},
		{"json syntax", "{\n\"@graph\": [", "jsonld", "bad.rdf:1: json: unexpected end of file"},
		{"n-quads sent as json-ld", secNQuads, "jsonld", "bad.rdf:1:"},
		{"unknown format", secNQuads, "turtle", `format "turtle": want nquads or jsonld`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := quadsOf(t, store)
			got, resp, _ := secDo(t, h, secPost(rdfMutation, map[string]any{"data": tt.data, "format": tt.format, "name": "bad.rdf"}, "Authorization", "Bearer "+secToken))
			if got.Code != "BAD_USER_INPUT" || len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, tt.want) {
				t.Errorf("%+v %+v, want BAD_USER_INPUT mentioning %q", got, resp.Errors, tt.want)
			}
			if diff := cmp.Diff(before, quadsOf(t, store)); diff != "" {
				t.Errorf("graph changed (-before +after):\n%s", diff)
			}
		})
	}
}

// TestCORS checks the allow-list: no header for anyone by default, the
// origin echoed for listed origins only, preflights answered for them.
func TestCORS(t *testing.T) {
	store := newStore(t)
	def := server.New(store, server.Config{})
	listed := server.New(store, server.Config{AllowedOrigins: []string{"https://app.example.org"}})
	tests := []struct {
		name, method, origin string
		h                    http.Handler
		status               int
		allow                string
	}{
		{"off by default", "POST", "https://app.example.org", def, 200, ""},
		{"listed origin", "POST", "https://app.example.org", listed, 200, "https://app.example.org"},
		{"other origin", "POST", "https://evil.example.com", listed, 200, ""},
		{"preflight, listed", "OPTIONS", "https://app.example.org", listed, 204, "https://app.example.org"},
		{"preflight, other", "OPTIONS", "https://evil.example.com", listed, 403, ""},
		{"preflight, off", "OPTIONS", "https://app.example.org", def, 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var req *http.Request
			if tt.method == "OPTIONS" {
				req = httptest.NewRequest("OPTIONS", "/graphql", nil)
				req.Header.Set("Access-Control-Request-Method", "POST")
				req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
			} else {
				req = secPost(`{ __typename }`, nil)
			}
			req.Header.Set("Origin", tt.origin)
			rec := httptest.NewRecorder()
			tt.h.ServeHTTP(rec, req)
			if rec.Code != tt.status || rec.Header().Get("Access-Control-Allow-Origin") != tt.allow {
				t.Errorf("status %d, Access-Control-Allow-Origin %q; want %d, %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"), tt.status, tt.allow)
			}
			if tt.status == 204 && !strings.Contains(rec.Header().Get("Access-Control-Allow-Headers"), "Authorization") {
				t.Errorf("preflight allows headers %q, want Authorization", rec.Header().Get("Access-Control-Allow-Headers"))
			}
			if rec.Header().Get("Access-Control-Allow-Credentials") != "" {
				t.Error("credentials allowed")
			}
		})
	}
}

// TestRateLimit checks that one address gets its burst, then 429 with
// Retry-After, while another address and the health check still pass.
func TestRateLimit(t *testing.T) {
	h := server.New(newStore(t), server.Config{RateLimit: 0.5, RateBurst: 3})
	from := func(addr, path string) *http.Request {
		req := secPost(`{ __typename }`, nil)
		if path != "/graphql" {
			req = httptest.NewRequest("GET", path, nil)
		}
		req.RemoteAddr = addr
		return req
	}
	var got []int
	for range 5 {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, from("192.0.2.1:1234", "/graphql"))
		got = append(got, rec.Code)
		if rec.Code == 429 {
			if ra := rec.Header().Get("Retry-After"); ra != "2" {
				t.Errorf("Retry-After %q, want 2 (one request every 2s)", ra)
			}
			if !strings.Contains(rec.Body.String(), `"code":"RATE_LIMITED"`) {
				t.Errorf("429 body %s, want code RATE_LIMITED", rec.Body)
			}
		}
	}
	if diff := cmp.Diff([]int{200, 200, 200, 429, 429}, got); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ addr, path string }{{"192.0.2.1:999", "/healthz"}, {"192.0.2.2:1234", "/graphql"}, {"[2001:db8::1]:80", "/graphql"}} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, from(tt.addr, tt.path))
		if rec.Code != 200 {
			t.Errorf("%s %s: %d, want 200", tt.addr, tt.path, rec.Code)
		}
	}
}

// leaks are what an answer must never show: stack traces and source paths.
var leaks = []string{"goroutine ", "runtime/debug", ".go:", "/work/", "telcograph/server", "panic("}

// FuzzGraphQL sends arbitrary documents, variables and operation names
// through the whole HTTP handler, mutations included: the server must not
// panic, must answer JSON with a status below 500, and must not show a
// stack or a source path that the request did not contain.
func FuzzGraphQL(f *testing.F) {
	for _, q := range []string{
		membersQuery, depth11, secAliases(31), secBomb(30), nested3, introspectionQuery,
		`{ path(from: "sk-telecom", to: "deutsche-telekom", maxHops: 10) { hops } }`,
		`{ neighbourhood(slug: "sk-telecom", depth: 3, limit: 2000) { nodes { slug } truncated } }`,
		`query($n: Int) { articles(first: $n) { totalCount } }`,
		`mutation($yaml: String!) { loadFacts(yaml: $yaml) { articles } }`,
		`{ node(id: "Q29tcGFueTpzay10ZWxlY29t") { id } nodes(ids: ["", "x"]) { id } }`,
		`{ search(text: "Deutche Telekom") { edges { node { slug } } } }`,
		`{ a: __typename ...on Query { __typename } }`, `{`, `}`, "",
	} {
		f.Add(q, `{"n": 5, "yaml": "articles: []"}`, "")
	}
	f.Add(`query A { __typename } query B { __typename }`, `{}`, "B")
	f.Add(`{ company(slug: $s) { slug } }`, `{"s": 1e400}`, "")
	store := newStore(f)
	h := server.New(store, server.Config{Token: secToken, Logger: discard, Limits: server.Limits{MaxCost: 5_000}})
	f.Fuzz(func(t *testing.T, query, vars, op string) {
		body := map[string]any{"query": query, "operationName": op}
		if json.Valid([]byte(vars)) {
			body["variables"] = json.RawMessage(vars)
		}
		b, err := json.Marshal(body)
		if err != nil {
			return
		}
		req := httptest.NewRequest("POST", "/graphql", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("answer is not JSON: %q", rec.Body)
		}
		in := string(b) + strings.ToValidUTF8(query+vars+op, string(utf8.RuneError))
		for _, l := range leaks {
			if strings.Contains(rec.Body.String(), l) && !strings.Contains(in, l) {
				t.Fatalf("answer shows %q: %s", l, rec.Body)
			}
		}
	})
}
