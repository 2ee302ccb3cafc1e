package rdf

// RDF export: N-Quads and JSON-LD, every quad with its label, in the same
// bytes for the same quads.

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/schema"
)

// Export formats, as accepted by Export.
const (
	FormatNQuads  = "nquads"
	FormatJSONLD  = "jsonld"
	FormatGraphML = "graphml"
	FormatCSV     = "csv"
	// FormatCSVZip is FormatCSV by a name that says what it writes: a zip
	// of nodes.csv and edges.csv. One plain table is WriteCSVTable's.
	FormatCSVZip = "csv-zip"
)

// ExportFormats lists the formats Export writes.
func ExportFormats() []string {
	return []string{FormatNQuads, FormatJSONLD, FormatGraphML, FormatCSV, FormatCSVZip}
}

// ExportType returns the media type of an export format and the file name
// an export in it is saved under, and false for an unknown format.
func ExportType(format string) (mediaType, fileName string, ok bool) {
	switch format {
	case FormatNQuads:
		return "application/n-quads", "telcograph.nq", true
	case FormatJSONLD:
		return "application/ld+json", "telcograph.jsonld", true
	case FormatGraphML:
		return "application/graphml+xml", "telcograph.graphml", true
	case FormatCSV, FormatCSVZip:
		return "application/zip", "telcograph-csv.zip", true
	}
	return "", "", false
}

// Export writes quads to w in format: N-Quads or JSON-LD (every quad, label
// kept), GraphML or CSV (the property graph, see WriteGraphML and WriteCSV;
// csv and csv-zip both as a zip of nodes.csv and edges.csv). The same quads
// always give the same bytes. An unknown format is an error wrapping
// schema.ErrInvalid.
func Export(w io.Writer, format string, quads []quad.Quad) error {
	switch format {
	case FormatNQuads:
		return WriteNQuads(w, quads)
	case FormatJSONLD:
		return WriteJSONLD(w, quads)
	case FormatGraphML:
		return WriteGraphML(w, quads)
	case FormatCSV, FormatCSVZip:
		return WriteCSVZip(w, quads)
	}
	return fmt.Errorf("loaders: export: unknown format %q (want %s): %w", format, strings.Join(ExportFormats(), ", "), schema.ErrInvalid)
}

// WriteNQuads writes quads as N-Quads, one line each, in the given order.
// A datatype is always a full IRI (see fullType), so a number reads back
// the same from a memory store, where it is the literal it was written as,
// and from bolt, where it is Cayley's native value.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	enc := nquads.NewWriter(w)
	for _, q := range quads {
		q.Subject, q.Object = fullType(q.Subject), fullType(q.Object)
		if err := enc.WriteQuad(q); err != nil {
			return fmt.Errorf("loaders: write n-quads: quad %s: %w", q.NQuad(), err)
		}
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("loaders: write n-quads: %w", err)
	}
	return nil
}

// jsonLDContext names the vocabularies of docs/design.md §2, so the JSON-LD export
// reads "org:memberOf" rather than a full IRI; IRIs expand back unchanged.
func jsonLDContext() map[string]any {
	return map[string]any{
		"rdf":    schema.RDF,
		"rdfs":   schema.RDFS,
		"xsd":    schema.XSD,
		"org":    schema.ORG,
		"schema": schema.SDO,
		"prov":   schema.PROV,
		"tg":     schema.TG,
	}
}

// WriteJSONLD writes quads as one JSON-LD document, each source a named
// graph, compacted with prefixes for the project's vocabularies: an IRI
// reads "org:memberOf". If an IRI of the quads has a prefix's name as its
// scheme ("org:x" itself), JSON-LD cannot tell the two apart, and the
// document is written expanded, without a context.
func WriteJSONLD(w io.Writer, quads []quad.Quad) error {
	enc := jsonld.NewWriter(w)
	ctx := jsonLDContext()
	compact := true
	for i := range quads {
		q := &quads[i]
		for _, v := range []quad.Value{q.Subject, q.Predicate, fullType(q.Object), q.Label} {
			if ts, ok := v.(quad.TypedString); ok {
				v = ts.Type
			}
			if iri, ok := v.(quad.IRI); ok {
				if scheme, _, ok := strings.Cut(string(iri), ":"); ok && ctx[scheme] != nil {
					compact = false
				}
			}
		}
	}
	if compact {
		enc.SetLdContext(ctx)
	}
	for _, q := range quads {
		q.Subject, q.Object = fullType(q.Subject), fullType(q.Object)
		if err := enc.WriteQuad(q); err != nil {
			return fmt.Errorf("loaders: write json-ld: quad %s: %w", q.NQuad(), err)
		}
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("loaders: write json-ld: %w", err)
	}
	return nil
}

// fullType spells the datatype of a typed literal in full: Cayley's native
// values (quad.Int, quad.Time, ...) name theirs "xsd:integer", which the
// JSON-LD writer would pass on as an IRI with the scheme "xsd". A literal
// read from a file keeps its datatype as the file spells it: <xsd:0> is an
// IRI of the scheme "xsd", not a short name for the XSD namespace.
func fullType(v quad.Value) quad.Value {
	if ts, ok := v.(quad.TypedStringer); ok {
		t := ts.TypedString()
		t.Type = t.Type.Full()
		if b, ok := v.(quad.Bool); ok {
			// Cayley spells it "True", which xsd:boolean does not allow.
			t.Value = quad.String(strconv.FormatBool(bool(b)))
		}
		return t
	}
	return v
}
