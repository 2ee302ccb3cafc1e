package server_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
	"github.com/telcograph/telcograph/server/generated"
)

// TestExport checks that /export streams, in every format, the bytes that
// rdf.Export writes for the same quads (the bytes the CLI writes), for
// the whole graph and for one source.
func TestExport(t *testing.T) {
	st := newStore(t)
	h := server.New(st, server.Config{})
	ctx := context.Background()
	articles, err := st.Articles(ctx, query.PageQuery{First: 1, Last: -1})
	if err != nil || len(articles.Items) == 0 {
		t.Fatalf("articles: %v, %v", articles, err)
	}
	source := articles.Items[0].URL

	tests := []struct {
		name, query string
		quads       []quad.Quad
		mediaType   string
	}{
		{"nquads", "format=nquads", st.Quads(ctx, ""), "application/n-quads"},
		{"nquads by default", "", st.Quads(ctx, ""), "application/n-quads"},
		{"jsonld", "format=jsonld", st.Quads(ctx, ""), "application/ld+json"},
		{"graphml", "format=graphml", st.Quads(ctx, ""), "application/graphml+xml"},
		{"csv", "format=csv", st.Quads(ctx, ""), "application/zip"},
		{"csv-zip", "format=csv-zip", st.Quads(ctx, ""), "application/zip"},
		{"one source", "format=nquads&source=" + url.QueryEscape(source), st.Quads(ctx, quad.IRI(source)), "application/n-quads"},
		{"one source graphml", "format=graphml&source=" + url.QueryEscape(source), st.Quads(ctx, quad.IRI(source)), "application/graphml+xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?"+tt.query, nil))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
			}
			if got := rec.Header().Get("Content-Type"); got != tt.mediaType {
				t.Errorf("Content-Type = %q, want %q", got, tt.mediaType)
			}
			format := strings.TrimPrefix(strings.Split(tt.query, "&")[0], "format=")
			if format == "" {
				format = rdf.FormatNQuads
			}
			var want bytes.Buffer
			if err := rdf.Export(&want, format, tt.quads); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want.Bytes(), rec.Body.Bytes()) {
				t.Errorf("body differs from rdf.Export (%d bytes, want %d)", rec.Body.Len(), want.Len())
			}
		})
	}

	t.Run("one source keeps its label", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?format=nquads&source="+url.QueryEscape(source), nil))
		srcs, err := rdf.ReadNQuads("export.nq", rec.Body.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range srcs {
			got = append(got, string(s.IRI))
		}
		if diff := cmp.Diff([]string{source}, got); diff != "" {
			t.Errorf("sources in the export (-want +got):\n%s", diff)
		}
	})

	t.Run("graphml is xml with the bundled alliance", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?format=graphml", nil))
		var doc struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"graph>node"`
		}
		if err := xml.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, n := range doc.Nodes {
			found = found || n.ID == "k-ai-alliance"
		}
		if !found {
			t.Errorf("no node k-ai-alliance among %d nodes", len(doc.Nodes))
		}
	})
}

func TestExportErrors(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	tests := []struct {
		name, method, target string
		want                 int
	}{
		{"unknown format", http.MethodGet, "/export?format=turtle", http.StatusBadRequest},
		{"unknown table", http.MethodGet, "/export?format=csv&table=people", http.StatusBadRequest},
		{"table of graphml", http.MethodGet, "/export?format=graphml&table=edges", http.StatusBadRequest},
		{"table of csv-zip", http.MethodGet, "/export?format=csv-zip&table=edges", http.StatusBadRequest},
		{"unknown source", http.MethodGet, "/export?format=nquads&source=https://nowhere.example/x", http.StatusNotFound},
		{"post", http.MethodPost, "/export?format=nquads", http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.target, nil))
			if rec.Code != tt.want {
				t.Errorf("status %d, want %d: %s", rec.Code, tt.want, rec.Body.String())
			}
		})
	}
}

// getCSV reads a plain CSV table from /export as pandas.read_csv(url) would:
// one row per edge, keyed by the header's names.
func getCSV(t *testing.T, h http.Handler, target string) (header []string, rows []map[string]string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", target, rec.Code, rec.Body.String())
	}
	if got, want := rec.Header().Get("Content-Type"), "text/csv; charset=utf-8"; got != want {
		t.Errorf("GET %s: Content-Type = %q, want %q", target, got, want)
	}
	recs, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		t.Fatalf("GET %s: not CSV: %v", target, err)
	}
	for _, r := range recs[1:] {
		row := make(map[string]string)
		for i, name := range recs[0] {
			row[name] = r[i]
		}
		rows = append(rows, row)
	}
	return recs[0], rows
}

// TestExportPlainCSV reads format=csv&table=... as a notebook would: the
// edges table has every qualifier column, and a past chair (Alex Jinsung
// Choi chaired the O-RAN Alliance until June 2024) has its until and the
// relation as the API spells it.
func TestExportPlainCSV(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	header, rows := getCSV(t, h, "/export?format=csv&table=edges")
	want := []string{"source", "target", "relation", "since", "role", "sources", "evidence",
		"until", "date", "modality", "amount", "share", "purpose", "topic", "confidence", "extractor",
		"evidenceKind", "relationEnum"}
	if diff := cmp.Diff(want, header); diff != "" {
		t.Errorf("edges header (-want +got):\n%s", diff)
	}
	var chair map[string]string
	for _, r := range rows {
		if r["source"] == "alex-jinsung-choi" && r["target"] == "o-ran-alliance" {
			chair = r
		}
	}
	if chair == nil {
		t.Fatalf("no edge alex-jinsung-choi → o-ran-alliance among %d edges", len(rows))
	}
	if chair["until"] != "2024-06" || chair["relationEnum"] != "CHAIRMAN_OF" || !strings.Contains(chair["modality"], "PAST") {
		t.Errorf("past chair: until %q, relationEnum %q, modality %q; want 2024-06, CHAIRMAN_OF, PAST among them",
			chair["until"], chair["relationEnum"], chair["modality"])
	}

	header, rows = getCSV(t, h, "/export?format=csv&table=nodes")
	if diff := cmp.Diff([]string{"id", "type", "name"}, header); diff != "" {
		t.Errorf("nodes header (-want +got):\n%s", diff)
	}
	if len(rows) < 10 {
		t.Errorf("%d nodes, want the bundled graph's", len(rows))
	}
}

// TestExportGraphMLUntil reads the GraphML export by attribute name, as
// networkx does: the label key is declared for nodes and edges, and the past
// chair's edge has its until.
func TestExportGraphMLUntil(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?format=graphml", nil))
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	edgeAttr := make(map[string]string) // key id → attr.name
	var labels []string
	for _, k := range doc.Keys {
		if k.Name == "label" {
			labels = append(labels, k.For)
		}
		if k.For == "edge" {
			edgeAttr[k.ID] = k.Name
		}
	}
	if diff := cmp.Diff([]string{"node", "edge"}, labels); diff != "" {
		t.Errorf("label keys declared for (-want +got):\n%s", diff)
	}
	got := make(map[string]string)
	for _, e := range doc.Edges {
		if e.Source == "alex-jinsung-choi" && e.Target == "o-ran-alliance" {
			for _, d := range e.Data {
				got[edgeAttr[d.Key]] = d.Value
			}
		}
	}
	want := map[string]string{"until": "2024-06", "label": "CHAIRMAN_OF", "relationEnum": "CHAIRMAN_OF", "relation": "chairmanOf"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("past chair's edge: %s = %q, want %q", k, got[k], v)
		}
	}
}

// TestExportRelationSpelling checks that the exports spell relations as the
// GraphQL API does: every relation's enum spelling is a value of the
// schema's Relation enum, and the API names the past chair's edge as the
// CSV's relationEnum does.
func TestExportRelationSpelling(t *testing.T) {
	seen := make(map[string]bool)
	for _, spec := range schema.Relations() {
		e := rdf.RelationEnum(spec.Name)
		if !generated.Relation(e).IsValid() || seen[e] {
			t.Errorf("%s spelt %q: not a distinct value of the GraphQL enum Relation", spec.Name, e)
		}
		seen[e] = true
	}
	if len(seen) != len(generated.AllRelation) {
		t.Errorf("%d relations spelt, the GraphQL enum has %d", len(seen), len(generated.AllRelation))
	}

	c, h := newClient(t)
	var resp struct {
		Person struct {
			Roles struct {
				Edges []struct {
					Relation string
					Node     struct{ Slug string }
				}
			}
		}
	}
	c.MustPost(`{ person(slug: "alex-jinsung-choi") { roles { edges { relation node { slug } } } } }`, &resp)
	api := ""
	for _, e := range resp.Person.Roles.Edges {
		if e.Node.Slug == "o-ran-alliance" {
			api = e.Relation
		}
	}
	_, rows := getCSV(t, h, "/export?format=csv&table=edges")
	for _, r := range rows {
		if r["source"] == "alex-jinsung-choi" && r["target"] == "o-ran-alliance" && r["relationEnum"] != api {
			t.Errorf("CSV relationEnum %q, API relation %q", r["relationEnum"], api)
		}
	}
	if api == "" {
		t.Error("the API lists no role of alex-jinsung-choi at o-ran-alliance")
	}
}
