package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

// TestLoadRemote sends files to a running server with load --server: good
// files load, a broken file anywhere sends nothing, and a wrong token is
// refused.
func TestLoadRemote(t *testing.T) {
	ctx := context.Background()
	store, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := loadBundled(ctx, store); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(store, server.Config{Token: "remote-token"}))
	defer ts.Close()

	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.yaml", crashFacts(2, 3, 0))
	raw := write("raw.txt", "source: https://example.org/raw\ndate: 2024-06-01\n\nSK Telecom has joined the K-AI Alliance, the company said.\n")
	bad := write("bad.yaml", "articles:\n- id: x\n  source: https://example.org/x\n  facts:\n  - rel: friendOf\n")
	quads := func() []string {
		var out []string
		for _, q := range store.Quads(ctx, "") {
			out = append(out, q.NQuad())
		}
		return out
	}

	t.Run("bad file sends nothing", func(t *testing.T) {
		before := quads()
		code, _, stderr := runCmd(t, "load", "--server", ts.URL, "--token", "remote-token", good, bad)
		if code != 1 || !strings.Contains(stderr, "bad.yaml:5:") {
			t.Errorf("exit %d, stderr %q; want 1 and bad.yaml:5:", code, stderr)
		}
		if diff := cmp.Diff(before, quads()); diff != "" {
			t.Errorf("graph changed (-before +after):\n%s", diff)
		}
	})
	t.Run("wrong token", func(t *testing.T) {
		code, _, stderr := runCmd(t, "load", "--server", ts.URL, "--token", "nope", good)
		if code != 1 || !strings.Contains(stderr, "401") || !strings.Contains(stderr, "UNAUTHENTICATED") {
			t.Errorf("exit %d, stderr %q; want 1 with 401 UNAUTHENTICATED", code, stderr)
		}
	})
	t.Run("token from the environment", func(t *testing.T) {
		t.Setenv("TELCOGRAPH_TOKEN", "remote-token")
		code, stdout, stderr := runCmd(t, "load", "--server", ts.URL+"/graphql", good, raw)
		if code != 0 || !strings.Contains(stdout, "sent 2 files") || !strings.Contains(stdout, "3 articles, 7 facts") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		if len(store.SourceQuads("https://crash.example/news/1")) == 0 || len(store.SourceQuads(curate.LabelOf("https://example.org/raw"))) == 0 {
			t.Error("the files' articles are not in the server's store (the raw one queued for review)")
		}
	})
	t.Run("RDF", func(t *testing.T) {
		t.Setenv("TELCOGRAPH_TOKEN", "remote-token")
		member := func(src, company string) string {
			return fmt.Sprintf("%s %s %s <%s> .\n", schema.EntityIRI(company), schema.MemberOf, schema.EntityIRI("k-ai-alliance"), src)
		}
		nq := write("plain.nq", member("https://example.org/rdf/1", "sk-telecom"))
		ld := write("plain.jsonld", fmt.Sprintf(`{"@id": %q, "@graph": [{"@id": %q, %q: {"@id": %q}}]}`,
			"https://example.org/rdf/2", string(schema.EntityIRI("kt")), string(schema.MemberOf), string(schema.EntityIRI("k-ai-alliance"))))
		badNQ := write("bad.nq", member("https://example.org/rdf/3", "kt")+"<https://a.example/s> <https://a.example/p> .\n")

		before := quads()
		code, _, stderr := runCmd(t, "load", "--server", ts.URL, nq, badNQ)
		if code != 1 || !strings.Contains(stderr, "bad.nq:2:") {
			t.Errorf("bad RDF: exit %d, stderr %q; want 1 and bad.nq:2:", code, stderr)
		}
		if diff := cmp.Diff(before, quads()); diff != "" {
			t.Errorf("bad RDF: graph changed (-before +after):\n%s", diff)
		}

		code, stdout, stderr := runCmd(t, "load", "--server", ts.URL, nq, ld)
		if code != 0 || !strings.Contains(stdout, "sent 2 files") || !strings.Contains(stdout, "2 articles, 0 facts") {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		// The server holds what a local load of the same files writes.
		for _, name := range []string{nq, ld} {
			in, err := ingest.ReadFile(name, ingest.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, src := range in.Sources {
				want := nquadSet(src.Quads)
				if diff := cmp.Diff(want, nquadSet(store.SourceQuads(src.IRI))); diff != "" || len(want) < 2 {
					t.Errorf("%s: the server's quads of %s differ from a local read's (-local +server):\n%s", name, src.IRI, diff)
				}
			}
		}
	})
	t.Run("token is not shown in help", func(t *testing.T) {
		t.Setenv("TELCOGRAPH_TOKEN", "remote-token")
		_, _, stderr := runCmd(t, "load", "--help")
		if strings.Contains(stderr, "remote-token") {
			t.Errorf("--help shows the token: %s", stderr)
		}
	})
}

// nquadSet is quads as sorted N-Quads lines.
func nquadSet(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}
