package server

import (
	"context"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
)

// request is who sent one HTTP request and the id the logs know it by.
type request struct {
	id     string // X-Request-Id: a trusted proxy's, or made here
	client string // the client's address, the key of its rate-limit bucket
}

type requestKey struct{}

// requestOf returns the request ctx belongs to; the zero request outside
// an HTTP request.
func requestOf(ctx context.Context) request {
	r, _ := ctx.Value(requestKey{}).(request)
	return r
}

// proxies are the networks of the reverse proxies whose forwarding headers
// are believed (Config.TrustedProxies).
type proxies []netip.Prefix

func (p proxies) trust(a netip.Addr) bool {
	for _, n := range p {
		if n.Contains(a) {
			return true
		}
	}
	return false
}

// identify gives every request an id and finds its client, for the rate
// limit and the logs, and answers the id in X-Request-Id.
func (p proxies) identify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rq := p.requestOf(r)
		w.Header().Set("X-Request-Id", rq.id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestKey{}, rq)))
	})
}

// requestOf reads r's id and client. The client is the TCP peer, unless
// the peer is a trusted proxy: then it is the rightmost address of
// X-Forwarded-For (or of the for= parameters of Forwarded) that is not a
// trusted proxy, since every proxy appends the address it got the request
// from and only the hops added by trusted proxies are known to be true.
// When a request carries both headers and they name different clients,
// one of them is the client's own invention (a proxy writes one of them),
// so neither is believed and the peer is the client. X-Request-Id is taken
// from trusted proxies only, so that no client can pass itself off under
// another request's id.
func (p proxies) requestOf(r *http.Request) request {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	rq := request{client: host}
	peer, err := netip.ParseAddr(host)
	if err != nil || !p.trust(peer.Unmap()) {
		rq.id = newRequestID()
		return rq
	}
	peer = peer.Unmap()
	rq.client = peer.String()
	xff, fwd := r.Header.Values("X-Forwarded-For"), r.Header.Values("Forwarded")
	switch {
	case len(xff) > 0 && len(fwd) > 0:
		a, b := p.rightmostUntrusted(peer, forwardedFor(xff)), p.rightmostUntrusted(peer, forwardedParams(fwd))
		if a == b {
			rq.client = a.String()
		}
	case len(xff) > 0:
		rq.client = p.rightmostUntrusted(peer, forwardedFor(xff)).String()
	case len(fwd) > 0:
		rq.client = p.rightmostUntrusted(peer, forwardedParams(fwd)).String()
	}
	if id := r.Header.Get("X-Request-Id"); validRequestID(id) {
		rq.id = id
	} else {
		rq.id = newRequestID()
	}
	return rq
}

// rightmostUntrusted walks hops (the first hop leftmost, as proxies append
// them) from the right: the first address that is not a trusted proxy is
// the client. A hop that is not an address stops the walk, since nothing
// left of it can be believed: the client is then the last trusted hop. If
// every hop is trusted, the client is the leftmost.
func (p proxies) rightmostUntrusted(peer netip.Addr, hops []string) netip.Addr {
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, ok := parseNode(hops[i])
		if !ok {
			return client
		}
		client = a
		if !p.trust(a) {
			return a
		}
	}
	return client
}

// forwardedFor splits X-Forwarded-For lines into hops.
func forwardedFor(lines []string) []string {
	var hops []string
	for _, l := range lines {
		for h := range strings.SplitSeq(l, ",") {
			hops = append(hops, strings.TrimSpace(h))
		}
	}
	return hops
}

// forwardedParams returns the for= node of each element of Forwarded lines
// (RFC 7239 §4), "" for an element without one. Commas and semicolons
// inside quoted strings do not split.
func forwardedParams(lines []string) []string {
	var hops []string
	for _, l := range lines {
		for _, elem := range splitQuoted(l, ',') {
			node := ""
			for _, pair := range splitQuoted(elem, ';') {
				k, v, ok := strings.Cut(strings.TrimSpace(pair), "=")
				if ok && strings.EqualFold(strings.TrimSpace(k), "for") {
					node = strings.TrimSpace(v)
					if uq, err := strconv.Unquote(node); err == nil {
						node = uq
					}
				}
			}
			hops = append(hops, node)
		}
	}
	return hops
}

// splitQuoted splits s at sep outside double-quoted strings.
func splitQuoted(s string, sep byte) []string {
	var out []string
	quoted, start := false, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && quoted:
			i++
		case s[i] == '"':
			quoted = !quoted
		case s[i] == sep && !quoted:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// parseNode reads one hop: an IPv4 or IPv6 address, bracketed or not, with
// or without a port. "unknown" and obfuscated names (RFC 7239 §6) are not
// addresses.
func parseNode(s string) (netip.Addr, bool) {
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap(), true
	}
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		if a, err := netip.ParseAddr(s[1 : len(s)-1]); err == nil {
			return a.Unmap(), true
		}
	}
	return netip.Addr{}, false
}

// newRequestID is 16 hex digits from a random source: an id to find one
// request's log records by, not a secret.
func newRequestID() string {
	const hex = "0123456789abcdef"
	var b [16]byte
	v := rand.Uint64()
	for i := range b {
		b[i] = hex[v>>60]
		v <<= 4
	}
	return string(b[:])
}

// validRequestID accepts the ids proxies make (UUIDs, hex, base64url):
// 1 to 64 letters, digits and - _ . : so that no id can break a log line.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.:", c) >= 0) {
			return false
		}
	}
	return true
}
