package server_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/server"
)

// TestExport checks that /export streams, in every format, the bytes that
// loaders.Export writes for the same quads (the bytes the CLI writes), for
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
				format = loaders.FormatNQuads
			}
			var want bytes.Buffer
			if err := loaders.Export(&want, format, tt.quads); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want.Bytes(), rec.Body.Bytes()) {
				t.Errorf("body differs from loaders.Export (%d bytes, want %d)", rec.Body.Len(), want.Len())
			}
		})
	}

	t.Run("one source keeps its label", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?format=nquads&source="+url.QueryEscape(source), nil))
		srcs, err := loaders.ReadNQuads("export.nq", rec.Body.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range srcs {
			got = append(got, string(s.Source))
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
