package server

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/graph"
)

// cacheControl is the Cache-Control of every GET answer of /graphql and
// /export: a client or proxy may keep the answer but must ask again before
// using it, and the ETag makes asking cheap (304 Not Modified, no body)
// while the graph is unchanged.
const cacheControl = "no-cache"

// validators tags GET answers of /graphql and /export with an ETag naming
// the version of the graph that answered, and answers 304 Not Modified to a
// request whose If-None-Match names the current version. Any write (a load
// here, or another instance's write seen by a refresh) changes the version
// and so the tag. Versions count from zero in every process, so the tag
// also names the process (a random instance id): after a restart, or from
// another instance behind the same address, an old tag never matches and
// the client gets the whole answer. POST requests pass through untouched.
type validators struct {
	store    *graph.Store
	instance string
}

func newValidators(store *graph.Store) validators {
	b := make([]byte, 6)
	rand.Read(b) // never fails (crypto/rand)
	return validators{store: store, instance: hex.EncodeToString(b)}
}

// etag is the current tag. It is weak: two answers with the same tag say
// the same thing, but their bytes are not promised to be equal.
func (v validators) etag() string {
	return `W/"` + v.instance + "-" + strconv.FormatUint(v.store.Version(), 10) + `"`
}

// notModified answers 304 when the request's If-None-Match names etag.
// "*" is not honoured: it would also match a URL that has no answer (an
// unknown format), and answering it in full is always correct.
func notModified(w http.ResponseWriter, r *http.Request, etag string) bool {
	for _, t := range strings.Split(r.Header.Get("If-None-Match"), ",") {
		if opaque(strings.TrimSpace(t)) == opaque(etag) && opaque(etag) != "" {
			w.Header().Set("ETag", etag)
			w.WriteHeader(http.StatusNotModified)
			return true
		}
	}
	return false
}

// opaque is an entity tag without its weakness mark: If-None-Match compares
// tags weakly (RFC 9110 §13.1.2).
func opaque(tag string) string { return strings.TrimPrefix(tag, "W/") }

// export tags the answers of GET /export, which are streamed: the tag is
// set when a 200 starts. The tag is read before the export reads the graph,
// so an export that raced a write carries the older tag, which the next
// request no longer matches.
func (v validators) export(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		etag := v.etag()
		w.Header().Set("Cache-Control", cacheControl)
		if notModified(w, r, etag) {
			return
		}
		next.ServeHTTP(&taggingWriter{ResponseWriter: w, etag: etag}, r)
	})
}

// graphQL tags the answers of GET /graphql. A GraphQL answer is 200 also
// when it holds errors, some of them passing (a time limit, a database that
// went away), so the answer is held until it is complete and tagged only
// when it is a 200 without errors; the answer depends on Accept (the media
// type gqlgen picks), hence Vary.
func (v validators) graphQL(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		if r.Header.Get("Authorization") != "" {
			// What a token unlocks is no shared cache's to keep.
			h.Set("Cache-Control", "private, no-store")
			next.ServeHTTP(w, r)
			return
		}
		etag := v.etag()
		h.Set("Cache-Control", cacheControl)
		h.Add("Vary", "Accept")
		if notModified(w, r, etag) {
			return
		}
		held := &heldWriter{ResponseWriter: w}
		next.ServeHTTP(held, r)
		if held.status == 0 {
			held.status = http.StatusOK
		}
		if held.status == http.StatusOK && !bytes.Contains(held.body.Bytes(), []byte(`"errors"`)) {
			h.Set("ETag", etag)
		}
		w.WriteHeader(held.status)
		w.Write(held.body.Bytes())
	})
}

// taggingWriter sets the ETag when a 200 answer starts.
type taggingWriter struct {
	http.ResponseWriter
	etag  string
	wrote bool
}

func (t *taggingWriter) WriteHeader(code int) {
	if !t.wrote && code == http.StatusOK {
		t.Header().Set("ETag", t.etag)
	}
	t.wrote = true
	t.ResponseWriter.WriteHeader(code)
}

func (t *taggingWriter) Write(p []byte) (int, error) {
	if !t.wrote {
		t.WriteHeader(http.StatusOK)
	}
	return t.ResponseWriter.Write(p)
}

// heldWriter keeps an answer's status and body until the handler is done;
// headers go straight to the real writer's map.
type heldWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (h *heldWriter) WriteHeader(code int) {
	if h.status == 0 {
		h.status = code
	}
}

func (h *heldWriter) Write(p []byte) (int, error) {
	if h.status == 0 {
		h.status = http.StatusOK
	}
	return h.body.Write(p)
}
