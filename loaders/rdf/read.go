package rdf

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// maxProblems bounds how many problems one RDF file reports; the rest are
// summarised in one line.
const maxProblems = 100

// FormatOf is the RDF format a file name's extension names: FormatNQuads
// for .nq and .nquads, FormatJSONLD for .jsonld, "" for any other.
func FormatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".nq", ".nquads":
		return FormatNQuads
	case ".jsonld":
		return FormatJSONLD
	}
	return ""
}

// ReadOptions control Read.
type ReadOptions struct {
	// Format is FormatNQuads or FormatJSONLD; "" takes the one the file
	// name's extension names (see FormatOf).
	Format string
	// Progress, when set, is told how many bytes of data have been parsed
	// so far, as the parser goes; nil is fine.
	Progress func(read int)
}

// Read reads an N-Quads or JSON-LD file as ReadNQuads or ReadJSONLD do.
func Read(name string, data []byte, opt ReadOptions) ([]schema.Source, error) {
	format := opt.Format
	if format == "" {
		format = FormatOf(name)
	}
	switch format {
	case FormatNQuads:
		return readNQuads(name, data, opt.Progress)
	case FormatJSONLD:
		return readJSONLD(name, data, opt.Progress)
	}
	if opt.Format != "" {
		return nil, fmt.Errorf("rdf: %s: unknown RDF format %q (want %s or %s): %w", name, opt.Format, FormatNQuads, FormatJSONLD, schema.ErrInvalid)
	}
	return nil, fmt.Errorf("rdf: %s: not an RDF file (want .nq, .nquads or .jsonld): %w", name, schema.ErrInvalid)
}

// ReadNQuads parses an N-Quads document into its sources, sorted by source
// IRI, each source's quads sorted by their N-Quads form and without
// duplicates. name is the file name used in messages.
//
// Every quad must name its source as its fourth term (the quad label of
// docs/design.md §2): an http or https IRI, outside schema.ReservedNS and
// schema.GenIDNS; the object of prov:wasDerivedFrom, a statement's source,
// must be one too. Every problem is reported as a Problem with its line; on
// any problem no source is returned. Typed literals of the XSD number,
// boolean and dateTime types come back as cayleygraph/quad's native values
// (quad.Int, quad.Float, ...), as Cayley stores them.
//
// Blank nodes come back as IRIs under schema.GenIDNS, and every relation
// edge that its source does not state gets a statement node derived from
// the label (see import.go), so the API shows what the file says and a
// second read of an export changes nothing.
func ReadNQuads(name string, data []byte) ([]schema.Source, error) {
	return readNQuads(name, data, nil)
}

func readNQuads(name string, data []byte, progress func(read int)) ([]schema.Source, error) {
	return readNQuadsChunks(name, data, 0, progress)
}

// readNQuadsChunks is readNQuads parsing data in chunks parts (0: one per
// core; see parseChunks).
func readNQuadsChunks(name string, data []byte, chunks int, progress func(read int)) ([]schema.Source, error) {
	qs, problems := parseChunks(name, data, chunks, progress)
	if len(problems) > 0 {
		return nil, problems
	}
	return groupBySource(withProvenance(qs)), nil
}

// interner shares the IRIs of a file's quads (blank nodes are IRIs by
// then: skolemise): one copy of each, boxed once, instead of one per quad
// that names it, each holding on to its whole line. A subject is named by
// every quad about it and a predicate by thousands; at 10^7 quads the
// copies were most of a load's memory.
type interner map[string]quad.Value

func (in interner) quad(q quad.Quad) quad.Quad {
	q.Subject, q.Predicate, q.Object, q.Label = in.value(q.Subject), in.value(q.Predicate), in.value(q.Object), in.value(q.Label)
	return q
}

func (in interner) value(v quad.Value) quad.Value {
	iri, ok := v.(quad.IRI)
	if !ok {
		return v
	}
	if w, ok := in[string(iri)]; ok {
		return w
	}
	s := strings.Clone(string(iri))
	w := quad.Value(quad.IRI(s))
	in[s] = w
	return w
}

// parseNQuad parses one N-Quads statement. The parser is generated code that
// panics on a few malformed escapes; a panic is reported as a syntax error.
func parseNQuad(line string) (q quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("syntax error: %v", r)
		}
	}()
	q, err = nquads.Parse(line)
	if err != nil {
		return q, fmt.Errorf("syntax error: %w", err)
	}
	return q, nil
}

// ReadJSONLD parses a JSON-LD document into its sources, like ReadNQuads
// (the same checks, blank nodes and derived statements): each named graph
// is a source, and a triple in the default graph is a problem. The JSON-LD
// processor names blank nodes b0, b1, ... in document order, and those are
// the ids their IRIs carry. Remote contexts ("@context": "https://...", "@import") are
// refused, so reading never touches the network; use an inline context.
//
// JSON syntax errors are reported at their line. JSON-LD has no line per
// quad, so a problem with a quad is reported at the first line that spells
// its graph name or, for the default graph, its subject (line 1 if none).
func ReadJSONLD(name string, data []byte) ([]schema.Source, error) {
	return readJSONLD(name, data, nil)
}

func readJSONLD(name string, data []byte, progress func(read int)) ([]schema.Source, error) {
	p := &loaders.Collector{File: name}
	dec := json.NewDecoder(&loaders.ProgressReader{R: bytes.NewReader(data), Progress: progress})
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		p.Add(jsonErrorLine(data, err, dec), "%s", jsonErrorMsg(err))
		return nil, p.Err()
	}
	if _, err := dec.Token(); err != io.EOF {
		p.Add(lineAt(data, int(dec.InputOffset())), "data after the JSON-LD document")
		return nil, p.Err()
	}
	if key, line := remoteContext(doc, data); key != "" {
		p.Add(line, "%s: remote contexts are not supported (inline the context)", key)
		return nil, p.Err()
	}
	qs, err := jsonLDQuads(doc)
	if err != nil {
		p.Add(1, "json-ld: %v", err)
		return nil, p.Err()
	}
	sort.Sort(quad.ByQuadString(qs))
	for _, q := range qs {
		if len(p.Problems) >= maxProblems {
			p.Add(1, "too many problems; stopping")
			break
		}
		if msg := checkQuad(q); msg != "" {
			where := q.Subject
			if q.Label != nil {
				where = q.Label
			}
			p.Add(lineOf(data, where), "%s", msg)
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	for i := range qs {
		qs[i] = skolemise(qs[i])
	}
	return groupBySource(withProvenance(qs)), nil
}

// jsonLDQuads converts a decoded JSON-LD document to quads with
// cayleygraph/quad's reader, turning a panic of the JSON-LD processor on
// hostile input into an error. The processor names blank nodes "_:b0",
// "_:b1", ... in document order, prefix included; the prefix is dropped, as
// the N-Quads reader drops it.
func jsonLDQuads(doc any) (qs []quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	r := jsonld.NewReaderFromMap(doc)
	defer r.Close()
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return qs, nil
		} else if err != nil {
			return nil, err
		}
		for _, v := range []*quad.Value{&q.Subject, &q.Object} {
			if b, ok := (*v).(quad.BNode); ok {
				*v = quad.BNode(strings.TrimPrefix(string(b), "_:"))
			}
		}
		qs = append(qs, q)
	}
}

// remoteContext finds the first key that would make a JSON-LD processor
// fetch a document: an "@context" given as a string (or a list holding one),
// or an "@import". It returns "" when there is none.
func remoteContext(v any, data []byte) (key string, line int) {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			switch {
			case k == "@import":
				return k, lineOf(data, quad.String(k))
			case k == "@context" && holdsString(v[k]):
				return k, lineOf(data, quad.String(k))
			}
			if key, line := remoteContext(v[k], data); key != "" {
				return key, line
			}
		}
	case []any:
		for _, x := range v {
			if key, line := remoteContext(x, data); key != "" {
				return key, line
			}
		}
	}
	return "", 0
}

func holdsString(v any) bool {
	switch v := v.(type) {
	case string:
		return true
	case []any:
		for _, x := range v {
			if _, ok := x.(string); ok {
				return true
			}
		}
	}
	return false
}

// checkQuad says what is wrong with a quad read from RDF ("" if nothing).
func checkQuad(q quad.Quad) string {
	switch {
	case q.Label == nil:
		return fmt.Sprintf("quad %s has no label: the fourth term must be its source IRI", tripleString(q))
	case !isAbsoluteIRI(q.Label):
		return fmt.Sprintf("label %s of quad %s is not an absolute IRI", q.Label, tripleString(q))
	case schema.IsReserved(q.Label.(quad.IRI)):
		return fmt.Sprintf("label %s of quad %s is reserved for telcograph's own bookkeeping, not a source", q.Label, tripleString(q))
	case !isWebAddress(q.Label):
		return fmt.Sprintf("label %s of quad %s is not a web address: only http and https sources are accepted", q.Label, tripleString(q))
	case !q.IsValid():
		return fmt.Sprintf("quad %s is incomplete", tripleString(q))
	}
	switch q.Subject.(type) {
	case quad.IRI, quad.BNode:
	default:
		return fmt.Sprintf("subject %s of quad %s is not an IRI or a blank node", q.Subject, tripleString(q))
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return fmt.Sprintf("predicate %s of quad %s is not an IRI", q.Predicate, tripleString(q))
	}
	// An IRI must be absolute (RDF 1.1 Concepts §3.2): a relative one has
	// no meaning of its own, and JSON-LD would read it back against the
	// export's context ("xsd" as the XSD namespace).
	for _, t := range []struct {
		role string
		v    quad.Value
	}{{"subject", q.Subject}, {"predicate", q.Predicate}, {"object", q.Object}} {
		if ts, ok := t.v.(quad.TypedString); ok {
			t.role, t.v = "datatype of the object", ts.Type
		}
		if iri, ok := t.v.(quad.IRI); ok && !isAbsoluteIRI(iri) {
			return fmt.Sprintf("%s %s of quad %s is not an absolute IRI", t.role, iri, tripleString(q))
		}
	}
	if q.Predicate == schema.WasDerivedFrom && !isWebAddress(q.Object) {
		return fmt.Sprintf("source %s of quad %s is not a web address: only http and https sources are accepted", q.Object, tripleString(q))
	}
	return ""
}

func tripleString(q quad.Quad) string {
	s := func(v quad.Value) string {
		if v == nil {
			return "?"
		}
		return v.String()
	}
	return s(q.Subject) + " " + s(q.Predicate) + " " + s(q.Object)
}

// isAbsoluteIRI reports whether v is an IRI with a scheme (RFC 3987: ALPHA
// *( ALPHA / DIGIT / "+" / "-" / "." ) ":"), something after it, and none
// of the characters an IRI may not hold.
func isAbsoluteIRI(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	if !ok {
		return false
	}
	s := string(iri)
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || scheme == "" || rest == "" {
		return false
	}
	for i, c := range scheme {
		alpha := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !alpha && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	for _, c := range s {
		if c <= ' ' || strings.ContainsRune("<>\"{}|^`\\", c) || c == utf8.RuneError {
			return false
		}
	}
	return true
}

// groupBySource splits valid quads by label, sorted and without duplicates:
// sources in label order, each source's quads in quad.ByQuadString's order.
// It groups first and sorts each group with compareQuads, which orders as
// ByQuadString does without making each value's string on every comparison
// (sorting 10^6 quads by ByQuadString was a fifth of a load's time).
func groupBySource(qs []quad.Quad) []schema.Source {
	by := make(map[quad.IRI][]quad.Quad)
	for _, q := range qs {
		l := q.Label.(quad.IRI)
		by[l] = append(by[l], q)
	}
	labels := make([]quad.IRI, 0, len(by))
	for l := range by {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	out := make([]schema.Source, 0, len(labels))
	for _, l := range labels {
		g := by[l]
		slices.SortFunc(g, compareQuads)
		g = slices.CompactFunc(g, func(a, b quad.Quad) bool { return compareQuads(a, b) == 0 })
		out = append(out, schema.Source{IRI: l, Quads: g})
	}
	return out
}

// compareQuads orders quads as quad.ByQuadString does: by the N-Quads
// strings of subject, predicate, object and label.
func compareQuads(a, b quad.Quad) int {
	if c := compareValues(a.Subject, b.Subject); c != 0 {
		return c
	}
	if c := compareValues(a.Predicate, b.Predicate); c != 0 {
		return c
	}
	if c := compareValues(a.Object, b.Object); c != 0 {
		return c
	}
	return compareValues(a.Label, b.Label)
}

// compareValues compares quad.StringOf(a) with quad.StringOf(b). Two IRIs,
// the common case, are compared as "<"+a+">" and "<"+b+">" without making
// either; any other pair through their strings.
func compareValues(a, b quad.Value) int {
	if x, ok := a.(quad.IRI); ok {
		if y, ok := b.(quad.IRI); ok {
			return compareEnclosed(string(x), string(y), '>')
		}
	}
	return strings.Compare(quad.StringOf(a), quad.StringOf(b))
}

// compareEnclosed compares x+end with y+end.
func compareEnclosed(x, y string, end byte) int {
	n := min(len(x), len(y))
	if c := strings.Compare(x[:n], y[:n]); c != 0 {
		return c
	}
	switch {
	case len(x) == len(y):
		return 0
	case len(x) < len(y):
		// x+end against y[n:]+end: end against y[n], and when they are
		// equal x+end is the shorter
		if end > y[n] {
			return 1
		}
		return -1
	default:
		// y+end against x[n:]+end: when end equals x[n], y+end is the shorter
		if x[n] >= end {
			return 1
		}
		return -1
	}
}

// jsonErrorLine is the 1-based line of a JSON decoding error.
func jsonErrorLine(data []byte, err error, dec *json.Decoder) int {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return lineAt(data, int(se.Offset))
	case errors.As(err, &te):
		return lineAt(data, int(te.Offset))
	}
	return lineAt(data, int(dec.InputOffset()))
}

func jsonErrorMsg(err error) string {
	if err == io.EOF {
		return "empty file: want a JSON-LD document"
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "json: unexpected end of file"
	}
	return "json: " + err.Error()
}

// lineAt is the 1-based line of byte offset off.
func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// lineOf is the line of the first JSON string spelling v's IRI, blank node
// or string, and 1 when none does.
func lineOf(data []byte, v quad.Value) int {
	var s string
	switch v := v.(type) {
	case quad.IRI:
		s = string(v)
	case quad.BNode:
		s = v.String()
	case quad.String:
		s = string(v)
	default:
		return 1
	}
	b, err := json.Marshal(s)
	if err != nil {
		return 1
	}
	if i := bytes.Index(data, b); i >= 0 {
		return lineAt(data, i)
	}
	return 1
}
