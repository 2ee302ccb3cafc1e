package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

// benchServer serves a synthetic graph of n quads.
func benchServer(b *testing.B, n int) (*server.Server, []string) {
	b.Helper()
	ctx := context.Background()
	g := synth.Generate(synth.Options{Quads: n, Seed: 1})
	s, err := graph.Open(ctx, "memory://")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	one := &synth.Graph{Register: g.Register}
	alliances := map[string]bool{}
	for _, a := range g.Articles {
		one.Articles = []schema.Article{a}
		if _, err := s.ReplaceSource(ctx, a.IRI(), one.QuadsOf()); err != nil {
			b.Fatal(err)
		}
		for _, f := range a.Facts {
			if f.Relation == schema.RelMemberOf {
				alliances[f.Object.ID] = true
			}
		}
	}
	var slugs []string
	for a := range alliances {
		slugs = append(slugs, a)
	}
	return server.New(s, server.Config{}), slugs
}

// BenchmarkW2 is the members page over the whole HTTP handler: an
// alliance's first 50 members with sources.
func BenchmarkW2(b *testing.B) {
	h, alliances := benchServer(b, 100000)
	bodies := make([]string, len(alliances))
	for i, a := range alliances {
		q, _ := json.Marshal(map[string]any{
			"query":     `query($s:String!){alliance(slug:$s){members(first:50){edges{since role node{slug name} sources{url evidence}}}}}`,
			"variables": map[string]any{"s": a},
		})
		bodies[i] = string(q)
	}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			req := httptest.NewRequest("POST", "/graphql", strings.NewReader(bodies[i%len(bodies)]))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != 200 {
				panic(fmt.Sprint(rec.Code, rec.Body.String()))
			}
			i++
		}
	})
}
