package server_test

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/server"
)

// TestDeferredFields runs a query whose fields sit under @defer, which only
// gqlgen's incremental transports deliver: over POST the first payload
// answers them as null. The executor must still build the @defer
// bookkeeping for them (server/internal/seqlists leaves it out of objects
// with no deferred field), so the answer is data, not an internal error.
func TestDeferredFields(t *testing.T) {
	store := newStore(t)
	loadBundled(t, store)
	h := server.New(store, server.Config{})
	const q = `{ alliances(first: 3) { edges { node { slug ... on Alliance @defer(label: "members") { members(first: 1) { totalCount } } } } } }`
	body, _ := json.Marshal(map[string]any{"query": q})
	req := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out struct {
		Data struct {
			Alliances struct {
				Edges []struct{ Node struct{ Slug string } }
			}
		}
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || rec.Code != 200 || len(out.Errors) > 0 {
		t.Fatalf("HTTP %d, %v: %s", rec.Code, err, rec.Body.String())
	}
	if n := len(out.Data.Alliances.Edges); n != 3 || out.Data.Alliances.Edges[0].Node.Slug == "" {
		t.Errorf("got %d alliances (%s), want 3 with their slugs", n, rec.Body.String())
	}
}
