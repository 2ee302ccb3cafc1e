package server_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
)

// discard is a logger for tests that do not read the log.
var discard = slog.New(slog.DiscardHandler)

// auditRecord is the part of an audit record the tests check.
type auditRecord struct {
	Msg, Level, Client, TokenID string
	// mutations
	Operation            string
	Sources              []string
	Articles, QuadsAdded int
	QuadsRemoved         int
	Outcome, Error       string
	// refusals
	Status       int
	Code, Reason string
}

// readAudit decodes the JSON log and groups its audit records by request
// id, checking that every record has one.
func readAudit(t *testing.T, log string) map[string][]auditRecord {
	t.Helper()
	out := map[string][]auditRecord{}
	sc := bufio.NewScanner(strings.NewReader(log))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var raw struct {
			Msg, Level, Client        string
			RequestID                 string `json:"request_id"`
			TokenID                   string `json:"token_id"`
			Operation, Outcome, Error string
			Sources                   []string
			Articles                  int
			QuadsAdded                int `json:"quads_added"`
			QuadsRemoved              int `json:"quads_removed"`
			Status                    int
			Code, Reason              string
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("log line is not JSON: %v: %s", err, sc.Bytes())
		}
		if raw.Msg != "mutation" && raw.Msg != "refused" {
			continue
		}
		if raw.RequestID == "" {
			t.Errorf("audit record without a request id: %s", sc.Bytes())
		}
		out[raw.RequestID] = append(out[raw.RequestID], auditRecord{
			Msg: raw.Msg, Level: raw.Level, Client: raw.Client, TokenID: raw.TokenID,
			Operation: raw.Operation, Sources: raw.Sources, Articles: raw.Articles,
			QuadsAdded: raw.QuadsAdded, QuadsRemoved: raw.QuadsRemoved, Outcome: raw.Outcome, Error: raw.Error,
			Status: raw.Status, Code: raw.Code, Reason: raw.Reason,
		})
	}
	return out
}

// TestAuditTrail sends mutations and refused requests to one server whose
// log is JSON, and checks that each gives exactly the records it should,
// under its request id, and that the token never shows.
func TestAuditTrail(t *testing.T) {
	store := newStore(t)
	var logBuf syncBuf
	log := slog.New(slog.NewJSONHandler(&logBuf, nil))
	h := server.New(store, server.Config{Token: secToken, Logger: log, RateLimit: 0.001, RateBurst: 1,
		Limits: server.Limits{MaxBodyBytes: 4096}})
	noToken := server.New(store, server.Config{Logger: log})
	auth := []string{"Authorization", "Bearer " + secToken}

	n := 0
	from := func(req *http.Request) *http.Request {
		n++
		req.RemoteAddr = fmt.Sprintf("192.0.2.%d:5000", n)
		return req
	}
	client := func(req *http.Request) string { return strings.Split(req.RemoteAddr, ":")[0] }
	oneQuads := 0
	// Each event is one request; want holds the records it must leave.
	tests := []struct {
		name string
		h    http.Handler
		req  func() *http.Request
		want func(req *http.Request, resp secResponse) []auditRecord
	}{
		{"loadFacts", h, func() *http.Request {
			return from(secPost(loadMutation, map[string]any{"yaml": secFacts}, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			var data struct{ LoadFacts struct{ QuadsAdded int } }
			json.Unmarshal(resp.Data, &data)
			if data.LoadFacts.QuadsAdded == 0 {
				t.Errorf("loadFacts added nothing: %+v", resp)
			}
			return []auditRecord{{Msg: "mutation", Level: "INFO", Client: client(req), TokenID: "admin", Operation: "loadFacts",
				Sources: []string{"https://example.org/news/one", "https://example.org/news/two"}, Articles: 2,
				QuadsAdded: data.LoadFacts.QuadsAdded, Outcome: "ok"}}
		}},
		{"loadRDF", h, func() *http.Request {
			return from(secPost(rdfMutation, map[string]any{"data": secNQuads, "format": "nquads"}, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			var data struct{ LoadRDF struct{ QuadsAdded int } }
			json.Unmarshal(resp.Data, &data)
			if data.LoadRDF.QuadsAdded == 0 {
				t.Errorf("loadRDF added nothing: %+v", resp)
			}
			return []auditRecord{{Msg: "mutation", Level: "INFO", Client: client(req), TokenID: "admin", Operation: "loadRDF",
				Sources: []string{secRDFSource}, Articles: 1, QuadsAdded: data.LoadRDF.QuadsAdded, Outcome: "ok"}}
		}},
		{"malformed RDF", h, func() *http.Request {
			return from(secPost(rdfMutation, map[string]any{"data": "not rdf", "format": "nquads", "name": "bad.nq"}, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "mutation", Level: "WARN", Client: client(req), TokenID: "admin", Operation: "loadRDF",
				Sources: []string{}, Outcome: "BAD_USER_INPUT", Error: resp.Errors[0].Message}}
		}},
		{"loadRDF without a token", h, func() *http.Request {
			return from(secPost(rdfMutation, map[string]any{"data": secNQuads, "format": "nquads"}))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "refused", Level: "WARN", Client: client(req), Status: 401, Code: "UNAUTHENTICATED",
				Reason: resp.Errors[0].Message}}
		}},
		{"removeSource", h, func() *http.Request {
			return from(secPost(`mutation { removeSource(url: "https://example.org/news/two") { quadsRemoved } }`, nil, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			var data struct{ RemoveSource struct{ QuadsRemoved int } }
			json.Unmarshal(resp.Data, &data)
			return []auditRecord{{Msg: "mutation", Level: "INFO", Client: client(req), TokenID: "admin", Operation: "removeSource",
				Sources: []string{"https://example.org/news/two"}, Articles: 1, QuadsRemoved: data.RemoveSource.QuadsRemoved, Outcome: "ok"}}
		}},
		{"two mutations in one document", h, func() *http.Request {
			oneQuads = len(store.SourceQuads("https://example.org/news/one"))
			return from(secPost(`mutation { a: removeSource(url: "https://example.org/news/one") { quadsRemoved }
				b: removeSource(url: "https://example.org/none") { articles } }`, nil, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			// b fails, so the answer's data is null: only the log tells
			// what a did.
			if oneQuads == 0 {
				t.Fatal("source one had no quads to remove")
			}
			return []auditRecord{
				{Msg: "mutation", Level: "INFO", Client: client(req), TokenID: "admin", Operation: "removeSource",
					Sources: []string{"https://example.org/news/one"}, Articles: 1, QuadsRemoved: oneQuads, Outcome: "ok"},
				{Msg: "mutation", Level: "WARN", Client: client(req), TokenID: "admin", Operation: "removeSource",
					Sources: []string{"https://example.org/none"}, Outcome: "NOT_FOUND", Error: resp.Errors[0].Message},
			}
		}},
		{"malformed facts", h, func() *http.Request {
			return from(secPost(loadMutation, map[string]any{"yaml": "articles: 5", "name": "bad.yaml"}, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "mutation", Level: "WARN", Client: client(req), TokenID: "admin", Operation: "loadFacts",
				Sources: []string{}, Outcome: "BAD_USER_INPUT", Error: resp.Errors[0].Message}}
		}},
		{"argument refused", h, func() *http.Request {
			return from(secPost(`mutation { ingestArticle(url: "https://example.org/x", text: "x", date: "2024-13") { articles } }`, nil, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "mutation", Level: "WARN", Client: client(req), TokenID: "admin", Operation: "ingestArticle",
				Sources: []string{"https://example.org/x"}, Outcome: "BAD_USER_INPUT", Error: resp.Errors[0].Message}}
		}},
		{"a query is not audited", h, func() *http.Request {
			return from(secPost(`{ company(slug: "sk-telecom") { slug } }`, nil, auth...))
		}, func(*http.Request, secResponse) []auditRecord { return nil }},
		{"no token", h, func() *http.Request {
			return from(secPost(`mutation { removeSource(url: "https://example.org/x") { articles } }`, nil))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "refused", Level: "WARN", Client: client(req), Status: 401, Code: "UNAUTHENTICATED", Reason: resp.Errors[0].Message}}
		}},
		{"wrong token", h, func() *http.Request {
			return from(secPost(`mutation { removeSource(url: "https://example.org/x") { articles } }`, nil, "Authorization", "Bearer not-"+secToken))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "refused", Level: "WARN", Client: client(req), Status: 401, Code: "UNAUTHENTICATED", Reason: resp.Errors[0].Message}}
		}},
		{"mutations disabled", noToken, func() *http.Request {
			return from(secPost(`mutation { removeSource(url: "https://example.org/x") { articles } }`, nil, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "refused", Level: "WARN", Client: client(req), Status: 403, Code: "FORBIDDEN", Reason: resp.Errors[0].Message}}
		}},
		{"body too large", h, func() *http.Request {
			return from(secPost(loadMutation, map[string]any{"yaml": strings.Repeat("#", 5000)}, auth...))
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "refused", Level: "WARN", Client: client(req), TokenID: "admin", Status: 413, Code: "LIMIT_EXCEEDED", Reason: resp.Errors[0].Message}}
		}},
		{"rate limited", h, func() *http.Request {
			req := secPost(`{ __typename }`, nil)
			req.RemoteAddr = "192.0.2.1:6000" // the first event's client, whose one request is spent
			return req
		}, func(req *http.Request, resp secResponse) []auditRecord {
			return []auditRecord{{Msg: "refused", Level: "WARN", Client: client(req), Status: 429, Code: "RATE_LIMITED", Reason: resp.Errors[0].Message}}
		}},
	}
	ids := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := tt.req()
			_, resp, rec := secDo(t, tt.h, req)
			id := rec.Header().Get("X-Request-Id")
			if id == "" || ids[id] {
				t.Fatalf("request id %q missing or reused", id)
			}
			ids[id] = true
			want := tt.want(req, resp)
			got := readAudit(t, logBuf.String())[id]
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("audit records (-want +got):\n%s\nanswer: %s", diff, rec.Body)
			}
		})
	}
	// Every record belongs to one of the requests above, and the token is
	// nowhere in the log.
	for id := range readAudit(t, logBuf.String()) {
		if !ids[id] {
			t.Errorf("audit record of unknown request %q", id)
		}
	}
	if strings.Contains(logBuf.String(), secToken) {
		t.Errorf("the log shows the token:\n%s", logBuf.String())
	}
}

// TestAuditTextFormat checks the same record through slog's text handler,
// which serve --log-format text uses.
func TestAuditTextFormat(t *testing.T) {
	var logBuf syncBuf
	h := server.New(newStore(t), server.Config{Token: secToken, Logger: slog.New(slog.NewTextHandler(&logBuf, nil))})
	req := secPost(`mutation { removeSource(url: "https://example.org/none") { articles } }`, nil, "Authorization", "Bearer "+secToken)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(logBuf.String()), "\n") {
		if strings.Contains(l, "msg=mutation") {
			lines = append(lines, l)
		}
	}
	id := rec.Header().Get("X-Request-Id")
	if len(lines) != 1 {
		t.Fatalf("%d mutation records, want 1:\n%s", len(lines), logBuf.String())
	}
	for _, want := range []string{"level=WARN", "request_id=" + id, "token_id=admin", "operation=removeSource",
		"sources=[https://example.org/none]", "outcome=NOT_FOUND"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("record %s lacks %s", lines[0], want)
		}
	}
	if strings.Contains(logBuf.String(), secToken) {
		t.Errorf("the log shows the token:\n%s", logBuf.String())
	}
}
