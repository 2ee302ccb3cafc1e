package server_test

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/server"
)

// TestMetrics: /metrics reports the graph's size and counts requests by
// route and status.
func TestMetrics(t *testing.T) {
	store := newStore(t)
	h := server.New(store, server.Config{})
	for _, path := range []string{"/healthz", "/healthz", "/nowhere-at-all"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", path, nil))
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		`telcograph_http_requests_total{code="200",route="/healthz"} 2`,
		`telcograph_http_requests_total{code="404",route="/"} 1`,
		fmt.Sprintf("telcograph_graph_quads %d\n", store.Stats().Quads),
		"telcograph_graph_sources 9\n",
		"go_goroutines",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// TestVersionReported: /healthz and /metrics say which build serves.
func TestVersionReported(t *testing.T) {
	v := server.Version{Module: "v1.2.3", Commit: "0123abc"}
	h := server.New(newStore(t), server.Config{Version: v})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if body := rec.Body.String(); !strings.Contains(body, `"version":"v1.2.3"`) || !strings.Contains(body, `"commit":"0123abc"`) {
		t.Errorf("/healthz lacks the version: %s", body)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if want := `telcograph_build_info{commit="0123abc",modified="false",version="v1.2.3"} 1`; !strings.Contains(rec.Body.String(), want) {
		t.Errorf("/metrics lacks %q", want)
	}
	if got := v.String(); got != "v1.2.3 commit 0123abc" {
		t.Errorf("String() = %q", got)
	}
}
