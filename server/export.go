package server

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/loaders/rdf"
)

// export serves GET /export?format=nquads|jsonld|graphml|csv|csv-zip|history
// [&table=nodes|edges][&source=URL]: the whole graph, or one source's quads,
// in the bytes `telcograph export` writes. format=csv with a table is that
// one table as plain CSV (text/csv, what pandas.read_csv reads from a URL);
// csv without a table and csv-zip are a zip of nodes.csv and edges.csv, as
// csv always was. Answers carry an ETag and Cache-Control (httpcache.go).
//
// The body is streamed. An error once it has started is logged and the
// connection is cut, so that the client sees a broken transfer rather than a
// complete-looking short export under a valid ETag.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = rdf.FormatNQuads
	}
	table := q.Get("table")
	if format == curate.FormatHistory {
		s.exportHistory(w, r)
		return
	}
	mediaType, fileName, ok := rdf.ExportType(format)
	if !ok {
		http.Error(w, fmt.Sprintf("unknown format %q (want %s)", format, strings.Join(append(rdf.ExportFormats(), curate.FormatHistory), ", ")), http.StatusBadRequest)
		return
	}
	write := func(w io.Writer, quads []quad.Quad) error { return rdf.Export(w, format, quads) }
	if table != "" {
		if format != rdf.FormatCSV {
			http.Error(w, fmt.Sprintf("table applies to format=csv only, not %q", format), http.StatusBadRequest)
			return
		}
		if mediaType, fileName, ok = rdf.CSVTableType(table); !ok {
			http.Error(w, fmt.Sprintf("unknown table %q (want %s)", table, strings.Join(rdf.CSVTables(), ", ")), http.StatusBadRequest)
			return
		}
		write = func(w io.Writer, quads []quad.Quad) error { return rdf.WriteCSVTable(w, table, quads) }
	}
	source := q.Get("source")
	quads := s.store.Quads(r.Context(), quad.IRI(source))
	if source != "" && len(quads) == 0 {
		http.Error(w, fmt.Sprintf("no source %q", source), http.StatusNotFound)
		return
	}
	h := w.Header()
	h.Set("Content-Type", mediaType)
	h.Set("Content-Disposition", `attachment; filename="`+fileName+`"`)
	h.Set("X-Content-Type-Options", "nosniff")
	cw := &countingWriter{w: w}
	bw := bufio.NewWriterSize(cw, 64<<10)
	err := write(bw, quads)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		return
	}
	s.cfg.Logger.Error("export", "format", format, "table", table, "source", source, "err", err)
	if cw.n == 0 {
		h.Del("Content-Disposition")
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	panic(http.ErrAbortHandler)
}

// exportHistory serves GET /export?format=history: every history event as
// JSON Lines (application/jsonl), oldest first, for a token of any role, as
// the history query needs.
func (s *Server) exportHistory(w http.ResponseWriter, r *http.Request) {
	res, id := s.auth.check(r)
	switch {
	case res == authDisabled:
		s.audit.reject(w, r, http.StatusForbidden, CodeForbidden, "the history is disabled: the server was started without a token")
		return
	case res != authOK || s.auth.role(id) < RoleReader:
		s.audit.reject(w, r, http.StatusUnauthorized, CodeUnauthorized, "the history needs an Authorization: Bearer <token> header (a token of the reader role or higher)")
		return
	}
	es, err := curate.History(r.Context(), s.store, curate.HistoryFilter{})
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/jsonl")
	h.Set("Content-Disposition", `attachment; filename="history.jsonl"`)
	h.Set("Cache-Control", "private, no-store")
	h.Del("ETag")
	if err := curate.WriteHistory(w, es); err != nil {
		s.cfg.Logger.Error("export", "format", curate.FormatHistory, "err", err)
		panic(http.ErrAbortHandler)
	}
}

// countingWriter counts the bytes that reached the client.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
