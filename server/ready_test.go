package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/pgtest"
	"github.com/telcograph/telcograph/server"
)

// readyz returns /readyz's status code and JSON body.
func readyz(t *testing.T, h http.Handler) (int, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("readyz body %q: %v", rec.Body, err)
	}
	return rec.Code, body
}

func TestReadyzMemory(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	if code, body := readyz(t, h); code != http.StatusOK || body["status"] != "ready" {
		t.Errorf("readyz = %d %v, want 200 ready", code, body)
	}
}

// TestReadyzOutage stops PostgreSQL under a running server: /readyz turns
// 503 within a poll or two while GraphQL reads keep answering from the
// index, and turns 200 again by itself after the restart.
func TestReadyzOutage(t *testing.T) {
	srv := pgtest.Start(t)
	ctx := context.Background()
	store, err := graph.OpenWith(ctx, srv.URL(srv.CreateDB()), graph.Options{PollInterval: 100 * time.Millisecond, WriteTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	loadBundled(t, store)
	h := server.New(store, server.Config{})
	if code, _ := readyz(t, h); code != http.StatusOK {
		t.Fatalf("readyz before the outage = %d", code)
	}
	srv.Stop("immediate")
	readAlliance := func() {
		t.Helper()
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ alliance(slug: \"k-ai-alliance\") { name } }"}`))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"name":"K-AI Alliance"`) {
			t.Errorf("read during the outage: %d %s", rec.Code, rec.Body)
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	code, body := readyz(t, h)
	for code == http.StatusOK && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		code, body = readyz(t, h)
	}
	if code != http.StatusServiceUnavailable || body["status"] != "unavailable" {
		t.Fatalf("readyz during the outage = %d %v, want 503 unavailable", code, body)
	}
	readAlliance()
	srv.Start()
	deadline = time.Now().Add(10 * time.Second)
	for code != http.StatusOK && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		code, body = readyz(t, h)
	}
	if code != http.StatusOK {
		t.Fatalf("readyz after the restart = %d %v, want 200", code, body)
	}
}
