package server_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/server"
)

// TestPlainRDFImport loads testdata/rdf/plain.nq, quads as other tools
// export them (org:memberOf and schema:foundingDate edges with no statement
// nodes, each labelled with its article), into an empty store as `load`
// does, and asks the API for the alliance: every member and the founding
// date come with the article that labels them as their source.
func TestPlainRDFImport(t *testing.T) {
	ctx := context.Background()
	name := filepath.Join("..", "testdata", "rdf", "plain.nq")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := rdf.Read(name, b, rdf.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	store, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	for _, s := range srcs {
		if _, err := store.ReplaceSource(ctx, s.IRI, s.Quads); err != nil {
			t.Fatal(err)
		}
	}
	c := client.New(server.New(store, server.Config{}))
	c.SetCustomTarget("/graphql")

	type source struct{ URL, Publisher, Extractor, Evidence string }
	type member struct {
		Node    struct{ Slug string }
		Sources []source
	}
	var resp struct {
		Alliance struct {
			Founded   string
			Foundings []struct {
				Date    string
				Sources []source
			}
			Members struct {
				TotalCount int
				Edges      []member
			}
		}
	}
	c.MustPost(`{ alliance(slug: "ai-ran-alliance") { founded foundings { date sources { url publisher extractor evidence } }
		members(first: 50) { totalCount edges { node { slug } sources { url publisher extractor evidence } } } } }`, &resp)

	const (
		launch = "https://www.news.example.com/2024/02/ai-ran-alliance-launch"
		wire   = "https://wire.example.org/ai-ran-members"
	)
	imported := func(url, publisher string) []source {
		return []source{{URL: url, Publisher: publisher, Extractor: rdf.ImportExtractor}}
	}
	m := func(slug string, sources []source) member {
		var x member
		x.Node.Slug = slug
		x.Sources = sources
		return x
	}
	wantMembers := []member{
		m("nokia", imported(wire, "Example Wire")),
		m("nvidia", imported(launch, "news.example.com")),
		m("softbank-corp", imported(launch, "news.example.com")),
		m("t-mobile", []source{{URL: wire, Publisher: "Example Wire", Evidence: "T-Mobile US is a founding member."}}),
	}
	a := resp.Alliance
	if a.Members.TotalCount != len(wantMembers) {
		t.Errorf("totalCount = %d, want %d", a.Members.TotalCount, len(wantMembers))
	}
	if diff := cmp.Diff(wantMembers, a.Members.Edges); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	if a.Founded != "2024-02" || len(a.Foundings) != 1 || cmp.Diff(imported(launch, "news.example.com"), a.Foundings[0].Sources) != "" {
		t.Errorf("founded %q, foundings %+v; want 2024-02 from %s", a.Founded, a.Foundings, launch)
	}
}
