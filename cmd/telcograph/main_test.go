package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// runCmd runs a command line and returns its exit status and output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"serve", "load", "extract", "eval", "export", "gen"} {
		for _, args := range [][]string{{cmd, "--help"}, {"help", cmd}} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				code, stdout, stderr := runCmd(t, args...)
				if code != 0 || !strings.HasPrefix(stdout, "Usage: telcograph "+cmd) || stderr != "" {
					t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and the usage on stdout", code, stdout, stderr)
				}
				// Every flag is listed Go-style with its environment variable.
				if !regexp.MustCompile(`(?m)^  -\S+.*\n    \t.*\n    \tenv TELCOGRAPH_[A-Z_]+$`).MatchString(stdout) {
					t.Errorf("no flag listed with its env line:\n%s", stdout)
				}
			})
		}
	}
	if code, stdout, _ := runCmd(t, "help"); code != 0 || !strings.Contains(stdout, "telcograph serve") {
		t.Errorf("help: exit %d, stdout %q", code, stdout)
	}
	if code, _, _ := runCmd(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "help", "frobnicate"); code != 2 {
		t.Errorf("help of an unknown command: exit %d, want 2", code)
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		code, stdout, _ := runCmd(t, arg)
		if code != 0 || !strings.HasPrefix(stdout, "telcograph ") || strings.Count(stdout, "\n") != 1 {
			t.Errorf("%s: exit %d, stdout %q; want one line starting telcograph", arg, code, stdout)
		}
	}
}

// TestUsageErrors: a wrong command line exits 2 and says, once, what is
// wrong.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"gen", "--quads", "-5"}, "telcograph gen: --quads must be at least 1, not -5\n"},
		{[]string{"gen", "--format", "xml"}, "telcograph gen: unknown format \"xml\" (want nquads or yaml)\n"},
		{[]string{"eval"}, "telcograph eval: --gold is required (see telcograph eval --help)\n"},
		{[]string{"extract"}, "telcograph extract: no article given (see telcograph extract --help)\n"},
		{[]string{"extract", "--min-confidence", "2", "x.txt"}, "telcograph extract: --min-confidence must be from 0 to 1, not 2\n"},
		{[]string{"load"}, "telcograph load: no input file given (see telcograph load --help)\n"},
		{[]string{"load", "--nope", "x"}, "telcograph load: flag provided but not defined: -nope (see telcograph load --help)\n"},
		{[]string{"export", "--format", "xml"}, "telcograph export: unknown format \"xml\" (want nquads, jsonld, graphml, csv, csv-zip, history)\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.args...)
			if code != 2 || stderr != tt.want || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and stderr %q", code, stdout, stderr, tt.want)
			}
		})
	}
}

// TestFlagsFromEnvironment: every flag can be set by TELCOGRAPH_<FLAG>, and
// the command line wins over it.
func TestFlagsFromEnvironment(t *testing.T) {
	t.Setenv("TELCOGRAPH_QUADS", "-7")
	if _, _, stderr := runCmd(t, "gen"); stderr != "telcograph gen: --quads must be at least 1, not -7\n" {
		t.Errorf("env not read: stderr %q", stderr)
	}
	out := filepath.Join(t.TempDir(), "g.nq")
	if code, _, stderr := runCmd(t, "gen", "--quads", "50", "--out", out); code != 0 {
		t.Errorf("command line did not win over the environment: exit %d, %s", code, stderr)
	}
	t.Setenv("TELCOGRAPH_QUADS", "many")
	if code, _, stderr := runCmd(t, "gen"); code != 2 || !strings.Contains(stderr, `TELCOGRAPH_QUADS="many"`) {
		t.Errorf("bad env value: exit %d, stderr %q", code, stderr)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	store := "bolt://" + filepath.Join(dir, "t.db")
	good := filepath.Join(dir, "good.yaml")
	os.WriteFile(good, []byte(`articles:
- id: x1
  source: https://example.com/lablup-joins
  date: 2024-08-01
  facts:
  - rel: memberOf
    member: {id: lablup, text: Lablup}
    org: {id: gtaa, text: GTAA}
    since: 2024-08
    evidence: "Lablup joined the GTAA."
`), 0o644)
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("articles:\n- id: x2\n  source: https://example.com/b\n  facts:\n  - rel: friendOf\n    evidence: e\n"), 0o644)

	code, stdout, stderr := runCmd(t, "load", "--store", store, good)
	if code != 0 || !strings.Contains(stdout, "loaded 1 files: 1 articles, 1 facts") {
		t.Fatalf("load good: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, "load", "--store", store, good)
	if code != 0 || !strings.Contains(stdout, "+0 -0 quads") {
		t.Errorf("reload: exit %d, stdout %q; want no change", code, stdout)
	}
	code, _, stderr = runCmd(t, "load", "--store", store, good, bad)
	if code != 1 || !strings.Contains(stderr, bad+`:5: fact: unknown relation "friendOf"`) {
		t.Errorf("load bad: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr = runCmd(t, "load", "--store", store, filepath.Join(dir, "missing.yaml")); code != 1 || strings.Count(stderr, "\n") > 2 {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe starts serve on an empty store, finds the bundled graph through
// the API, and stops it by cancelling its context (as SIGTERM does).
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan int)
	store := "bolt://" + filepath.Join(t.TempDir(), "serve.db")
	go func() { done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--store", store}, &out, &errOut) }()

	re := regexp.MustCompile(`serving (http://[0-9.:]+)/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve did not start: %s", errOut.String())
	}
	resp, err := http.Post(base+"/graphql", "application/json",
		strings.NewReader(`{"query":"{ alliance(slug: \"k-ai-alliance\") { leader { slug } members { totalCount } } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := `{"data":{"alliance":{"leader":{"slug":"sk-telecom"},"members":{"totalCount":9}}}}`; string(body) != want {
		t.Errorf("answer %s, want %s", body, want)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, errOut.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// TestLoadArticle loads a raw article: its facts are extracted and queued
// for review; with --auto-accept they go into the graph, and a reload with
// a higher --min-confidence keeps the accepted ones (a review decision
// outlives a re-extraction).
func TestLoadArticle(t *testing.T) {
	dir := t.TempDir()
	store := "bolt://" + filepath.Join(dir, "a.db")
	article := filepath.Join(dir, "kddi.txt")
	os.WriteFile(article, []byte("source: https://example.com/news/kddi-joins\ndate: 2025-06-02\n\n"+
		"KDDI Corp., Japan's second-largest carrier, said on Monday it had joined the AI-RAN Alliance.\n"), 0o644)
	code, stdout, stderr := runCmd(t, "load", "--store", store, article)
	if code != 0 || !strings.Contains(stdout, "queued 1 raw articles for review: 1 candidates, 0 of them accepted") || !strings.Contains(stdout, "store now 0 quads from 0 sources") {
		t.Fatalf("load article: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = runCmd(t, "load", "--store", store, "--auto-accept", "0.5", article)
	if code != 0 || !strings.Contains(stdout, "1 candidates, 1 of them accepted") || strings.Contains(stdout, "store now 0 quads") {
		t.Fatalf("load article --auto-accept: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, "load", "--store", store, "--min-confidence", "0.99", article)
	if code != 0 || !strings.Contains(stdout, "1 candidates, 1 of them accepted") {
		t.Errorf("reload at 0.99: exit %d, stdout %q; want the accepted fact kept", code, stdout)
	}
}

// TestGen writes a synthetic graph both ways; the same seed gives the same
// bytes, and the YAML loads as it is (it carries its own register).
func TestGen(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.nq", "b.nq", "c.yaml"} {
		format := "nquads"
		if strings.HasSuffix(f, ".yaml") {
			format = "yaml"
		}
		if code, _, stderr := runCmd(t, "gen", "--quads", "2000", "--seed", "5", "--format", format, "--out", filepath.Join(dir, f)); code != 0 {
			t.Fatalf("gen %s: %s", f, stderr)
		}
	}
	a, _ := os.ReadFile(filepath.Join(dir, "a.nq"))
	b, _ := os.ReadFile(filepath.Join(dir, "b.nq"))
	if len(a) == 0 || string(a) != string(b) {
		t.Errorf("same seed gave %d and %d bytes", len(a), len(b))
	}
	code, stdout, stderr := runCmd(t, "load", "--store", "memory://", filepath.Join(dir, "c.yaml"))
	if code != 0 || strings.Contains(stdout, " 0 facts") {
		t.Errorf("load generated YAML: exit %d, %s %s", code, stdout, stderr)
	}
}

// TestLoadBadInputTouchesNothing: a missing or malformed input, or a wrong
// flag, neither creates a store nor changes one that exists.
func TestLoadBadInputTouchesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("articles:\n- id: x2\n  source: https://example.com/b\n  facts:\n  - rel: memberOf\n    sinse: 2024\n"), 0o644)
	unknown := filepath.Join(dir, "unknown.yaml")
	os.WriteFile(unknown, []byte("articles:\n- id: x3\n  source: https://example.com/c\n  facts:\n  - rel: memberOf\n    member: {id: no-such-company, text: X}\n    org: {id: gtaa, text: GTAA}\n    evidence: e\n"), 0o644)
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"missing file", []string{filepath.Join(dir, "nope.yaml")}, 1},
		{"malformed file", []string{bad}, 1},
		{"unknown entity", []string{unknown}, 1},
		{"bad flag value", []string{"--batch-quads", "0", bad}, 2},
	}
	for _, c := range cases {
		t.Run("no store: "+c.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, append([]string{"load", "--store", "bolt://" + db}, c.args...)...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			if _, err := os.Stat(db); err == nil {
				t.Fatalf("%s created the store", c.name)
			}
		})
	}
	if code, _, stderr := runCmd(t, "load", "--store", "bolt://"+db, filepath.Join("..", "..", "data", "articles.yaml")); code != 0 {
		t.Fatalf("load bundled articles: exit %d: %s", code, stderr)
	}
	before, _ := os.ReadFile(db)
	for _, c := range cases {
		t.Run("existing store: "+c.name, func(t *testing.T) {
			if code, _, stderr := runCmd(t, append([]string{"load", "--store", "bolt://" + db}, c.args...)...); code != c.code {
				t.Errorf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
				t.Errorf("%s changed the store file", c.name)
			}
		})
	}
}

// TestREADMENamesEveryServeVariable: the README's table of serve's
// environment variables lists every flag serve has.
func TestREADMENamesEveryServeVariable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, help, _ := runCmd(t, "serve", "--help")
	vars := regexp.MustCompile(`env (TELCOGRAPH_[A-Z_]+)`).FindAllStringSubmatch(help, -1)
	if len(vars) < 20 {
		t.Fatalf("serve --help names %d variables", len(vars))
	}
	for _, v := range vars {
		if !strings.Contains(string(readme), "`"+v[1]+"`") {
			t.Errorf("README does not name %s", v[1])
		}
	}
}
