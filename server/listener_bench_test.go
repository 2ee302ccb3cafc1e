package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

// sized is an alliance and how many members the generated facts give it.
type sized struct {
	slug    string
	members int
}

var (
	listenMu     sync.Mutex
	listenStores = map[int]*graph.Store{}
	listenSizes  = map[int][]sized{}
)

// listenStore is a memory store holding the synthetic graph of n quads
// (seed 1), built once per size per test binary, and its alliances by
// member count, largest first.
func listenStore(b *testing.B, n int) (*graph.Store, []sized) {
	b.Helper()
	listenMu.Lock()
	defer listenMu.Unlock()
	if s, ok := listenStores[n]; ok {
		return s, listenSizes[n]
	}
	ctx := context.Background()
	g := synth.Generate(synth.Options{Quads: n, Seed: 1})
	s, err := graph.Open(ctx, "memory://")
	if err != nil {
		b.Fatal(err)
	}
	members := map[string]map[string]bool{}
	var batch []schema.Source
	for _, a := range g.Articles {
		one := &synth.Graph{Register: g.Register, Articles: []schema.Article{a}}
		batch = append(batch, schema.Source{IRI: a.IRI(), Quads: one.QuadsOf()})
		for _, f := range a.Facts {
			if f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember {
				if members[f.Object.ID] == nil {
					members[f.Object.ID] = map[string]bool{}
				}
				members[f.Object.ID][f.Subject.ID] = true
			}
		}
	}
	if _, err := s.ReplaceSources(ctx, batch); err != nil {
		b.Fatal(err)
	}
	var out []sized
	for a, ms := range members {
		out = append(out, sized{a, len(ms)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].members != out[j].members {
			return out[i].members > out[j].members
		}
		return out[i].slug < out[j].slug
	})
	listenStores[n], listenSizes[n] = s, out
	return s, out
}

// nearest is the alliance whose member count is nearest to n.
func nearest(as []sized, n int) sized {
	best := as[0]
	for _, a := range as {
		if abs(a.members-n) < abs(best.members-n) {
			best = a
		}
	}
	return best
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// BenchmarkListener asks one question at a time through a real listener
// (net/http on 127.0.0.1, one keep-alive connection, response cache off):
// what a client at concurrency 1 waits for, scheduling and batching
// included, which the in-process benchmarks do not see. "name" is an
// alliance's name; "members" its first 50 members' slugs; "w2" tgbench's W2
// (members with since, role, name and sources); "w3" tgbench's W3, the
// first 100 co-members of the alliance's first member. Alliances are picked
// by size, so a hub's page can be compared with a small alliance's.
func BenchmarkListener(b *testing.B) {
	queries := map[string]string{
		"name":    `query($s:String!){alliance(slug:$s){name}}`,
		"members": `query($s:String!){alliance(slug:$s){members(first:50){edges{node{slug}}}}}`,
		"w2":      `query($s:String!){alliance(slug:$s){members(first:50){edges{since role node{slug name} sources{url evidence}}}}}`,
		"w3":      `query($s:String!){coMembers(slug:$s,first:100){totalCount edges{node{slug}}}}`,
		// what the explorer asks: fields with resolvers on every node
		"typed": `query($s:String!){alliance(slug:$s){id type members(first:50){edges{node{id type slug name}}}}}`,
	}
	for _, n := range []int{100000} {
		store, alliances := listenStore(b, n)
		srv := httptest.NewServer(server.New(store, server.Config{}))
		b.Cleanup(srv.Close)
		client := srv.Client()
		picks := []sized{nearest(alliances, 5), nearest(alliances, 31), alliances[0]}
		for _, name := range []string{"name", "members", "w2", "w3", "typed"} {
			for _, a := range picks {
				slug := a.slug
				if name == "w3" {
					slug = firstMember(b, client, srv.URL, a.slug)
				}
				body, _ := json.Marshal(map[string]any{"query": queries[name], "variables": map[string]any{"s": slug}})
				b.Run(fmt.Sprintf("%d/%s/members=%d", n, name, a.members), func(b *testing.B) {
					for i := 0; i < b.N; i++ {
						resp, err := client.Post(srv.URL+"/graphql", "application/json", strings.NewReader(string(body)))
						if err != nil {
							b.Fatal(err)
						}
						out, err := io.ReadAll(resp.Body)
						resp.Body.Close()
						if err != nil || resp.StatusCode != http.StatusOK || strings.Contains(string(out), `"errors"`) {
							b.Fatalf("status %d, %v: %.300s", resp.StatusCode, err, out)
						}
						b.SetBytes(int64(len(out)))
					}
				})
			}
		}
	}
}

// firstMember is the slug of an alliance's first member.
func firstMember(b *testing.B, client *http.Client, base, alliance string) string {
	b.Helper()
	body, _ := json.Marshal(map[string]any{"query": `query($s:String!){alliance(slug:$s){members(first:1){edges{node{slug}}}}}`, "variables": map[string]any{"s": alliance}})
	resp, err := client.Post(base+"/graphql", "application/json", strings.NewReader(string(body)))
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Data struct {
			Alliance struct {
				Members struct {
					Edges []struct{ Node struct{ Slug string } }
				}
			}
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Data.Alliance.Members.Edges) == 0 {
		b.Fatalf("the first member of %s: %v", alliance, err)
	}
	return out.Data.Alliance.Members.Edges[0].Node.Slug
}
