package server_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

// gid is a Relay global id as the API makes them.
func gid(typ, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(typ + ":" + key))
}

// TestErrorMessages lists every error message a client can get, with its
// HTTP status and extensions.code: each is a sentence for a user, without
// Go's wrapping ("graph: ...", ": not found"). {id} stands for the answer's
// X-Request-Id.
//
// Two messages are left out because a consistent graph cannot give them:
// a link or a country whose entity the graph does not hold ("the graph
// links ... which it does not hold").
func TestErrorMessages(t *testing.T) {
	store := newStore(t)
	def := server.New(store, server.Config{Token: secToken, Logger: discard})
	q := func(query string, header ...string) func() *http.Request {
		return func() *http.Request { return secPost(query, nil, header...) }
	}
	qv := func(query string, vars map[string]any, header ...string) func() *http.Request {
		return func() *http.Request { return secPost(query, vars, header...) }
	}
	auth := []string{"Authorization", "Bearer " + secToken}
	raw := func(method, target, contentType, body string, header ...string) func() *http.Request {
		return func() *http.Request {
			req := httptest.NewRequest(method, target, strings.NewReader(body))
			if contentType != "" {
				req.Header.Set("Content-Type", contentType)
			}
			for i := 0; i+1 < len(header); i += 2 {
				req.Header.Set(header[i], header[i+1])
			}
			return req
		}
	}
	with := func(cfg server.Config, hooks ...func(*server.Server)) *server.Server {
		cfg.Logger = discard
		s := server.New(store, cfg)
		for _, h := range hooks {
			h(s)
		}
		return s
	}
	failing := func(err error) *server.Server {
		return with(server.Config{}, func(s *server.Server) { server.FailField(s, "Query.company", err) })
	}
	const companyQuery = `{ company(slug: "sk-telecom") { slug } }`

	// A server whose only heavy-operation slot is held by another request.
	heavySrv := with(server.Config{Limits: server.Limits{HeavyCost: 1, HeavySlots: 1, Timeout: 200 * time.Millisecond}})
	started, release := server.HoldField(heavySrv, "Query.search")
	t.Cleanup(release)
	heavy := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		go heavySrv.ServeHTTP(httptest.NewRecorder(), secPost(`{ search(text: "sk") { totalCount } }`, nil))
		<-started
		heavySrv.ServeHTTP(w, r)
		release()
	})
	// A client that has spent its one request.
	limited := with(server.Config{RateLimit: 0.5, RateBurst: 1})
	rateLimited := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limited.ServeHTTP(httptest.NewRecorder(), secPost(`{ __typename }`, nil))
		limited.ServeHTTP(w, r)
	})
	slow := with(server.Config{Limits: server.Limits{Timeout: 20 * time.Millisecond}},
		func(s *server.Server) { server.DelayField(s, "Query.search", time.Minute) }) // cut short by the deadline

	tests := []struct {
		name   string
		h      http.Handler
		req    func() *http.Request
		status int
		code   string
		msg    string
	}{
		// Something the request names is not in the graph.
		{"unknown slug", def, q(`{ company(slug: "nope") { slug } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"slug of another type", def, q(`{ company(slug: "k-ai-alliance") { slug } }`), 200, "NOT_FOUND", `"k-ai-alliance" is an alliance, not a company`},
		{"unknown slug, any type", def, q(`{ entity(slug: "nope") { slug } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"unknown Wikidata item", def, q(`{ entity(wikidata: "Q1") { slug } }`), 200, "NOT_FOUND", `no entity has the Wikidata item "Q1"`},
		{"unknown article", def, q(`{ article(url: "https://nowhere.example/") { title } }`), 200, "NOT_FOUND", `no article with URL "https://nowhere.example/"`},
		{"id of an unknown type", def, q(`{ node(id: "` + gid("Widget", "x") + `") { id } }`), 200, "NOT_FOUND", `no object with id "` + gid("Widget", "x") + `"`},
		{"id of an unknown article", def, q(`{ node(id: "` + gid("Article", "https://nowhere.example/") + `") { id } }`), 200, "NOT_FOUND", `no article with URL "https://nowhere.example/"`},
		{"id of an unknown fact", def, q(`{ node(id: "` + gid("Fact", "nope") + `") { id } }`), 200, "NOT_FOUND", `no fact with id "` + gid("Fact", "nope") + `"`},
		{"path from an unknown slug", def, q(`{ path(from: "nope", to: "sk-telecom") { hops } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"path to an unknown slug", def, q(`{ path(from: "sk-telecom", to: "nope") { hops } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"neighbourhood of an unknown slug", def, q(`{ neighbourhood(slug: "nope") { truncated } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"timeline of an unknown slug", def, q(`{ timeline(slug: "nope") { totalCount } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"common alliances with an unknown slug", def, q(`{ commonAlliances(a: "sk-telecom", b: "nope") { totalCount } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"a set question with an unknown slug", def, q(`{ companies(memberOfAll: ["gtaa", "nope"]) { totalCount } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"common alliances of three with an unknown slug", def, q(`{ commonAlliances(slugs: ["sk-telecom", "gtaa", "nope"]) { totalCount } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"co-members of an unknown slug", def, q(`{ coMembers(slug: "nope") { totalCount } }`), 200, "NOT_FOUND", `no entity with slug "nope"`},
		{"remove an unknown source", def, q(`mutation { removeSource(url: "https://nowhere.example/") { articles } }`, auth...), 200, "NOT_FOUND", `the graph has no facts from "https://nowhere.example/"`},

		// An argument is not valid.
		{"malformed id", def, q(`{ node(id: "nope") { id } }`), 200, "BAD_USER_INPUT", `"nope" is not an id of this API; ids come from the id field of an object`},
		{"bad after cursor", def, q(`{ alliance(slug: "gtaa") { members(after: "nonsense") { totalCount } } }`), 200, "BAD_USER_INPUT", `after: "nonsense" is not a cursor; pass one from the pageInfo or the edges of an earlier answer`},
		{"bad before cursor", def, q(`{ articles(before: "bm9wZQ") { totalCount } }`), 200, "BAD_USER_INPUT", `before: "bm9wZQ" is not a cursor; pass one from the pageInfo or the edges of an earlier answer`},
		{"bad search cursor", def, q(`{ search(text: "sk", after: "x") { totalCount } }`), 200, "BAD_USER_INPUT", `after: "x" is not a cursor; pass one from the pageInfo or the edges of an earlier answer`},
		{"empty search", def, q(`{ search(text: "  ") { totalCount } }`), 200, "BAD_USER_INPUT", `the search text is empty; give a name or a part of one`},
		{"entity by neither slug nor Wikidata item", def, q(`{ entity { slug } }`), 200, "BAD_USER_INPUT", `entity takes exactly one of slug and wikidata`},
		{"entity by both slug and Wikidata item", def, q(`{ entity(slug: "sk-telecom", wikidata: "Q1") { slug } }`), 200, "BAD_USER_INPUT", `entity takes exactly one of slug and wikidata`},
		{"malformed Wikidata item", def, q(`{ entity(wikidata: "644324") { slug } }`), 200, "BAD_USER_INPUT", `wikidata: "644324" is not a Wikidata item id such as Q644324`},
		{"common alliances of one", def, q(`{ commonAlliances(a: "sk-telecom") { totalCount } }`), 200, "BAD_USER_INPUT", `commonAlliances needs at least two entities (a, b or slugs), not 1`},
		{"bad date", def, q(`{ alliance(slug: "gtaa") { members(asOf: "2024-13") { totalCount } } }`), 200, "BAD_USER_INPUT", `"2024-13" is not a date: write 2024, 2024-05 or 2024-05-14`},
		{"date that is not a string", def, qv(`query($d: Date) { alliance(slug: "gtaa") { members(asOf: $d) { totalCount } } }`, map[string]any{"d": 2024}), 200, "BAD_USER_INPUT", `a date is a string such as "2024", "2024-05" or "2024-05-14", not 2024`},
		{"ingest with a bad url", def, q(`mutation { ingestArticle(url: "news/1", text: "SK Telecom") { articles } }`, auth...), 200, "BAD_USER_INPUT", `url "news/1" is not an absolute URL such as https://example.com/news/1`},
		{"ingest without a url", def, q(`mutation { ingestArticle(text: "SK Telecom joined the K-AI Alliance.") { articles } }`, auth...), 200, "BAD_USER_INPUT", `the article has no URL: pass url, or begin the text with a line "source: https://..." (HTML: a canonical link)`},
		{"ingest without text", def, q(`mutation { ingestArticle(url: "https://x.example/1", text: "  ") { articles } }`, auth...), 200, "BAD_USER_INPUT", `the article has no text to extract facts from`},
		{"facts with a problem", def, qv(loadMutation, map[string]any{"yaml": "articles: 5", "name": "bad.yaml"}, auth...), 200, "BAD_USER_INPUT",
			"the article-facts file \"bad.yaml\" has 1 problem; nothing was loaded:\nbad.yaml:1: articles: want a list"},
		{"facts with two problems", def, qv(loadMutation, map[string]any{"yaml": strings.Replace(strings.Replace(secFacts, "rel: partnerOf", "rel: friendOf", 1), "date: 2024-05-01", "date: 2024-13-01", 1)}, auth...), 200, "BAD_USER_INPUT",
			"the article-facts file \"request\" has 2 problems; nothing was loaded:\nrequest:4: article a1: bad date \"2024-13-01\" (want YYYY, YYYY-MM or YYYY-MM-DD)\nrequest:15: fact: unknown relation \"friendOf\""},
		{"register with a problem", def, q(`mutation { loadFacts(yaml: "articles: []", register: "x") { articles } }`, auth...), 200, "BAD_USER_INPUT",
			"the register has 1 problem; nothing was loaded:\nrequest register:1: want a mapping at the top level"},
		{"register that disagrees with the graph", def, q(`mutation { loadFacts(yaml: "articles: []", register: "entities:\n  sk-telecom:\n    name: SK Telecom\n    type: alliance\n") { articles } }`, auth...), 200, "BAD_USER_INPUT",
			"the register disagrees with the graph: entity sk-telecom is registered as company, not alliance; nothing was loaded"},

		// A limit.
		{"page too big", def, q(`{ alliance(slug: "gtaa") { members(first: 101) { totalCount } } }`), 200, "LIMIT_EXCEEDED", `first must be between 0 and 100, not 101`},
		{"negative page", def, q(`{ articles(last: -1) { totalCount } }`), 200, "LIMIT_EXCEEDED", `last must be between 0 and 100, not -1`},
		{"too many ids", def, q(`{ nodes(ids: [` + strings.Repeat(`"x",`, 101) + `]) { id } }`), 200, "LIMIT_EXCEEDED", `nodes takes at most 100 ids at once, not 101`},
		{"too many slugs in a set question", def, q(`{ companies(ledAny: [` + strings.Repeat(`"x",`, 101) + `]) { totalCount } }`), 200, "LIMIT_EXCEEDED", `ledAny takes at most 100 slugs, not 101`},
		{"common alliances of too many", def, q(`{ commonAlliances(a: "x", slugs: [` + strings.Repeat(`"x",`, 100) + `]) { totalCount } }`), 200, "LIMIT_EXCEEDED", `commonAlliances takes at most 100 entities, not 101`},
		{"k out of range", def, q(`{ paths(from: "sk-telecom", to: "gtaa", k: 11) { hops } }`), 200, "LIMIT_EXCEEDED", `k must be between 1 and 10, not 11`},
		{"maxHops out of range", def, q(`{ path(from: "sk-telecom", to: "gtaa", maxHops: 11) { hops } }`), 200, "LIMIT_EXCEEDED", `maxHops must be between 1 and 10, not 11`},
		{"depth out of range", def, q(`{ neighbourhood(slug: "sk-telecom", depth: 4) { truncated } }`), 200, "LIMIT_EXCEEDED", `depth must be between 1 and 3, not 4`},
		{"limit out of range", def, q(`{ neighbourhood(slug: "sk-telecom", limit: 2001) { truncated } }`), 200, "LIMIT_EXCEEDED", `limit must be between 1 and 2000, not 2001`},
		{"path edge budget", with(server.Config{Limits: server.Limits{EdgeBudget: 3}}), q(`{ path(from: "sk-telecom", to: "deutsche-telekom") { hops } }`), 200, "LIMIT_EXCEEDED",
			`the search looked at more than 3 edges, this server's budget, without finishing; ask for fewer hops, a smaller depth or fewer relations`},
		{"neighbourhood edge budget", with(server.Config{Limits: server.Limits{EdgeBudget: 3}}), q(`{ neighbourhood(slug: "sk-telecom", depth: 3) { truncated } }`), 200, "LIMIT_EXCEEDED",
			`the search looked at more than 3 edges, this server's budget, without finishing; ask for fewer hops, a smaller depth or fewer relations`},
		{"time limit during execution", slow, q(`{ search(text: "telecom") { totalCount } }`), 200, "LIMIT_EXCEEDED", `the request ran over this server's time limit of 20ms; ask for less (smaller pages, fewer hops)`},
		{"time limit before execution", with(server.Config{Limits: server.Limits{Timeout: time.Nanosecond}}), q(`{ __typename }`), 200, "LIMIT_EXCEEDED", `the request ran over this server's time limit of 1ns; ask for less (smaller pages, fewer hops)`},
		{"waiting for a heavy-operation slot", heavy, q(companyQuery), 200, "LIMIT_EXCEEDED", `the request waited for its turn among the expensive operations until its time limit of 200ms ran out; retry later or ask for less`},
		{"tokens", def, q("{" + strings.Repeat(" __typename", 10_000) + "}"), 422, "LIMIT_EXCEEDED", `the document has more than 10000 tokens, this server's limit`},
		{"fields", def, q(secBomb(40)), 422, "LIMIT_EXCEEDED", `the document expands to more than 10000 fields once its fragments are spread, this server's limit`},
		{"depth", def, q(depth11), 422, "LIMIT_EXCEEDED", `the document nests fields 11 deep; this server allows 10`},
		{"aliases", def, q(secAliases(31)), 422, "LIMIT_EXCEEDED", `the document has 31 aliases; this server allows 30`},
		{"cost", def, q(nested3), 422, "LIMIT_EXCEEDED", `the operation costs 1040301; this server allows 100000: ask for smaller pages (first, last), fewer nested lists or fewer path searches`},
		{"body", with(server.Config{Limits: server.Limits{MaxBodyBytes: 100}}), q(`{ company(slug: "` + strings.Repeat("x", 100) + `") { slug } }`), 413, "LIMIT_EXCEEDED", `the request body is over this server's limit of 100 bytes`},
		{"rate", rateLimited, q(`{ __typename }`), 429, "RATE_LIMITED", `too many requests from 192.0.2.1; retry in 2 seconds`},

		// Mutations and credentials.
		{"no token", def, q(`mutation { removeSource(url: "https://x.example/") { articles } }`), 401, "UNAUTHENTICATED", `mutations need an Authorization: Bearer <token> header`},
		{"wrong token", def, q(`mutation { removeSource(url: "https://x.example/") { articles } }`, "Authorization", "Bearer nope"), 401, "UNAUTHENTICATED", `the bearer token is not valid`},
		{"mutations disabled", with(server.Config{}), q(`mutation { removeSource(url: "https://x.example/") { articles } }`, auth...), 403, "FORBIDDEN", `mutations are disabled: the server was started without a token`},
		{"mutation by GET", def, raw("GET", "/graphql?query=mutation+%7B+removeSource(url:%22x%22)+%7B+articles+%7D+%7D", "", ""), 406, "BAD_REQUEST", `mutations must be sent by POST; GET runs queries only`},
		{"introspection off", with(server.Config{NoIntrospection: true}), q(`{ __schema { queryType { name } } }`), 422, "BAD_REQUEST", `introspection (__schema, __type) is disabled on this server`},

		// The request itself: gqlgen's messages, and ours where gqlgen's
		// name no parameter.
		{"syntax", def, q(`{ alliance(`), 422, "GRAPHQL_PARSE_FAILED", `Expected Name, found <EOF>`},
		{"unknown field", def, q(`{ alliance(slug: "gtaa") { nosuchfield } }`), 422, "GRAPHQL_VALIDATION_FAILED", `Cannot query field "nosuchfield" on type "Alliance".`},
		{"unknown operation", def, func() *http.Request {
			req := raw("POST", "/graphql", "application/json", `{"query": "query A { __typename }", "operationName": "B"}`)()
			return req
		}, 422, "GRAPHQL_VALIDATION_FAILED", `operation B not found`},
		{"missing variable", def, qv(`query($n: Int!) { articles(first: $n) { totalCount } }`, map[string]any{}), 422, "GRAPHQL_VALIDATION_FAILED", `variable $n: must be defined`},
		{"variable of the wrong type", def, qv(`query($n: Int!) { articles(first: $n) { totalCount } }`, map[string]any{"n": "x"}), 422, "GRAPHQL_VALIDATION_FAILED", `variable $n: cannot use string as Int`},
		{"body not JSON", def, raw("POST", "/graphql", "application/json", `{"query":`), 400, "BAD_REQUEST", `the request body is not a JSON object such as {"query": "{ __typename }"}`},
		{"body not an object", def, raw("POST", "/graphql", "application/json", `[1]`), 400, "BAD_REQUEST", `the request body is not a JSON object such as {"query": "{ __typename }"}`},
		{"body not JSON by its type", def, raw("POST", "/graphql", "text/plain", `{"query":"{ __typename }"}`), 415, "BAD_REQUEST", `send the request body as JSON, with Content-Type: application/json`},
		{"method", def, raw("PUT", "/graphql", "application/json", `{"query":"{ __typename }"}`), 405, "BAD_REQUEST", `the GraphQL endpoint takes GET and POST requests`},
		{"GET variables not JSON", def, raw("GET", "/graphql?query=%7B__typename%7D&variables=nope", "", ""), 400, "BAD_REQUEST", `the variables parameter is not a JSON object`},
		{"GET query string", def, raw("GET", "/graphql?query=%zz", "", ""), 400, "BAD_REQUEST", `the query string is not valid URL encoding`},
		{"upgrade", def, raw("GET", "/graphql", "", "", "Upgrade", "websocket", "Connection", "Upgrade"), 400, "BAD_REQUEST", `this endpoint does not upgrade connections (no WebSocket subscriptions); send queries by GET or POST`},

		// The store, the request's end, and the server's own faults.
		{"store unavailable", failing(fmt.Errorf("graph: replace https://x: dial tcp 10.1.2.3:5432: %w", schema.ErrUnavailable)), q(companyQuery), 200, "UNAVAILABLE",
			`the database is unavailable; reads are still answered, retry the write later`},
		{"request cancelled", failing(fmt.Errorf("graph: read: %w", context.Canceled)), q(companyQuery), 200, "UNAVAILABLE",
			`the request was cancelled before it finished: the client went away or the server is stopping`},
		{"internal", failing(errors.New("open /srv/x: permission denied")), q(companyQuery), 200, "INTERNAL", `internal error; the server logged it under request id {id}`},
		{"panic", with(server.Config{}, func(s *server.Server) { server.PanicOnField(s, "Company.slug", "boom") }), q(companyQuery), 200, "INTERNAL",
			`internal error; the server logged it under request id {id}`},
		{"panic outside GraphQL", with(server.Config{}, func(s *server.Server) { server.PanicAtPath(s, "/panic-test", "boom") }), raw("GET", "/panic-test", "", ""), 500, "INTERNAL",
			`internal error; the server logged it under request id {id}`},
		{"a classified error no one explained (logged as a gap)", failing(fmt.Errorf("graph: x: %w", schema.ErrNotFound)), q(companyQuery), 200, "NOT_FOUND", `what the request names is not in the graph`},
	}
	type answer struct {
		Status  int
		Code    string
		Message string
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, resp, rec := secDo(t, tt.h, tt.req())
			want := answer{tt.status, tt.code, strings.ReplaceAll(tt.msg, "{id}", rec.Header().Get("X-Request-Id"))}
			a := answer{Status: got.Status, Code: got.Code}
			if len(resp.Errors) != 1 {
				t.Fatalf("%d errors, want 1: %s", len(resp.Errors), rec.Body)
			}
			a.Message = resp.Errors[0].Message
			if diff := cmp.Diff(want, a); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
