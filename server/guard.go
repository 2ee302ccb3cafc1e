package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sync/atomic"
)

// guard is the HTTP side of the limits and of authentication for the
// GraphQL endpoint: it refuses bodies over MaxBodyBytes with 413, gives the
// request its execution deadline, reads its credentials, and lets the
// GraphQL layer choose the response status.
func (s *Server) guard(next http.Handler) http.Handler {
	lim := s.limits
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if status, msg := checkTransport(r); status != 0 {
			if status == http.StatusMethodNotAllowed {
				w.Header().Set("Allow", "GET, POST, OPTIONS")
			}
			writeError(w, status, CodeBadRequest, msg)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			if r.ContentLength > lim.MaxBodyBytes {
				s.tooLarge(w, r)
				return
			}
			b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, lim.MaxBodyBytes))
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				s.tooLarge(w, r)
				return
			}
			if err != nil {
				return // the client went away mid-body
			}
			r.Body = io.NopCloser(bytes.NewReader(b))
		}
		ctx, cancel := context.WithTimeout(r.Context(), lim.Timeout)
		defer cancel()
		st := &requestState{method: r.Method}
		st.auth, st.token = s.auth.check(r)
		st.role = s.auth.role(st.token)
		ctx = context.WithValue(ctx, stateKey{}, st)
		next.ServeHTTP(&statusWriter{ResponseWriter: w, st: st, ctx: ctx, limits: lim}, r.WithContext(ctx))
	})
}

func (s *Server) tooLarge(w http.ResponseWriter, r *http.Request) {
	s.audit.reject(w, r, http.StatusRequestEntityTooLarge, CodeLimit,
		fmt.Sprintf("the request body is over this server's limit of %d bytes", s.limits.MaxBodyBytes))
}

// checkTransport refuses, with a status and a message for the client, the
// requests that gqlgen's transports would answer with a bare "transport
// not supported" or with a message that names no parameter: only GET
// (with JSON variables and extensions) and POST of JSON carry GraphQL.
func checkTransport(r *http.Request) (int, string) {
	if r.Header.Get("Upgrade") != "" && (r.Method == http.MethodGet || r.Method == http.MethodPost) {
		return http.StatusBadRequest, "this endpoint does not upgrade connections (no WebSocket subscriptions); send queries by GET or POST"
	}
	switch r.Method {
	case http.MethodOptions, http.MethodHead:
	case http.MethodGet:
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			return http.StatusBadRequest, "the query string is not valid URL encoding"
		}
		for _, p := range []string{"variables", "extensions"} {
			var m map[string]any
			if v := q.Get(p); v != "" && json.Unmarshal([]byte(v), &m) != nil {
				return http.StatusBadRequest, "the " + p + " parameter is not a JSON object"
			}
		}
	case http.MethodPost:
		if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
			return http.StatusUnsupportedMediaType, "send the request body as JSON, with Content-Type: application/json"
		}
	default:
		return http.StatusMethodNotAllowed, "the GraphQL endpoint takes GET and POST requests"
	}
	return 0, ""
}

// writeError answers a request refused before GraphQL saw it, in the shape
// of a GraphQL response.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	m, _ := json.Marshal(msg)
	fmt.Fprintf(w, `{"errors":[{"message":%s,"extensions":{"code":%q}}]}`+"\n", m, code)
}

// requestState is what the HTTP guard and the GraphQL layer share about one
// request.
type requestState struct {
	method string
	auth   authResult
	token  string // the id of the request's token, with authOK
	role   Role   // the role of the request's token, with authOK
	// private is set by resolvers of review data: the answer must not
	// be kept by the response cache.
	private atomic.Bool
	status  int // the status to answer with instead of gqlgen's, if set
}

type stateKey struct{}

func stateOf(ctx context.Context) *requestState {
	st, _ := ctx.Value(stateKey{}).(*requestState)
	return st
}

func setStatus(ctx context.Context, code int) {
	if st := stateOf(ctx); st != nil {
		st.status = code
	}
}

// statusWriter answers with the status the GraphQL layer chose, when it
// chose one, instead of gqlgen's (which is 200 for errors it does not know).
type statusWriter struct {
	http.ResponseWriter
	st     *requestState
	ctx    context.Context
	limits Limits // for the message of a request out of time
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	if w.st.status != 0 {
		code = w.st.status
		if code == http.StatusUnprocessableEntity && w.Header().Get("Content-Type") == "application/graphql-response+json" {
			code = http.StatusBadRequest // GraphQL over HTTP: a request error
		}
		if code == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="telcograph"`)
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	if string(b) == "null" && errors.Is(w.ctx.Err(), context.DeadlineExceeded) {
		// gqlgen answers a bare null when the deadline passed before
		// execution began; say why instead.
		m, _ := json.Marshal(w.limits.timeoutMessage())
		_, err := fmt.Fprintf(w.ResponseWriter, `{"errors":[{"message":%s,"extensions":{"code":%q}}],"data":null}`, m, CodeLimit)
		return len(b), err
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
