package loadtest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	lt "github.com/telcograph/telcograph/server/loadtest"
)

func TestWaitHTTP(t *testing.T) {
	var calls atomic.Int32
	starting := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) < 3 {
			http.Error(w, "starting", http.StatusServiceUnavailable)
		}
	}))
	t.Cleanup(starting.Close)
	never := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "broken", http.StatusInternalServerError)
	}))
	t.Cleanup(never.Close)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		url     string
		timeout time.Duration
		ok      bool
	}{
		{"ready after two 503s", context.Background(), starting.URL, 10 * time.Second, true},
		{"never ready", context.Background(), never.URL, 300 * time.Millisecond, false},
		{"nobody listening", context.Background(), "http://127.0.0.1:1/", 300 * time.Millisecond, false},
		{"cancelled", cancelled, never.URL, 10 * time.Second, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			err := lt.WaitHTTP(tt.ctx, tt.url, tt.timeout)
			if (err == nil) != tt.ok {
				t.Errorf("WaitHTTP: %v, want ready: %v", err, tt.ok)
			}
			if time.Since(start) > tt.timeout+2*time.Second {
				t.Errorf("took %v, timeout %v", time.Since(start), tt.timeout)
			}
		})
	}
	if calls.Load() != 3 {
		t.Errorf("the starting server was asked %d times, want 3", calls.Load())
	}
}

func TestRSS(t *testing.T) {
	if rss := lt.RSS(os.Getpid()); rss < 1<<20 || rss > 1<<40 {
		t.Errorf("this test's resident memory is %d bytes", rss)
	}
	if rss := lt.RSS(-1); rss != 0 {
		t.Errorf("a process that does not exist holds %d bytes", rss)
	}
}

// TestVirtuosoINI: Virtuoso listens on loopback only, on the ports given,
// keeps its files in its directory and may read the data's.
func TestVirtuosoINI(t *testing.T) {
	ini := lt.VirtuosoINI("/w/virtuoso", "/w/data", 1111, 8890)
	for _, want := range []string{
		"DatabaseFile = /w/virtuoso/db/virtuoso.db\n",
		"[Parameters]\nServerPort = 127.0.0.1:1111\n",
		"[HTTPServer]\nServerPort = 127.0.0.1:8890\n",
		"DirsAllowed = ., /w/data\n",
		"ServerRoot = /w/virtuoso\n",
	} {
		if !strings.Contains(ini, want) {
			t.Errorf("the configuration lacks %q", want)
		}
	}
	if strings.Contains(ini, "%!") {
		t.Errorf("a verb without its value:\n%s", ini)
	}
}

func TestSizeLabel(t *testing.T) {
	for n, want := range map[int]string{10000: "10^4", 10000000: "10^7", 10: "10^1", 1: "1", 3000: "3000", 20000: "20000", 100036: "100036"} {
		if got := lt.SizeLabel(n); got != want {
			t.Errorf("SizeLabel(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestIndexBuild: the index build is read from the line telcograph serve
// logs once it built its index from a store holding quads.
func TestIndexBuild(t *testing.T) {
	tests := []struct {
		name string
		log  string
		want lt.Load
		ok   bool
	}{
		{"text log", "time=2026-12-03T09:22:24.000Z level=INFO msg=\"graph: serving index built\" store=bolt:///w/tg.db quads=1000114 sources=2864 elapsed=1.912s\n" +
			"time=2026-12-03T09:22:25.000Z level=INFO msg=serving url=http://127.0.0.1:1/graphql\n",
			lt.Load{What: "telcograph serve: serving index built from bolt", Quads: 1000114, Seconds: 1.912}, true},
		{"an empty store's build is not one", "level=INFO msg=\"graph: serving index built\" store=bolt:///w/tg.db quads=0 sources=0 elapsed=0s\n", lt.Load{}, false},
		{"no such line", "level=INFO msg=serving\n", lt.Load{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "serve.log")
			if err := os.WriteFile(path, []byte(tt.log), 0o644); err != nil {
				t.Fatal(err)
			}
			got, ok := lt.IndexBuild(path)
			if ok != tt.ok || got != tt.want {
				t.Errorf("IndexBuild = %+v, %v; want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	if _, ok := lt.IndexBuild(filepath.Join(t.TempDir(), "missing.log")); ok {
		t.Error("an index build read from no log")
	}
}

// TestMemoryNeed: Cayley's and the memory store's needs grow with the
// graph; Virtuoso's stop at its buffer pool, so it runs at 10^7 where
// telcograph's memory:// load does not fit 16 GiB.
func TestMemoryNeed(t *testing.T) {
	const gib = 1 << 30
	tests := []struct {
		what     string
		quads    int
		min, max float64 // GiB
	}{
		{"cayley", 1000000, 0.7, 1.0},
		{"cayley", 10000000, 3, 4},
		{"virtuoso", 1000000, 1.3, 1.6},
		{"virtuoso", 10000000, 3, 3.2},
		{"virtuoso", 100000000, 3, 3.2},
		{"memory", 10000000, 12, 16},
	}
	for _, tt := range tests {
		got := float64(lt.MemoryNeed(tt.what, tt.quads)) / gib
		if got < tt.min || got > tt.max {
			t.Errorf("MemoryNeed(%s, %d) = %.2f GiB, want %.1f to %.1f", tt.what, tt.quads, got, tt.min, tt.max)
		}
	}
	if lt.MemAvailable() <= 0 {
		t.Error("no memory available")
	}
}
