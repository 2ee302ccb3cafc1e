package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

// addGTAAMember writes a source stating that company joined the GTAA: a
// write that changes the graph's version.
func addGTAAMember(t *testing.T, store *graph.Store, company string) {
	t.Helper()
	src := quad.IRI("https://example.com/" + company + "-joins-gtaa")
	st := schema.StatementIRI(company + "-gtaa")
	c, gtaa := schema.EntityIRI(company), schema.EntityIRI("gtaa")
	if _, err := store.ReplaceSource(context.Background(), src, []quad.Quad{
		{Subject: c, Predicate: schema.RDFType, Object: schema.ClassCompany, Label: src},
		{Subject: c, Predicate: schema.MemberOf, Object: gtaa, Label: src},
		{Subject: st, Predicate: schema.RDFSubject, Object: c, Label: src},
		{Subject: st, Predicate: schema.RDFPredicate, Object: schema.MemberOf, Label: src},
		{Subject: st, Predicate: schema.RDFObject, Object: gtaa, Label: src},
		{Subject: st, Predicate: schema.FactRelation, Object: quad.String("memberOf"), Label: src},
		{Subject: st, Predicate: schema.WasDerivedFrom, Object: src, Label: src},
	}); err != nil {
		t.Fatal(err)
	}
}

func get(h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestHTTPCaching: a GET of /graphql or /export carries an ETag and
// Cache-Control: no-cache; sending the ETag back gives 304 with no body
// until a write, after which the answer is whole again, with a new ETag.
func TestHTTPCaching(t *testing.T) {
	membersQuery := "/graphql?query=" + url.QueryEscape(`{ alliance(slug: "gtaa") { members { totalCount } } }`)
	tests := []struct {
		name, target string
		cfg          server.Config
	}{
		{"graphql", membersQuery, server.Config{}},
		{"graphql with the response cache", membersQuery, server.Config{ResponseCache: 16}},
		{"export nquads", "/export?format=nquads", server.Config{}},
		{"export csv table", "/export?format=csv&table=edges", server.Config{}},
		{"export graphml", "/export?format=graphml", server.Config{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newStore(t)
			h := server.New(store, tt.cfg)
			first := get(h, tt.target)
			etag := first.Header().Get("ETag")
			if first.Code != http.StatusOK || !strings.HasPrefix(etag, `W/"`) {
				t.Fatalf("status %d, ETag %q; want 200 and a weak ETag", first.Code, etag)
			}
			if got := first.Header().Get("Cache-Control"); got != "no-cache" {
				t.Errorf("Cache-Control = %q, want no-cache", got)
			}

			for _, inm := range []string{etag, strings.TrimPrefix(etag, "W/"), `"other", ` + etag} {
				again := get(h, tt.target, "If-None-Match", inm)
				if again.Code != http.StatusNotModified || again.Body.Len() != 0 {
					t.Errorf("If-None-Match %s: status %d with %d bytes, want 304 and no body", inm, again.Code, again.Body.Len())
				}
				if got := again.Header().Get("ETag"); got != etag {
					t.Errorf("If-None-Match %s: 304 with ETag %q, want %q", inm, got, etag)
				}
			}
			if other := get(h, tt.target, "If-None-Match", `W/"other"`); other.Code != http.StatusOK {
				t.Errorf("another tag: status %d, want 200", other.Code)
			}

			addGTAAMember(t, store, "kddi")
			after := get(h, tt.target, "If-None-Match", etag)
			if after.Code != http.StatusOK {
				t.Fatalf("after a write: status %d, want 200", after.Code)
			}
			if newTag := after.Header().Get("ETag"); newTag == "" || newTag == etag {
				t.Errorf("after a write: ETag %q, want a new one (was %q)", newTag, etag)
			}
			if after.Body.String() == first.Body.String() {
				t.Error("after a write: the same answer as before it")
			}
		})
	}
}

// TestHTTPCachingNotTagged: POST, answers with errors and failed exports
// carry no ETag; another server process over the same graph (a restart, a
// second instance) never honours the first one's tag.
func TestHTTPCachingNotTagged(t *testing.T) {
	store := newStore(t)
	h := server.New(store, server.Config{})

	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ alliance(slug: \"gtaa\") { name } }"}`))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || rec.Header().Get("ETag") != "" || rec.Header().Get("Cache-Control") != "" {
		t.Errorf("POST: status %d, ETag %q, Cache-Control %q; want 200 with neither header",
			rec.Code, rec.Header().Get("ETag"), rec.Header().Get("Cache-Control"))
	}

	for _, target := range []string{
		"/graphql?query=" + url.QueryEscape(`{ company(slug: "nobody") { name } }`),
		"/graphql?query=" + url.QueryEscape(`{ nope }`),
		"/export?format=turtle",
		"/export?format=nquads&source=https://nowhere.example/x",
	} {
		if rec := get(h, target); rec.Header().Get("ETag") != "" {
			t.Errorf("GET %s: status %d with ETag %q, want none", target, rec.Code, rec.Header().Get("ETag"))
		}
	}

	const target = "/export?format=nquads"
	etag := get(h, target).Header().Get("ETag")
	other := server.New(store, server.Config{})
	rec = get(other, target, "If-None-Match", etag)
	if rec.Code != http.StatusOK || rec.Header().Get("ETag") == etag {
		t.Errorf("another server: status %d, ETag %q; want 200 and a tag other than %q", rec.Code, rec.Header().Get("ETag"), etag)
	}
}
