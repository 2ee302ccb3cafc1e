package server_test

import (
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/server"
)

// TestReviewRoute checks what /review serves without a browser: the review
// page under the explorer's Content-Security-Policy, its own script, and no
// other host named anywhere in it.
func TestReviewRoute(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	get := func(target string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		return rec
	}
	page := get("/review")
	if page.Code != 200 {
		t.Fatalf("GET /review = %d, want 200", page.Code)
	}
	body := page.Body.String()
	for _, want := range []string{`<ol id="list"`, `<section class="article" id="article"`, `<input id="token" type="password"`} {
		if !strings.Contains(body, want) {
			t.Errorf("/review lacks %s", want)
		}
	}
	if strings.Contains(body, "http://") || strings.Contains(body, "https://") {
		t.Errorf("/review names another host:\n%s", body)
	}
	csp := page.Header().Get("Content-Security-Policy")
	if index := get("/").Header().Get("Content-Security-Policy"); csp != index || !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("/review's CSP is %q, want the explorer's %q", csp, index)
	}
	scripts := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindAllStringSubmatch(body, -1)
	if len(scripts) != 1 || !strings.HasPrefix(scripts[0][1], "/assets/review-") {
		t.Fatalf("/review's scripts are %v, want its one review-*.js", scripts)
	}
	js := get(scripts[0][1])
	if js.Code != 200 || !strings.Contains(js.Body.String(), "sessionStorage") || strings.Contains(js.Body.String(), "localStorage") {
		t.Errorf("%s: %d, want 200 and a script that keeps the token in sessionStorage, never localStorage", scripts[0][1], js.Code)
	}
	if strings.Contains(js.Body.String(), "cytoscape") {
		t.Errorf("%s bundles Cytoscape, which the review page does not use", scripts[0][1])
	}
	for target, want := range map[string]int{"/review/": 404, "/review/x": 404} {
		if got := get(target).Code; got != want {
			t.Errorf("GET %s = %d, want %d", target, got, want)
		}
	}
}
