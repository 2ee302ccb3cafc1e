package loadtest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
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
