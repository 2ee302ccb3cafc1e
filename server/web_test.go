package server_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
)

// TestWebRoutes checks what / and /graphiql serve without a browser.
func TestWebRoutes(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	get := func(method, target string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
		return rec
	}
	index := get("GET", "/")
	script := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindStringSubmatch(index.Body.String())
	if script == nil {
		t.Fatalf("/ names no script:\n%s", index.Body)
	}
	tests := []struct {
		name, method, target string
		status               int
		header, want         string // a header that must hold want
		body                 string // text the body must hold
	}{
		{"explorer page", "GET", "/", 200, "Content-Security-Policy", "connect-src 'self'", `<div id="cy"`},
		{"hashed script cached", "GET", script[1], 200, "Cache-Control", "immutable", "cytoscape"},
		{"favicon", "GET", "/favicon.ico", 200, "Content-Type", "image/", ""},
		{"graphiql opens the examples", "GET", "/graphiql", 302, "Location", "/graphiql?operationName=Members&query=", ""},
		{"graphiql page", "GET", "/graphiql?query=%7B__typename%7D", 200, "Content-Security-Policy", "connect-src 'self'", `src="/graphiql/graphiql.min.js"`},
		{"vendored graphiql", "GET", "/graphiql/graphiql.min.js", 200, "Content-Type", "javascript", ""},
		{"no folder listing", "GET", "/assets/", 404, "", "", ""},
		{"unknown file", "GET", "/nope.js", 404, "", "", ""},
		{"explorer refuses POST", "POST", "/", 405, "Allow", "GET", ""},
		{"graphql still answers", "GET", "/graphql?query=%7B__typename%7D", 200, "", "", `"Query"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(tt.method, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("%s %s = %d, want %d", tt.method, tt.target, rec.Code, tt.status)
			}
			if tt.header != "" && !strings.Contains(rec.Header().Get(tt.header), tt.want) {
				t.Errorf("%s = %q, want it to hold %q", tt.header, rec.Header().Get(tt.header), tt.want)
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body lacks %q", tt.body)
			}
		})
	}
}

// TestGraphiQLOffline checks that /graphiql loads nothing from elsewhere and
// that its files are the very releases gqlgen pins: each integrity hash is
// the one gqlgen's own CDN page gives, except the explorer plugin's
// stylesheet, which the CDN minifies itself and npm does not ship.
func TestGraphiQLOffline(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/graphiql?query=x", nil))
	ours := rec.Body.String()
	if strings.Contains(ours, "https://") || strings.Contains(ours, "http://") {
		t.Errorf("/graphiql names another host:\n%s", ours)
	}
	cdn := httptest.NewRecorder()
	playground.Handler("x", "/graphql", playground.WithGraphiqlEnablePluginExplorer(true)).ServeHTTP(cdn, httptest.NewRequest("GET", "/", nil))
	integrity := regexp.MustCompile(`integrity="([^"]+)"`)
	hashes := func(page string) []string {
		var out []string
		for _, m := range integrity.FindAllStringSubmatch(page, -1) {
			out = append(out, m[1])
		}
		return out
	}
	want, got := hashes(cdn.Body.String()), hashes(ours)
	if len(want) != 6 || len(got) != 6 {
		t.Fatalf("integrity attributes: gqlgen %d, ours %d, want 6 each", len(want), len(got))
	}
	// The page lists react, react-dom, graphiql css, plugin css, graphiql js, plugin js.
	want[3], got[3] = "", ""
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("integrity hashes (-gqlgen's +ours):\n%s", diff)
	}
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(ours, -1) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", m[1], nil))
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s = %d", m[1], rec.Code)
		}
	}
}
