package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
)

// proxyNets are the trusted proxies of the tests below.
var proxyNets = []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8:a::/48")}

// fromPeer is a query sent by the TCP peer peer with the given headers.
func fromPeer(peer string, header ...string) *http.Request {
	req := secPost(`{ __typename }`, nil, header...)
	req.RemoteAddr = peer
	return req
}

// TestClientBehindProxy sends each request twice to a server that allows
// one request per client: the second is refused with a message naming the
// client the server settled on.
func TestClientBehindProxy(t *testing.T) {
	store := newStore(t)
	tests := []struct {
		name   string
		req    func() *http.Request
		client string
	}{
		{"trusted peer, X-Forwarded-For", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "X-Forwarded-For", "198.51.100.1")
		}, "198.51.100.1"},
		{"trusted peer, rightmost untrusted hop", func() *http.Request {
			// The client wrote 203.0.113.66 itself; the outer proxy added
			// 198.51.100.7, the inner one 10.1.1.1.
			return fromPeer("10.0.0.5:4000", "X-Forwarded-For", "203.0.113.66, 198.51.100.7, 10.1.1.1")
		}, "198.51.100.7"},
		{"trusted peer, hops over two header lines", func() *http.Request {
			req := fromPeer("10.0.0.5:4000", "X-Forwarded-For", "203.0.113.66")
			req.Header.Add("X-Forwarded-For", "198.51.100.8")
			return req
		}, "198.51.100.8"},
		{"trusted peer, every hop trusted", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "X-Forwarded-For", "10.9.9.9, 10.1.1.1")
		}, "10.9.9.9"},
		{"trusted peer, a hop that is not an address", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "X-Forwarded-For", "198.51.100.1, garbage, 10.1.1.1")
		}, "10.1.1.1"},
		{"trusted peer, Forwarded", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "Forwarded", `for=203.0.113.66;proto=https, for="[2001:db8:cafe::17]:4711";by=10.0.0.5`)
		}, "2001:db8:cafe::17"},
		{"trusted peer, Forwarded with a quoted comma", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "Forwarded", `for="198.51.100.3";x="a,b"`)
		}, "198.51.100.3"},
		{"trusted peer, Forwarded unknown", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "Forwarded", `for=unknown`)
		}, "10.0.0.5"},
		{"trusted peer, both headers agree", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "X-Forwarded-For", "198.51.100.4", "Forwarded", "for=198.51.100.4")
		}, "198.51.100.4"},
		{"trusted peer, both headers disagree", func() *http.Request {
			return fromPeer("10.0.0.5:4000", "X-Forwarded-For", "198.51.100.4", "Forwarded", "for=203.0.113.1")
		}, "10.0.0.5"},
		{"trusted IPv6 peer", func() *http.Request {
			return fromPeer("[2001:db8:a::1]:4000", "X-Forwarded-For", "198.51.100.5")
		}, "198.51.100.5"},
		{"trusted peer as IPv4-mapped IPv6", func() *http.Request {
			return fromPeer("[::ffff:10.0.0.5]:4000", "X-Forwarded-For", "198.51.100.6")
		}, "198.51.100.6"},
		{"untrusted peer, spoofed X-Forwarded-For", func() *http.Request {
			return fromPeer("192.0.2.9:4000", "X-Forwarded-For", "198.51.100.1")
		}, "192.0.2.9"},
		{"untrusted peer, spoofed Forwarded", func() *http.Request {
			return fromPeer("192.0.2.9:4000", "Forwarded", "for=198.51.100.1")
		}, "192.0.2.9"},
		{"untrusted IPv6 peer", func() *http.Request {
			return fromPeer("[2001:db8:b::1]:4000", "X-Forwarded-For", "198.51.100.1")
		}, "2001:db8:b::1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := server.New(store, server.Config{RateLimit: 0.001, RateBurst: 1, TrustedProxies: proxyNets, Logger: discard})
			if got, _, rec := secDo(t, h, tt.req()); got.Status != 200 {
				t.Fatalf("first request: %+v %s", got, rec.Body)
			}
			got, resp, _ := secDo(t, h, tt.req())
			want := "too many requests from " + tt.client + "; retry in 1000 seconds"
			if got.Status != 429 || len(resp.Errors) != 1 || resp.Errors[0].Message != want {
				t.Errorf("second request: %+v %+v, want 429 %q", got, resp.Errors, want)
			}
		})
	}
}

// TestRateLimitBehindProxy checks the buckets themselves: behind a trusted
// proxy two forwarded clients have one each; from an untrusted peer, a
// header naming another client changes nothing.
func TestRateLimitBehindProxy(t *testing.T) {
	store := newStore(t)
	tests := []struct {
		name    string
		trusted []netip.Prefix
		want    []int
	}{
		{"trusted proxy", proxyNets, []int{200, 200, 429, 429}},
		{"no trusted proxy", nil, []int{200, 429, 429, 429}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := server.New(store, server.Config{RateLimit: 0.001, RateBurst: 1, TrustedProxies: tt.trusted, Logger: discard})
			var got []int
			for _, client := range []string{"198.51.100.1", "198.51.100.2", "198.51.100.1", "198.51.100.2"} {
				res, _, _ := secDo(t, h, fromPeer("10.0.0.5:4000", "X-Forwarded-For", client))
				got = append(got, res.Status)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("statuses (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRequestID checks that every answer carries an X-Request-Id, that
// ids differ, and that a request's own id is kept only from a trusted
// proxy and only when it is a plain token.
func TestRequestID(t *testing.T) {
	h := server.New(newStore(t), server.Config{TrustedProxies: proxyNets})
	tests := []struct {
		name string
		req  *http.Request
		want string // "" for an id made by the server
	}{
		{"no id", fromPeer("192.0.2.9:1"), ""},
		{"id from an untrusted peer", fromPeer("192.0.2.9:1", "X-Request-Id", "mine-123"), ""},
		{"id from a trusted proxy", fromPeer("10.0.0.5:1", "X-Request-Id", "3f2a-Proxy_id.7:1"), "3f2a-Proxy_id.7:1"},
		{"id with a space from a trusted proxy", fromPeer("10.0.0.5:1", "X-Request-Id", "a b"), ""},
		{"overlong id from a trusted proxy", fromPeer("10.0.0.5:1", "X-Request-Id", strings.Repeat("a", 65)), ""},
		{"health check", func() *http.Request { r := httptest.NewRequest("GET", "/healthz", nil); return r }(), ""},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, tt.req)
			id := rec.Header().Get("X-Request-Id")
			switch {
			case tt.want != "" && id != tt.want:
				t.Errorf("X-Request-Id %q, want %q", id, tt.want)
			case tt.want == "" && (len(id) != 16 || strings.Trim(id, "0123456789abcdef") != ""):
				t.Errorf("X-Request-Id %q, want 16 hex digits made by the server", id)
			case seen[id]:
				t.Errorf("X-Request-Id %q given twice", id)
			}
			seen[id] = true
			if !json.Valid(rec.Body.Bytes()) {
				t.Errorf("answer is not JSON: %s", rec.Body)
			}
		})
	}
}
