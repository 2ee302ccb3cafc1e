package server

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// postJSON is gqlgen's POST transport (GraphQL over HTTP, JSON body) with a
// leaner way of writing the answer. gqlgen's writes a response with
// json.Marshal, which re-reads the whole data object it has just written
// (json.RawMessage is compacted and checked byte by byte): for a members
// page that was a fifth of the handler's time. postJSON writes the data
// object as gqlgen wrote it, escaping <, >, &, U+2028 and U+2029 as
// json.Marshal does, so the bytes on the wire are the same (transport_test.go
// checks them against json.Marshal).
//
// Only the path of a request that reaches the executor is its own: a body
// that cannot be read or decoded goes to gqlgen's POST, which answers it as
// before.
type postJSON struct {
	transport.POST
}

var _ graphql.Transport = postJSON{}

func (t postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		r.Body = io.NopCloser(failingReader{err})
		t.POST.Do(w, r, exec)
		return
	}
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		t.POST.Do(w, r, exec)
		return
	}
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Set("Content-Type", contentType)
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		w.WriteHeader(statusForErrors(contentType, opErr))
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx))
}

// failingReader hands gqlgen's POST the error reading the body met.
type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) { return 0, f.err }

const graphQLResponseJSON = "application/graphql-response+json"

// responseContentType is the media type of the answer, as gqlgen's POST
// chooses it with no configured headers: application/json unless the
// client accepts only application/graphql-response+json, or names it before
// application/json.
func responseContentType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return "application/json"
	}
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case "*/*", "application/*", "application/json":
			return "application/json"
		case graphQLResponseJSON:
			return graphQLResponseJSON
		}
	}
	return graphQLResponseJSON
}

// statusForErrors is the status of a request the executor refused before
// running it: 422 (400 for application/graphql-response+json) for a
// protocol error, 200 otherwise, as gqlgen's POST answers.
func statusForErrors(contentType string, errs gqlerror.List) int {
	if errcode.GetErrorKind(errs) != errcode.KindProtocol {
		return http.StatusOK
	}
	if contentType == graphQLResponseJSON {
		return http.StatusBadRequest
	}
	return http.StatusUnprocessableEntity
}

var responseBuffers = sync.Pool{New: func() any { return new([]byte) }}

// writeResponse writes resp as json.Marshal would.
func writeResponse(w io.Writer, resp *graphql.Response) {
	bp := responseBuffers.Get().(*[]byte)
	buf, err := appendResponse((*bp)[:0], resp)
	if err != nil {
		panic(err) // as gqlgen's writeJson: recoverHTTP answers 500
	}
	w.Write(buf)
	if cap(buf) <= 1<<20 {
		*bp = buf
		responseBuffers.Put(bp)
	}
}

// appendResponse appends resp's JSON to dst: byte for byte what
// json.Marshal(resp) gives, without re-reading the data gqlgen wrote except
// to escape what json.Marshal escapes.
func appendResponse(dst []byte, resp *graphql.Response) ([]byte, error) {
	if resp == nil {
		// the executor gives no response when the request's time ran out
		// before it began; gqlgen's POST writes null then
		return append(dst, "null"...), nil
	}
	if resp.Label != "" || resp.Path != nil || resp.HasNext != nil {
		// incremental delivery, which this transport never produces
		b, err := json.Marshal(resp)
		return append(dst, b...), err
	}
	dst = append(dst, '{')
	if len(resp.Errors) > 0 {
		b, err := json.Marshal(resp.Errors)
		if err != nil {
			return dst, err
		}
		dst = append(append(append(dst, `"errors":`...), b...), ',')
	}
	dst = append(dst, `"data":`...)
	if resp.Data == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendEscaped(dst, resp.Data)
	}
	if len(resp.Extensions) > 0 {
		b, err := json.Marshal(resp.Extensions)
		if err != nil {
			return dst, err
		}
		dst = append(append(dst, `,"extensions":`...), b...)
	}
	return append(dst, '}'), nil
}

// appendEscaped appends the JSON text src, escaping <, > and & as \u003c,
// \u003e and \u0026 and the line and paragraph separators as \u2028 and
// \u2029, as encoding/json does by default. None of them can stand outside
// a string in JSON, so no parsing is needed.
func appendEscaped(dst, src []byte) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '<' || c == '>' || c == '&' {
				dst = append(dst, src[start:i]...)
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
				start = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
			start = i + size
		}
		i += size
	}
	return append(dst, src[start:]...)
}
