package loaders

// RDF interchange: N-Quads and JSON-LD in and out (through cayleygraph/quad's
// codecs, keeping each quad's label, which is its source), and two property
// graph exports for tools that do not speak RDF, GraphML and CSV.

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/schema"
)

// maxProblems bounds how many problems one RDF file reports; the rest are
// summarised in one line.
const maxProblems = 100

// SourceQuads is the quads of one source: every quad whose label is Source.
type SourceQuads struct {
	Source quad.IRI
	Quads  []quad.Quad
}

// IsRDF reports whether the file name has an RDF extension ReadRDF reads:
// .nq, .nquads (N-Quads) or .jsonld (JSON-LD).
func IsRDF(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".nq", ".nquads", ".jsonld":
		return true
	}
	return false
}

// ReadRDF reads an N-Quads or JSON-LD file, chosen by its extension (see
// IsRDF), with ReadNQuads or ReadJSONLD.
func ReadRDF(name string, data []byte) ([]SourceQuads, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".nq", ".nquads":
		return ReadNQuads(name, data)
	case ".jsonld":
		return ReadJSONLD(name, data)
	}
	return nil, fmt.Errorf("loaders: %s: not an RDF file (want .nq, .nquads or .jsonld): %w", name, schema.ErrInvalid)
}

// ReadNQuads parses an N-Quads document into its sources, sorted by source
// IRI, each source's quads sorted by their N-Quads form and without
// duplicates. name is the file name used in messages.
//
// Every quad must name its source as its fourth term, an absolute IRI (the
// quad label of DESIGN §2). Every problem is reported as a Problem with its
// line; on any problem no source is returned. Typed literals of the XSD
// number, boolean and dateTime types come back as cayleygraph/quad's native
// values (quad.Int, quad.Float, ...), as Cayley stores them.
func ReadNQuads(name string, data []byte) ([]SourceQuads, error) {
	p := &problems{file: name}
	var qs []quad.Quad
	for n, line := range bytes.Split(data, []byte("\n")) {
		if len(p.list) >= maxProblems {
			p.add(n+1, "too many problems; stopping")
			break
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if !utf8.Valid(line) {
			p.add(n+1, "not UTF-8")
			continue
		}
		q, err := parseNQuad(string(line))
		if err != nil {
			p.add(n+1, "%v", err)
			continue
		}
		if msg := checkQuad(q); msg != "" {
			p.add(n+1, "%s", msg)
			continue
		}
		qs = append(qs, q)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return groupBySource(qs), nil
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

// ReadJSONLD parses a JSON-LD document into its sources, like ReadNQuads:
// each named graph is a source, and a triple in the default graph is a
// problem. Remote contexts ("@context": "https://...", "@import") are
// refused, so reading never touches the network; use an inline context.
//
// JSON syntax errors are reported at their line. JSON-LD has no line per
// quad, so a problem with a quad is reported at the first line that spells
// its graph name or, for the default graph, its subject (line 1 if none).
func ReadJSONLD(name string, data []byte) ([]SourceQuads, error) {
	p := &problems{file: name}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		p.add(jsonErrorLine(data, err, dec), "%s", jsonErrorMsg(err))
		return nil, p.err()
	}
	if _, err := dec.Token(); err != io.EOF {
		p.add(lineAt(data, int(dec.InputOffset())), "data after the JSON-LD document")
		return nil, p.err()
	}
	if key, line := remoteContext(doc, data); key != "" {
		p.add(line, "%s: remote contexts are not supported (inline the context)", key)
		return nil, p.err()
	}
	qs, err := jsonLDQuads(doc)
	if err != nil {
		p.add(1, "json-ld: %v", err)
		return nil, p.err()
	}
	sort.Sort(quad.ByQuadString(qs))
	for _, q := range qs {
		if len(p.list) >= maxProblems {
			p.add(1, "too many problems; stopping")
			break
		}
		if msg := checkQuad(q); msg != "" {
			where := q.Subject
			if q.Label != nil {
				where = q.Label
			}
			p.add(lineOf(data, where), "%s", msg)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return groupBySource(qs), nil
}

// jsonLDQuads converts a decoded JSON-LD document to quads with
// cayleygraph/quad's reader, turning a panic of the JSON-LD processor on
// hostile input into an error.
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

// groupBySource splits valid quads by label, sorted and without duplicates.
func groupBySource(qs []quad.Quad) []SourceQuads {
	sort.Sort(quad.ByQuadString(qs))
	by := make(map[quad.IRI]*SourceQuads)
	var out []SourceQuads
	var order []quad.IRI
	seen := make(map[string]bool, len(qs))
	for _, q := range qs {
		k := q.NQuad()
		if seen[k] {
			continue
		}
		seen[k] = true
		l := q.Label.(quad.IRI)
		s := by[l]
		if s == nil {
			s = &SourceQuads{Source: l}
			by[l] = s
			order = append(order, l)
		}
		s.Quads = append(s.Quads, q)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	for _, l := range order {
		out = append(out, *by[l])
	}
	return out
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

// Export formats, as accepted by Export.
const (
	FormatNQuads  = "nquads"
	FormatJSONLD  = "jsonld"
	FormatGraphML = "graphml"
	FormatCSV     = "csv"
)

// ExportFormats lists the formats Export writes.
func ExportFormats() []string {
	return []string{FormatNQuads, FormatJSONLD, FormatGraphML, FormatCSV}
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
	case FormatCSV:
		return "application/zip", "telcograph-csv.zip", true
	}
	return "", "", false
}

// Export writes quads to w in format: N-Quads or JSON-LD (every quad, label
// kept), GraphML or CSV (the property graph, see WriteGraphML and WriteCSV;
// CSV as a zip of nodes.csv and edges.csv). The same quads always give the
// same bytes. An unknown format is an error wrapping schema.ErrInvalid.
func Export(w io.Writer, format string, quads []quad.Quad) error {
	switch format {
	case FormatNQuads:
		return WriteNQuads(w, quads)
	case FormatJSONLD:
		return WriteJSONLD(w, quads)
	case FormatGraphML:
		return WriteGraphML(w, quads)
	case FormatCSV:
		return WriteCSVZip(w, quads)
	}
	return fmt.Errorf("loaders: export: unknown format %q (want %s): %w", format, strings.Join(ExportFormats(), ", "), schema.ErrInvalid)
}

// WriteNQuads writes quads as N-Quads, one line each, in the given order.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	enc := nquads.NewWriter(w)
	if _, err := enc.WriteQuads(quads); err != nil {
		return fmt.Errorf("loaders: write n-quads: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("loaders: write n-quads: %w", err)
	}
	return nil
}

// jsonLDContext names the vocabularies of DESIGN §2, so the JSON-LD export
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
// JSON-LD writer would pass on as an IRI with the scheme "xsd".
func fullType(v quad.Value) quad.Value {
	if ts, ok := v.(quad.TypedStringer); ok {
		t := ts.TypedString()
		t.Type = t.Type.Full()
		return t
	}
	if t, ok := v.(quad.TypedString); ok {
		t.Type = t.Type.Full()
		return t
	}
	return v
}

// PGNode is a node of the property graph export: an entity.
type PGNode struct {
	ID   string // the slug, or the full IRI outside the entity namespace
	Type schema.EntityType
	Name string
}

// PGEdge is an edge of the property graph export: a direct relation edge
// between two entities, however many sources state it, with the qualifiers
// of its statement nodes.
type PGEdge struct {
	Source, Target string // node ids
	Relation       schema.Relation
	Since          string   // the earliest tg:since of its statements
	Role           string   // "founding_member" or "member" for memberships
	Sources        []string // article IRIs (prov:wasDerivedFrom), sorted
	Evidence       []string // evidence sentences, sorted
}

// PropertyGraph reads the property graph that GraphML and CSV export from
// quads (of any number of sources): its nodes are the entities, typed by an
// entity class or at the end of an edge, sorted by id; its edges are the
// direct relation edges of DESIGN §2 between entities, sorted by source,
// target and relation, each carrying its statements' qualifiers. Planned
// facts have no direct edge and so no edge here.
func PropertyGraph(quads []quad.Quad) ([]PGNode, []PGEdge) {
	type triple struct{ s, p, o quad.IRI }
	type stmt struct {
		s, p     quad.IRI
		objects  []quad.IRI
		since    []string
		roles    []quad.IRI
		sources  []string
		evidence []string
	}
	types := make(map[quad.IRI]schema.EntityType)
	names := make(map[quad.IRI]string)
	edges := make(map[triple]*PGEdge)
	stmts := make(map[quad.Value]*stmt)
	st := func(v quad.Value) *stmt {
		if stmts[v] == nil {
			stmts[v] = &stmt{}
		}
		return stmts[v]
	}
	rank := func(t schema.EntityType) int {
		for i, x := range schema.EntityTypes {
			if x == t {
				return i
			}
		}
		return len(schema.EntityTypes)
	}
	for _, q := range quads {
		s, sIRI := q.Subject.(quad.IRI)
		p, _ := q.Predicate.(quad.IRI)
		o, oIRI := q.Object.(quad.IRI)
		switch p {
		case schema.RDFType:
			if t := schema.TypeOfClass(o); t != "" && sIRI {
				if old, ok := types[s]; !ok || rank(t) < rank(old) {
					types[s] = t
				}
			}
		case schema.Name:
			if n, ok := q.Object.(quad.String); ok && sIRI {
				if old, ok := names[s]; !ok || string(n) < old {
					names[s] = string(n)
				}
			}
		case schema.RDFSubject:
			if oIRI {
				st(q.Subject).s = o
			}
		case schema.RDFPredicate:
			if oIRI {
				st(q.Subject).p = o
			}
		case schema.RDFObject:
			if oIRI {
				st(q.Subject).objects = append(st(q.Subject).objects, o)
			}
		case schema.Since:
			st(q.Subject).since = append(st(q.Subject).since, literal(q.Object))
		case schema.Role:
			if oIRI {
				st(q.Subject).roles = append(st(q.Subject).roles, o)
			}
		case schema.WasDerivedFrom:
			st(q.Subject).sources = append(st(q.Subject).sources, literal(q.Object))
		case schema.Evidence:
			st(q.Subject).evidence = append(st(q.Subject).evidence, literal(q.Object))
		}
		if rel := schema.RelationOfPredicate(p); rel != "" && sIRI && oIRI {
			k := triple{s, p, o}
			if edges[k] == nil {
				edges[k] = &PGEdge{Source: nodeID(s), Target: nodeID(o), Relation: rel}
				if p == schema.MemberOf {
					edges[k].Role = "member"
				}
			}
		}
	}

	for _, x := range stmts {
		for _, o := range x.objects {
			e := edges[triple{x.s, x.p, o}]
			if e == nil {
				continue
			}
			for _, s := range x.since {
				if e.Since == "" || s < e.Since {
					e.Since = s
				}
			}
			for _, r := range x.roles {
				if r == schema.RoleFoundingMember {
					e.Role = "founding_member"
				}
			}
			e.Sources = append(e.Sources, x.sources...)
			e.Evidence = append(e.Evidence, x.evidence...)
		}
	}

	nodes := make(map[string]PGNode)
	for iri, t := range types {
		nodes[nodeID(iri)] = PGNode{ID: nodeID(iri), Type: t, Name: names[iri]}
	}
	var es []PGEdge
	for k, e := range edges {
		for _, end := range []quad.IRI{k.s, k.o} {
			if _, ok := nodes[nodeID(end)]; !ok {
				nodes[nodeID(end)] = PGNode{ID: nodeID(end), Name: names[end]}
			}
		}
		e.Sources = sortedSet(e.Sources)
		e.Evidence = sortedSet(e.Evidence)
		es = append(es, *e)
	}
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Relation < b.Relation
	})
	ns := make([]PGNode, 0, len(nodes))
	for _, n := range nodes {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].ID < ns[j].ID })
	return ns, es
}

// nodeID is an entity's slug, or the IRI itself outside the namespace.
func nodeID(iri quad.IRI) string {
	if slug, ok := schema.SlugOf(iri); ok {
		return slug
	}
	return string(iri)
}

// literal is the lexical form of a literal or the text of an IRI.
func literal(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	case nil:
		return ""
	}
	return v.String()
}

func sortedSet(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// sourcesSep and evidenceSep join an edge's sources and evidence in one
// GraphML or CSV value: article IRIs never hold a space, and " | " reads as
// a separator between sentences.
const (
	sourcesSep  = " "
	evidenceSep = " | "
)

// graphMLKeys are the attributes of the GraphML export, declared as strings.
var graphMLKeys = []struct{ id, domain string }{
	{"type", "node"}, {"name", "node"},
	{"relation", "edge"}, {"since", "edge"}, {"role", "edge"}, {"sources", "edge"}, {"evidence", "edge"},
}

// WriteGraphML writes the property graph of quads (see PropertyGraph) as a
// directed GraphML document: node ids are slugs, nodes carry type and name,
// edges carry relation, since, role, sources (article IRIs separated by
// spaces) and evidence (sentences separated by " | "). An attribute without
// a value is left out. networkx.read_graphml and Gephi read it.
func WriteGraphML(w io.Writer, quads []quad.Quad) error {
	nodes, edges := PropertyGraph(quads)
	x := &xmlWriter{w: w}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		x.raw(`  <key id="` + k.id + `" for="` + k.domain + `" attr.name="` + k.id + `" attr.type="string"/>` + "\n")
	}
	x.raw(`  <graph id="telcograph" edgedefault="directed">` + "\n")
	for _, n := range nodes {
		x.raw(`    <node id="`)
		x.text(n.ID)
		x.raw(`">`)
		x.data("type", string(n.Type))
		x.data("name", n.Name)
		x.raw("</node>\n")
	}
	for i, e := range edges {
		x.raw(fmt.Sprintf(`    <edge id="e%d" source="`, i))
		x.text(e.Source)
		x.raw(`" target="`)
		x.text(e.Target)
		x.raw(`">`)
		x.data("relation", string(e.Relation))
		x.data("since", e.Since)
		x.data("role", e.Role)
		x.data("sources", strings.Join(e.Sources, sourcesSep))
		x.data("evidence", strings.Join(e.Evidence, evidenceSep))
		x.raw("</edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	if x.err != nil {
		return fmt.Errorf("loaders: write graphml: %w", x.err)
	}
	return nil
}

// xmlWriter writes XML, keeping the first error.
type xmlWriter struct {
	w   io.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = io.WriteString(x.w, s)
	}
}

// text writes s escaped for text and attribute values; characters XML
// cannot hold become U+FFFD.
func (x *xmlWriter) text(s string) {
	if x.err == nil {
		x.err = escapeXML(x.w, s)
	}
}

func (x *xmlWriter) data(key, v string) {
	if v == "" {
		return
	}
	x.raw(`<data key="` + key + `">`)
	x.text(v)
	x.raw(`</data>`)
}

// escapeXML escapes s like xml.EscapeText, and also quotes, so that the
// result is safe inside an attribute value.
func escapeXML(w io.Writer, s string) error {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r == '\n':
			b.WriteString("&#xA;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == '\t':
			b.WriteString("&#x9;")
		case r < 0x20, r == utf8.RuneError, r >= 0xFFFE && r <= 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CSV headers of the two property graph files.
var (
	nodesHeader = []string{"id", "type", "name"}
	edgesHeader = []string{"source", "target", "relation", "since", "role", "sources", "evidence"}
)

// WriteCSV writes the property graph of quads (see PropertyGraph) as two CSV
// files with a header row: nodes (id, type, name) and edges (source, target,
// relation, since, role, sources, evidence), joined as in WriteGraphML.
func WriteCSV(nodesW, edgesW io.Writer, quads []quad.Quad) error {
	nodes, edges := PropertyGraph(quads)
	nw := csv.NewWriter(nodesW)
	nw.Write(nodesHeader)
	for _, n := range nodes {
		nw.Write([]string{n.ID, string(n.Type), n.Name})
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("loaders: write nodes.csv: %w", err)
	}
	ew := csv.NewWriter(edgesW)
	ew.Write(edgesHeader)
	for _, e := range edges {
		ew.Write([]string{e.Source, e.Target, string(e.Relation), e.Since, e.Role,
			strings.Join(e.Sources, sourcesSep), strings.Join(e.Evidence, evidenceSep)})
	}
	ew.Flush()
	if err := ew.Error(); err != nil {
		return fmt.Errorf("loaders: write edges.csv: %w", err)
	}
	return nil
}

// CSV file names inside the zip and in an output directory.
const (
	NodesCSV = "nodes.csv"
	EdgesCSV = "edges.csv"
)

// zipTime is the modification time of the files in a CSV zip, fixed so that
// the same graph gives the same bytes.
var zipTime = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteCSVZip writes WriteCSV's two files into a zip archive.
func WriteCSVZip(w io.Writer, quads []quad.Quad) error {
	var nodes, edges bytes.Buffer
	if err := WriteCSV(&nodes, &edges, quads); err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, f := range []struct {
		name string
		data []byte
	}{{NodesCSV, nodes.Bytes()}, {EdgesCSV, edges.Bytes()}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return fmt.Errorf("loaders: write csv zip: %w", err)
		}
		if _, err := fw.Write(f.data); err != nil {
			return fmt.Errorf("loaders: write csv zip: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("loaders: write csv zip: %w", err)
	}
	return nil
}
