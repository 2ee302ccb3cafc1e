package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeTokensErrors: a bad tokens file stops serve with every problem
// as file:line: message.
func TestServeTokensErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tokens")
	if err := os.WriteFile(file, []byte("# team\nrita reader r1\ncarl owner c1\nrita curator c2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "serve", "--store", "memory://", "--addr", "127.0.0.1:0", "--tokens", file)
	for _, want := range []string{file + `:3: unknown role "owner"`, file + `:4: id "rita" is used on line 2 too`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	if code == 0 || strings.Contains(stdout, "serving") {
		t.Errorf("exit %d, stdout %q: want a failure before serving", code, stdout)
	}
}

// reviewPost posts a GraphQL query with a bearer token and decodes data.
func reviewPost(t *testing.T, base, token, q string, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var a struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		t.Fatal(err)
	}
	if len(a.Errors) > 0 {
		t.Fatalf("%s: %+v", q, a.Errors)
	}
	if err := json.Unmarshal(a.Data, out); err != nil {
		t.Fatal(err)
	}
}

// TestServeWatch: serve --watch picks up a file dropped in the folder and
// queues its facts as candidates, which a reader token (from the tokens
// file, by the environment) lists.
func TestServeWatch(t *testing.T) {
	dir := t.TempDir()
	drop := filepath.Join(dir, "drop")
	if err := os.Mkdir(drop, 0o755); err != nil {
		t.Fatal(err)
	}
	tokens := filepath.Join(dir, "tokens")
	if err := os.WriteFile(tokens, []byte("rita reader rita-secret-123\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TELCOGRAPH_TOKENS", tokens)
	base, stderr := startServe(t, []string{"serve", "--addr", "127.0.0.1:0", "--store", "memory://",
		"--watch", "--watch-dir", drop, "--watch-interval", "100ms"})
	article := "source: https://example.org/news/dropped\ndate: 2025-04-01\n\nOrion Mobile Inc. has joined the K-AI Alliance, the group said.\n"
	tmp := filepath.Join(drop, ".article.txt")
	if err := os.WriteFile(tmp, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(drop, "article.txt")); err != nil {
		t.Fatal(err)
	}
	var d struct {
		Candidates struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					State    string
					Relation string
					Article  struct{ URL string }
				}
			}
		}
	}
	q := `{ candidates(source: "https://example.org/news/dropped") { totalCount edges { node { state relation article { url } } } } }`
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		reviewPost(t, base, "rita-secret-123", q, &d)
		if d.Candidates.TotalCount > 0 || time.Now().After(deadline) {
			break
		}
	}
	if d.Candidates.TotalCount == 0 {
		t.Fatalf("no candidate queued from the dropped file; log:\n%s", stderr.String())
	}
	for _, e := range d.Candidates.Edges {
		if e.Node.State != "PENDING" {
			t.Errorf("candidate %+v, want PENDING", e.Node)
		}
	}
	var h struct {
		Alliance struct {
			Members struct {
				Edges []struct{ Node struct{ Slug string } }
			}
		}
	}
	reviewPost(t, base, "rita-secret-123", `{ alliance(slug: "k-ai-alliance") { members(first: 100) { edges { node { slug } } } } }`, &h)
	for _, e := range h.Alliance.Members.Edges {
		if e.Node.Slug == "orion-mobile" {
			t.Error("the watcher's candidate is a member before any review")
		}
	}
}

// TestWatchStore: watch --store queues into a store and remembers what it
// processed there: a second run finds nothing new.
func TestWatchStore(t *testing.T) {
	dir := t.TempDir()
	drop := filepath.Join(dir, "drop")
	if err := os.Mkdir(drop, 0o755); err != nil {
		t.Fatal(err)
	}
	article := "source: https://example.org/news/w\ndate: 2025-04-01\n\nVega Telecom Corp. has joined the K-AI Alliance.\n"
	if err := os.WriteFile(filepath.Join(drop, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	store := "bolt://" + filepath.Join(dir, "t.db")
	for i, want := range []string{"1 new articles", "0 new articles"} {
		code, stdout, stderr := runCmd(t, "watch", "--once", "--dir", drop, "--store", store)
		if code != 0 || !strings.Contains(stderr, want) || stdout != "" {
			t.Errorf("run %d: exit %d, stdout %q, stderr %q; want 0, nothing printed, %q", i+1, code, stdout, stderr, want)
		}
	}
	code, _, stderr := runCmd(t, "watch", "--once", "--dir", drop, "--out", dir, "--store", store)
	if code != 2 || !strings.Contains(stderr, "exclude each other") {
		t.Errorf("--out with --store: exit %d, %q; want a usage error", code, stderr)
	}
}

// TestLoadQueuesRawArticles: load queues a raw article's facts for review
// (or accepts them with --auto-accept) while article facts go straight in;
// every source written is in the exported history, by the local user.
func TestLoadQueuesRawArticles(t *testing.T) {
	dir := t.TempDir()
	raw := filepath.Join(dir, "a.txt")
	article := "source: https://example.org/news/l\ndate: 2025-04-01\n\nVega Telecom Corp. has joined the K-AI Alliance.\n"
	if err := os.WriteFile(raw, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	store := "bolt://" + filepath.Join(dir, "t.db")
	code, stdout, stderr := runCmd(t, "load", "--store", store, raw)
	if code != 0 || !strings.Contains(stdout, "queued 1 raw articles for review") || !strings.Contains(stdout, "0 of them accepted") {
		t.Fatalf("load: exit %d, %q %q", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, "export", "--store", store, "--source", "https://example.org/news/l")
	if code == 0 || stdout != "" {
		t.Errorf("the queued article is a source before review: exit %d, %q", code, stdout)
	}
	t.Setenv("TELCOGRAPH_AUTO_ACCEPT", "0.5")
	code, stdout, stderr = runCmd(t, "load", "--store", store, raw)
	if code != 0 || strings.Contains(stdout, " 0 of them accepted") {
		t.Fatalf("load --auto-accept: exit %d, %q %q", code, stdout, stderr)
	}
	code, stdout, stderr = runCmd(t, "export", "--store", store, "--format", "history")
	if code != 0 {
		t.Fatalf("export history: %d %s", code, stderr)
	}
	var kinds []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var e struct{ Kind, Actor, Source string }
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("history line %q: %v", line, err)
		}
		kinds = append(kinds, e.Kind+" "+e.Actor)
	}
	if len(kinds) < 2 || kinds[0] != "CANDIDATE_ACCEPTED auto-accept" || !strings.HasPrefix(kinds[len(kinds)-1], "SOURCE_WRITTEN local:") {
		t.Errorf("history %q: want the auto-accepts, then the source written by local:<user>", kinds)
	}
}
