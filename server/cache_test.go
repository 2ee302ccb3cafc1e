package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

// TestResponseCache: a repeated query is answered from the cache until the
// graph changes; then the answer is computed again and is the new one.
// Answers with errors and mutations are never cached.
func TestResponseCache(t *testing.T) {
	store := newStore(t)
	h := server.New(store, server.Config{ResponseCache: 16})
	post := func(body string) (string, string) {
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK && !strings.Contains(body, "mutation") {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		return rec.Body.String(), rec.Header().Get("X-Cache")
	}
	const q = `{"query":"{ alliance(slug: \"gtaa\") { members { totalCount } } }"}`
	first, hit := post(q)
	if hit != "" || !strings.Contains(first, `"totalCount":5`) {
		t.Fatalf("first answer %s (cache %q)", first, hit)
	}
	if again, hit := post(q); hit != "hit" || again != first {
		t.Errorf("second answer %s (cache %q), want the same from the cache", again, hit)
	}
	// A write: a new GTAA member.
	src := quad.IRI("https://example.com/kddi-joins-gtaa")
	st := schema.StatementIRI("test")
	kddi := schema.EntityIRI("kddi")
	if _, err := store.ReplaceSource(context.Background(), src, []quad.Quad{
		{Subject: kddi, Predicate: schema.RDFType, Object: schema.ClassCompany, Label: src},
		{Subject: kddi, Predicate: schema.Name, Object: quad.String("KDDI"), Label: src},
		{Subject: kddi, Predicate: schema.MemberOf, Object: schema.EntityIRI("gtaa"), Label: src},
		{Subject: st, Predicate: schema.RDFSubject, Object: kddi, Label: src},
		{Subject: st, Predicate: schema.RDFPredicate, Object: schema.MemberOf, Label: src},
		{Subject: st, Predicate: schema.RDFObject, Object: schema.EntityIRI("gtaa"), Label: src},
		{Subject: st, Predicate: schema.FactRelation, Object: quad.String("memberOf"), Label: src},
		{Subject: st, Predicate: schema.WasDerivedFrom, Object: src, Label: src},
	}); err != nil {
		t.Fatal(err)
	}
	if after, hit := post(q); hit != "" || !strings.Contains(after, `"totalCount":6`) {
		t.Errorf("after a write: %s (cache %q), want 6 members, computed", after, hit)
	}
	const bad = `{"query":"{ company(slug: \"nobody\") { name } }"}`
	post(bad)
	if _, hit := post(bad); hit != "" {
		t.Error("an answer with errors was cached")
	}
	const mut = `{"query":"mutation { removeSource(url: \"https://example.com/x\") { articles } }"}`
	post(mut)
	if _, hit := post(mut); hit != "" {
		t.Error("a mutation's answer was cached")
	}
}
