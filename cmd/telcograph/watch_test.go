package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/telcograph/telcograph/loaders/facts"
)

// newsSite serves an RSS feed listing two corpus articles as pages on
// 127.0.0.1, the second one twice under two URLs.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	pages := map[string]string{}
	for path, file := range map[string]string{"/vodafone": "04-neowin-vodafone-microsoft.txt", "/jv": "03-bnnbloomberg-openai-softbank-jv.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "articles", file))
		if err != nil {
			t.Fatal(err)
		}
		pages[path] = string(data)
	}
	pages["/jv-again"] = pages["/jv"]
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>News</title>` +
			`<item><title>Vodafone and Microsoft</title><link>/vodafone</link></item>` +
			`<item><title>OpenAI and SoftBank</title><link>/jv</link></item>` +
			`<item><title>OpenAI and SoftBank, again</title><link>/jv-again</link></item></channel></rss>`))
	})
	for path, body := range pages {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write([]byte(body))
		})
	}
	return srv
}

func writeFeeds(t *testing.T, lines ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sources lists the article URLs of article-facts YAML documents, each
// checked to read back against the bundled register.
func sources(t *testing.T, docs []string) []string {
	t.Helper()
	reg, err := bundledRegister()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, doc := range docs {
		ff, err := facts.Read("doc", []byte(doc), facts.ReadOptions{Register: reg})
		if err != nil {
			t.Fatalf("document %d does not read back: %v\n%s", i, err, doc)
		}
		for _, a := range ff.Articles {
			if len(a.Facts) == 0 {
				t.Errorf("%s: no facts", a.URL)
			}
			out = append(out, a.URL)
		}
	}
	return out
}

func TestWatchOnce(t *testing.T) {
	srv := newsSite(t)
	feeds := writeFeeds(t, "# test feeds", srv.URL+"/feed.xml")
	want := []string{srv.URL + "/vodafone", srv.URL + "/jv"}

	t.Run("stdout", func(t *testing.T) {
		var out, errOut syncBuffer
		code := run(context.Background(), []string{"watch", "--feeds", feeds, "--once", "--host-rate", "1000"}, &out, &errOut)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		docs := strings.Split(strings.TrimPrefix(out.String(), "---\n"), "---\n")
		if diff := cmp.Diff(want, sources(t, docs)); diff != "" {
			t.Errorf("articles (-want +got):\n%s", diff)
		}
		if wantLog := "watch: 1 feeds read, 0 unchanged; 3 pages fetched, 0 files read; 2 new articles, 1 duplicates; 0 errors\n"; errOut.String() != wantLog {
			t.Errorf("stderr %q, want %q", errOut.String(), wantLog)
		}
	})

	t.Run("one file per article", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "facts")
		t.Setenv("TELCOGRAPH_HOST_RATE", "1000")
		var out, errOut syncBuffer
		code := run(context.Background(), []string{"watch", "--feeds", feeds, "--once", "--out", dir}, &out, &errOut)
		if code != 0 || out.String() != "" {
			t.Fatalf("exit %d, stdout %q: %s", code, out.String(), errOut.String())
		}
		names, _ := filepath.Glob(filepath.Join(dir, "*"))
		var docs []string
		for _, n := range names {
			if !regexp.MustCompile(`/[a-z-]+-[0-9a-f]{12}\.yaml$`).MatchString(n) {
				t.Errorf("file %s is not named ID-HASH.yaml", n)
			}
			data, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(data))
		}
		got := sources(t, docs)
		if diff := cmp.Diff(len(want), len(got)); diff != "" {
			t.Errorf("files %v (-want +got):\n%s", names, diff)
		}
	})

	t.Run("a failing feed: exit 1 with its error", func(t *testing.T) {
		bad := writeFeeds(t, srv.URL+"/missing.xml", srv.URL+"/feed.xml")
		code, stdout, stderr := runCmd(t, "watch", "--feeds", bad, "--once", "--host-rate", "1000")
		if code != 1 || !strings.Contains(stderr, "telcograph watch: watch: feed "+srv.URL+"/missing.xml: HTTP 404 Not Found\n") {
			t.Errorf("exit %d, stderr %q; want 1 and the feed's error", code, stderr)
		}
		if got := strings.Count(stdout, "---\n"); got != 2 {
			t.Errorf("%d articles printed, want the good feed's 2", got)
		}
	})
}

func TestWatchDropFolder(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "articles", "00-kedglobal-k-ai-alliance.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ked.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "watch", "--dir", dir, "--once")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := sources(t, []string{strings.TrimPrefix(stdout, "---\n")})
	if diff := cmp.Diff([]string{"https://openkorea.org/feeds/sk-telecom-accelerates-ai-push-via-alliance-with-more-partners"}, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}

func TestWatchUsage(t *testing.T) {
	feeds := writeFeeds(t, "https://example.org/feed")
	badFeeds := writeFeeds(t, "https://example.org/feed", "gopher://example.org/")
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		wantCode int
		want     string // stderr
	}{
		{"nothing to watch", nil, nil, 2, "telcograph watch: nothing to watch: give --feeds FILE, --dir DIR or both (see telcograph watch --help)\n"},
		{"arguments", []string{"--feeds", feeds, "x"}, nil, 2, "telcograph watch: unexpected arguments [\"x\"] (see telcograph watch --help)\n"},
		{"interval", []string{"--feeds", feeds, "--interval", "0s"}, nil, 2, "telcograph watch: --interval must be positive, not 0s\n"},
		{"rate", []string{"--feeds", feeds, "--host-rate", "0"}, nil, 2, "telcograph watch: --host-rate must be positive, not 0\n"},
		{"size", []string{"--feeds", feeds, "--max-bytes", "-1"}, nil, 2, "telcograph watch: --max-bytes must be positive, not -1\n"},
		{"timeout", []string{"--feeds", feeds, "--timeout", "-1s"}, nil, 2, "telcograph watch: --timeout must be positive, not -1s\n"},
		{"confidence", []string{"--feeds", feeds, "--min-confidence", "1.5"}, nil, 2, "telcograph watch: --min-confidence must be from 0 to 1, not 1.5\n"},
		{"no folder", []string{"--dir", "no/such/dir"}, nil, 2, "telcograph watch: --dir no/such/dir is not a directory\n"},
		{"environment", []string{"--feeds", feeds}, map[string]string{"TELCOGRAPH_INTERVAL": "soon"}, 2,
			"telcograph watch: TELCOGRAPH_INTERVAL=\"soon\": parse error\n"},
		{"bad feeds file", []string{"--feeds", badFeeds, "--once"}, nil, 1, "telcograph watch: " + badFeeds + ":2: \"gopher://example.org/\" is not an http or https URL\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			code, stdout, stderr := runCmd(t, append([]string{"watch"}, tt.args...)...)
			if code != tt.wantCode || stdout != "" {
				t.Errorf("exit %d, stdout %q; want exit %d and no output", code, stdout, tt.wantCode)
			}
			if diff := cmp.Diff(tt.want, stderr); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
	code, stdout, _ := runCmd(t, "help", "watch")
	if code != 0 || !strings.HasPrefix(stdout, "Usage: telcograph watch") || !strings.Contains(stdout, "env TELCOGRAPH_HOST_RATE") {
		t.Errorf("help watch: exit %d, stdout %q", code, stdout)
	}
}
