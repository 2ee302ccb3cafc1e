package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/server"
)

// TestExportMatchesServer checks that `telcograph export` on a fresh store
// writes, in every format, the bytes GET /export serves for a server that
// loaded the bundled data.
func TestExportMatchesServer(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := loadBundled(ctx, st); err != nil {
		t.Fatal(err)
	}
	h := server.New(st, server.Config{})
	dir := t.TempDir()
	for _, format := range rdf.ExportFormats() {
		t.Run(format, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?format="+format, nil))
			if rec.Code != http.StatusOK {
				t.Fatalf("GET /export: status %d", rec.Code)
			}
			code, stdout, stderr := runCmd(t, "export", "--store", "memory://", "--format", format)
			if code != 0 {
				t.Fatalf("export: exit %d, stderr %q", code, stderr)
			}
			if !bytes.Equal([]byte(stdout), rec.Body.Bytes()) {
				t.Errorf("stdout (%d bytes) differs from GET /export (%d bytes)", len(stdout), rec.Body.Len())
			}
			out := filepath.Join(dir, "export."+format)
			if code, _, stderr := runCmd(t, "export", "--store", "memory://", "--format", format, "--out", out); code != 0 {
				t.Fatalf("export --out: exit %d, stderr %q", code, stderr)
			}
			if b, err := os.ReadFile(out); err != nil || !bytes.Equal(b, rec.Body.Bytes()) {
				t.Errorf("--out %s (%d bytes, %v) differs from GET /export (%d bytes)", out, len(b), err, rec.Body.Len())
			}
		})
	}
}

func TestExportCSVDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "csv") + "/"
	if code, _, stderr := runCmd(t, "export", "--store", "memory://", "--format", "csv", "--out", dir); code != 0 {
		t.Fatalf("export: exit %d, stderr %q", code, stderr)
	}
	for name, header := range map[string]string{"nodes.csv": nodesHeader, "edges.csv": edgesHeader} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), header) || strings.Count(string(b), "\n") < 10 {
			t.Errorf("%s: want header %q and rows, got %d bytes", name, header, len(b))
		}
	}
}

// The header rows of the two CSV tables.
const (
	nodesHeader = "id,type,name\n"
	edgesHeader = "source,target,relation,since,role,sources,evidence,until,date,modality,amount,share,purpose,topic,confidence,extractor,evidenceKind,relationEnum\n"
)

// TestExportTable checks --table (and TELCOGRAPH_TABLE): one plain CSV
// table, the bytes GET /export?format=csv&table=... serves, on stdout, in a
// file, or alone in a directory.
func TestExportTable(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := loadBundled(ctx, st); err != nil {
		t.Fatal(err)
	}
	h := server.New(st, server.Config{})
	for _, table := range []string{"nodes", "edges"} {
		t.Run(table, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/export?format=csv&table="+table, nil))
			want := rec.Body.String()
			if header := map[string]string{"nodes": nodesHeader, "edges": edgesHeader}[table]; !strings.HasPrefix(want, header) {
				t.Fatalf("GET /export: want header %q, got %.200q", header, want)
			}
			code, stdout, stderr := runCmd(t, "export", "--store", "memory://", "--format", "csv", "--table", table)
			if code != 0 || stdout != want {
				t.Errorf("--table %s: exit %d, stderr %q, %d bytes; want the %d bytes of GET /export", table, code, stderr, len(stdout), len(want))
			}
			t.Setenv("TELCOGRAPH_TABLE", table)
			if code, stdout, _ := runCmd(t, "export", "--store", "memory://", "--format", "csv"); code != 0 || stdout != want {
				t.Errorf("TELCOGRAPH_TABLE=%s: exit %d, %d bytes; want the %d bytes of GET /export", table, code, len(stdout), len(want))
			}
			dir := t.TempDir()
			if code, _, stderr := runCmd(t, "export", "--store", "memory://", "--format", "csv", "--out", dir); code != 0 {
				t.Fatalf("--out DIR: exit %d, stderr %q", code, stderr)
			}
			entries, _ := os.ReadDir(dir)
			b, err := os.ReadFile(filepath.Join(dir, table+".csv"))
			if err != nil || string(b) != want || len(entries) != 1 {
				t.Errorf("--out DIR: %d files, %s.csv %d bytes (%v); want that file alone, as served", len(entries), table, len(b), err)
			}
		})
	}
}

func TestExportErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown format", []string{"--format", "turtle"}, 2, `unknown format "turtle"`},
		{"unknown source", []string{"--source", "https://nowhere.example/x"}, 1, "no source https://nowhere.example/x"},
		{"stray argument", []string{"file.nq"}, 2, `export takes no arguments, got ["file.nq"]`},
		{"unknown table", []string{"--format", "csv", "--table", "people"}, 2, `unknown table "people" (want nodes, edges)`},
		{"table of another format", []string{"--format", "graphml", "--table", "edges"}, 2, `--table applies to --format csv only, not "graphml"`},
		{"help", []string{"--help"}, 0, "Usage: telcograph export"}, // on stdout
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, append([]string{"export", "--store", "memory://"}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr+stdout, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
}

// TestLoadRDF exports the bundled graph as N-Quads and JSON-LD, loads each
// into an empty bolt store with `telcograph load`, and exports again: the
// graph is the same; a bad RDF file loads nothing.
func TestLoadRDF(t *testing.T) {
	dir := t.TempDir()
	// The seed articles (data/articles.yaml) keep this test quick under
	// -race; loaders' TestRoundTrip covers the whole bundled graph.
	seed := "bolt://" + filepath.Join(dir, "seed.db")
	if code, _, stderr := runCmd(t, "load", "--store", seed, filepath.Join("..", "..", "data", "articles.yaml")); code != 0 {
		t.Fatalf("load seed: exit %d, stderr %q", code, stderr)
	}
	code, want, stderr := runCmd(t, "export", "--store", seed, "--no-bundled-data", "--format", "nquads")
	if code != 0 || want == "" {
		t.Fatalf("export: exit %d, %d bytes, stderr %q", code, len(want), stderr)
	}
	for _, format := range []string{"nquads", "jsonld"} {
		t.Run(format, func(t *testing.T) {
			in := filepath.Join(dir, "in."+map[string]string{"nquads": "nq", "jsonld": "jsonld"}[format])
			if code, _, stderr := runCmd(t, "export", "--store", seed, "--no-bundled-data", "--format", format, "--out", in); code != 0 {
				t.Fatalf("export: exit %d, stderr %q", code, stderr)
			}
			store := "bolt://" + filepath.Join(dir, format+".db")
			code, stdout, stderr := runCmd(t, "load", "--store", store, in)
			if code != 0 || !strings.Contains(stdout, "RDF sources") {
				t.Fatalf("load: exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			code, got, stderr := runCmd(t, "export", "--store", store, "--no-bundled-data", "--format", "nquads")
			if code != 0 {
				t.Fatalf("export again: exit %d, stderr %q", code, stderr)
			}
			if got != want {
				t.Errorf("graph after export, load and export differs (%d bytes, want %d)", len(got), len(want))
			}
		})
	}

	bad := filepath.Join(dir, "bad.nq")
	os.WriteFile(bad, []byte("<https://a.example/s> <https://a.example/p> \"x\" <https://a.example/src> .\n<https://a.example/s> <https://a.example/p> \"y\" .\n"), 0o644)
	store := "bolt://" + filepath.Join(dir, "bad.db")
	code, _, stderr = runCmd(t, "load", "--store", store, bad)
	if code != 1 || !strings.Contains(stderr, "bad.nq:2: quad") {
		t.Errorf("load bad.nq: exit %d, stderr %q; want exit 1 and bad.nq:2", code, stderr)
	}
	code, got, _ := runCmd(t, "export", "--store", store, "--no-bundled-data", "--format", "nquads")
	if code != 0 || got != "" {
		t.Errorf("store after a bad load: exit %d, %d bytes; want empty", code, len(got))
	}
}
