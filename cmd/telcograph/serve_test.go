package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestServeFlagErrors checks that a bad --trusted-proxies, --log-format or
// --memory-limit, from the command line or the environment, is a usage error
// (exit 2) naming the value, before anything is opened.
func TestServeFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"CIDR without its last octet", []string{"--trusted-proxies", "10.0.0.0/8,10.0.0/8"}, nil, `"10.0.0/8" is not a CIDR`},
		{"prefix too long", []string{"--trusted-proxies", "10.0.0.0/33"}, nil, `"10.0.0.0/33" is not a CIDR`},
		{"a name", []string{"--trusted-proxies", "proxy.internal"}, nil, `"proxy.internal" is not a CIDR`},
		{"from the environment", nil, map[string]string{"TELCOGRAPH_TRUSTED_PROXIES": "192.168.1.0/24, nope"}, `TELCOGRAPH_TRUSTED_PROXIES="192.168.1.0/24, nope": "nope" is not a CIDR`},
		{"log format", []string{"--log-format", "xml"}, nil, `--log-format "xml": want text or json`},
		{"log format from the environment", nil, map[string]string{"TELCOGRAPH_LOG_FORMAT": "JSON"}, `--log-format "JSON": want text or json`},
		{"memory limit", []string{"--memory-limit", "lots"}, nil, `"lots" is not auto, off or a size`},
		{"memory limit from the environment", nil, map[string]string{"TELCOGRAPH_MEMORY_LIMIT": "1.5GiB"}, `TELCOGRAPH_MEMORY_LIMIT="1.5GiB": "1.5GiB" is not auto`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			args := append([]string{"serve", "--store", "memory://", "--addr", "127.0.0.1:0"}, tt.args...)
			code, stdout, stderr := runCmd(t, args...)
			if code != 2 || !strings.Contains(stderr, tt.want) || strings.Contains(stdout, "serving") {
				t.Errorf("exit %d, stderr %q; want 2 and a message containing %q", code, stderr, tt.want)
			}
		})
	}
}

// TestServeBehindProxy starts serve behind a trusted proxy (127.0.0.0/8,
// the test's own address) with JSON logs, set by flags or by the
// environment, and checks that a refused mutation is logged as one JSON
// record naming the forwarded client.
func TestServeBehindProxy(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
	}{
		{"flags", []string{"--trusted-proxies", "127.0.0.0/8,::1", "--log-format", "json"}, nil},
		{"environment", nil, map[string]string{"TELCOGRAPH_TRUSTED_PROXIES": "127.0.0.0/8,::1", "TELCOGRAPH_LOG_FORMAT": "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			t.Setenv("TELCOGRAPH_TOKEN", "serve-test-token")
			args := append([]string{"serve", "--addr", "127.0.0.1:0", "--store", "memory://", "--no-bundled-data"}, tt.args...)
			base, stderr := startServe(t, args)

			req, _ := http.NewRequest("POST", base+"/graphql", strings.NewReader(`{"query":"mutation { removeSource(url: \"https://x.example/\") { articles } }"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Forwarded-For", "198.51.100.9")
			req.Header.Set("X-Request-Id", "proxy-id-1")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != 401 || resp.Header.Get("X-Request-Id") != "proxy-id-1" {
				t.Fatalf("status %d, X-Request-Id %q; want 401, proxy-id-1", resp.StatusCode, resp.Header.Get("X-Request-Id"))
			}

			type record struct {
				Msg, Client string
				RequestID   string `json:"request_id"`
				Status      int
			}
			var refused []record
			sc := bufio.NewScanner(strings.NewReader(stderr.String()))
			for sc.Scan() {
				var r record
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					t.Fatalf("log line is not JSON: %s", sc.Bytes())
				}
				if r.Msg == "refused" {
					refused = append(refused, r)
				}
			}
			want := []record{{Msg: "refused", Client: "198.51.100.9", RequestID: "proxy-id-1", Status: 401}}
			if diff := cmp.Diff(want, refused); diff != "" {
				t.Errorf("refused records (-want +got):\n%s\nlog:\n%s", diff, stderr.String())
			}
			if strings.Contains(stderr.String(), "serve-test-token") {
				t.Errorf("the log shows the token:\n%s", stderr.String())
			}
		})
	}
}

// startServe runs serve with args until the test ends and returns its base
// URL and its stderr.
func startServe(t *testing.T, args []string) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan int)
	go func() { done <- run(ctx, args, &out, &errOut) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d: %s", code, errOut.String())
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop")
		}
	})
	re := regexp.MustCompile(`serving (http://[0-9.:]+)/`)
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			return m[1], &errOut
		}
	}
	t.Fatalf("serve did not start: %s", errOut.String())
	return "", nil
}
