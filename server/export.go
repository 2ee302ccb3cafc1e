package server

import (
	"bufio"
	"fmt"
	"net/http"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/loaders"
)

// export serves GET /export?format=nquads|jsonld|graphml|csv[&source=URL]:
// the whole graph, or one source's quads, in the bytes `telcograph export`
// writes (csv as a zip of nodes.csv and edges.csv). The body is streamed; an
// error once it has started is logged, and the client sees a cut-off body.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = loaders.FormatNQuads
	}
	mediaType, fileName, ok := loaders.ExportType(format)
	if !ok {
		http.Error(w, fmt.Sprintf("unknown format %q (want %s)", format, strings.Join(loaders.ExportFormats(), ", ")), http.StatusBadRequest)
		return
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
	bw := bufio.NewWriterSize(w, 64<<10)
	err := loaders.Export(bw, format, quads)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		s.cfg.Logger.Error("export", "format", format, "source", source, "err", err)
	}
}
