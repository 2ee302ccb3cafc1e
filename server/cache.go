package server

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"io"
	"net/http"
	"sync"

	"github.com/telcograph/telcograph/graph"
)

// maxCachedBytes caps one cached answer; larger answers are not kept.
const maxCachedBytes = 256 << 10

// responseCache keeps whole answers to read-only GraphQL requests, keyed by
// the request's method, query string, body and Accept header, and valid for
// one version of the graph: any write (a load here, or another instance's
// write seen by a refresh) makes every entry stale. A knowledge graph is read
// far more often than it is written; a repeated question is answered without
// running it again. Documents that mention "mutation" anywhere, requests
// with an Authorization header, answers that read the review queue or the
// history, answers with errors and answers other than 200 are never kept.
type responseCache struct {
	store *graph.Store
	max   int

	mu      sync.Mutex
	lru     *list.List // of *cached, most recent first
	entries map[[32]byte]*list.Element
}

type cached struct {
	key         [32]byte
	version     uint64
	contentType string
	body        []byte
}

func newResponseCache(store *graph.Store, entries int) *responseCache {
	return &responseCache{store: store, max: entries, lru: list.New(), entries: make(map[[32]byte]*list.Element)}
}

func (c *responseCache) get(key [32]byte, version uint64) (*cached, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	e := el.Value.(*cached)
	if e.version != version {
		c.lru.Remove(el)
		delete(c.entries, key)
		return nil, false
	}
	c.lru.MoveToFront(el)
	return e, true
}

func (c *responseCache) put(e *cached) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[e.key]; ok {
		c.lru.Remove(el)
	}
	c.entries[e.key] = c.lru.PushFront(e)
	for c.lru.Len() > c.max {
		old := c.lru.Back()
		c.lru.Remove(old)
		delete(c.entries, old.Value.(*cached).key)
	}
}

// middleware answers from the cache when it can and fills it otherwise.
func (c *responseCache) middleware(next http.Handler) http.Handler {
	if c == nil || c.max <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		// An answer to a request with credentials may hold what only they
		// unlock (the review queue); it is never kept, nor served from the
		// cache.
		if err != nil || r.Header.Get("Authorization") != "" ||
			bytes.Contains(body, []byte("mutation")) || bytes.Contains([]byte(r.URL.RawQuery), []byte("mutation")) {
			next.ServeHTTP(w, r)
			return
		}
		h := sha256.New()
		for _, part := range [][]byte{[]byte(r.Method), []byte(r.URL.RawQuery), body, []byte(r.Header.Get("Accept"))} {
			h.Write(part)
			h.Write([]byte{0})
		}
		var key [32]byte
		h.Sum(key[:0])
		version := c.store.Version()
		if e, ok := c.get(key, version); ok {
			w.Header().Set("Content-Type", e.contentType)
			w.Header().Set("X-Cache", "hit")
			w.Write(e.body)
			return
		}
		rec := &teeWriter{recordWriter: recordWriter{ResponseWriter: w, status: http.StatusOK}}
		next.ServeHTTP(rec, r)
		if st := stateOf(r.Context()); st != nil && st.private.Load() {
			return
		}
		if rec.status == http.StatusOK && !rec.overflow && !bytes.Contains(rec.buf.Bytes(), []byte(`"errors"`)) &&
			c.store.Version() == version {
			c.put(&cached{key: key, version: version, contentType: rec.Header().Get("Content-Type"), body: rec.buf.Bytes()})
		}
	})
}

// teeWriter passes a response through and keeps a copy of its body, up to
// maxCachedBytes.
type teeWriter struct {
	recordWriter
	buf      bytes.Buffer
	overflow bool
}

func (t *teeWriter) Write(p []byte) (int, error) {
	if !t.overflow {
		if t.buf.Len()+len(p) > maxCachedBytes {
			t.overflow = true
			t.buf = bytes.Buffer{}
		} else {
			t.buf.Write(p)
		}
	}
	return t.ResponseWriter.Write(p)
}
