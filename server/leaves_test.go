package server_test

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
	"github.com/telcograph/telcograph/server/generated"
)

// TestPlainLeavesAnswerAsResolveField asks questions whose answers are
// mostly plain leaf fields (slugs, names, dates, roles, enums, cursors,
// sources) with those fields marshalled in place and through gqlgen's
// ResolveField, and wants the same bytes.
// It also compares the objects written from the slab (objectSlab) with those
// graphql.FieldSet writes (the same switch turns both off).
func TestPlainLeavesAnswerAsResolveField(t *testing.T) {
	store := newStore(t)
	loadBundled(t, store)
	h := server.New(store, server.Config{})
	queries := []string{
		`{ alliances(first: 5) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { slug name type } } } }`,
		`{ alliance(slug: "o-ran-alliance") { name founded members(first: 50) { totalCount edges { cursor since until role relation direction modality disputed start dateFrom node { slug name } sources { url title date evidence evidenceKind } } } } }`,
		`{ company(slug: "sk-telecom") { slug name aliases memberships(first: 20) { edges { since role node { slug name } } } } }`,
		`{ search(text: "alliance", first: 5) { edges { reason node { slug name } } } }`,
		`{ coMembers(slug: "sk-telecom", first: 10) { totalCount edges { node { slug } alliances { slug } } } }`,
		// several fields with resolvers per object (resolved in place,
		// resolveNow, or scheduled on the field set)
		`{ alliance(slug: "o-ran-alliance") { id type founded members(first: 10) { totalCount edges { node { id type slug ... on Company { id name } } } } } }`,
		// aliases, a field asked twice, fragments that repeat and merge
		// fields, __typename: what an object's fields are written from
		`{ a: alliance(slug: "o-ran-alliance") { n: name name ...F __typename members(first: 3) { edges { node { slug ... on Company { slug name } } } } } b: alliance(slug: "o-ran-alliance") { slug } } fragment F on Alliance { name slug founded }`,
	}
	ask := func(q string) string {
		body, _ := json.Marshal(map[string]any{"query": q})
		req := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 || strings.Contains(rec.Body.String(), `"errors"`) {
			t.Fatalf("%s: HTTP %d: %s", q, rec.Code, rec.Body.String())
		}
		return rec.Body.String()
	}
	was := generated.SetInlineLeaves(true)
	defer generated.SetInlineLeaves(was)
	for _, q := range queries {
		inline := ask(q)
		generated.SetInlineLeaves(false)
		resolved := ask(q)
		generated.SetInlineLeaves(true)
		if diff := cmp.Diff(resolved, inline); diff != "" {
			t.Errorf("%s (-ResolveField +in place):\n%s", q, diff)
		}
		if len(inline) < 100 {
			t.Errorf("%s: a short answer compares little: %s", q, inline)
		}
	}
}
