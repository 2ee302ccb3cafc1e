package rdf

// The property graph export, for tools that do not speak RDF: GraphML and
// CSV of the entities and the direct relation edges between them.

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// PGNode is a node of the property graph export: an entity.
type PGNode struct {
	ID   string // the slug, or the full IRI outside the entity namespace
	Type schema.EntityType
	Name string
}

// Label is what a graph viewer shows for the node: its name, or its id when
// it has none.
func (n PGNode) Label() string {
	if n.Name != "" {
		return n.Name
	}
	return n.ID
}

// PGEdge is an edge of the property graph export: a direct relation edge
// between two entities, however many sources state it, with the qualifiers
// of its statement nodes. An edge stated by several statements combines
// them: the earliest since and date, the latest until, the highest
// confidence, and every distinct value of the other qualifiers, sorted.
// Modalities and evidence kinds are spelt as GraphQL enum values.
type PGEdge struct {
	Source, Target string // node ids
	// Relation is the article-facts name ("memberOf"); a founding
	// membership is a memberOf with Role "founding_member", as in the API.
	Relation schema.Relation
	Since    string   // the earliest tg:since of its statements
	Until    string   // the latest tg:until (by the end of the period it names)
	Date     string   // the earliest tg:date
	Role     string   // "founding_member" or "member" for memberships
	Modality []string // ASSERTED, IN_PROGRESS, PAST, PLANNED: each statement's, distinct, sorted
	Amount   []string // tg:amount values, distinct, sorted
	Share    []string // tg:share values, distinct, sorted
	Purpose  []string // tg:purpose values, distinct, sorted
	Topic    []string // tg:topic values, distinct, sorted
	// Confidence is the highest tg:confidence of its statements, as written;
	// "" when none gives a number.
	Confidence string
	Extractor  []string // tg:extractor values, distinct, sorted
	Sources    []string // article IRIs (prov:wasDerivedFrom), sorted
	Evidence   []string // evidence sentences, sorted
	// EvidenceKind is the kind of each Evidence sentence, in the same
	// order: QUOTE, or PARAPHRASE when every statement giving the sentence
	// marks it tg:evidenceKind "paraphrase" (our words, not the article's).
	EvidenceKind []string
}

// RelationEnum spells a relation as the GraphQL enum Relation does:
// "memberOf" is MEMBER_OF, "ceoOf" CEO_OF. The API, and the relationEnum
// and label of the CSV and GraphML exports, use this spelling; the article-
// facts format uses the relation's own name, and RDF its predicate.
func RelationEnum(r schema.Relation) string {
	var b strings.Builder
	for i, c := range string(r) {
		if c >= 'A' && c <= 'Z' && i > 0 {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(c))
	}
	return b.String()
}

// stmtFacts is what one statement node says about the edges it states.
type stmtFacts struct {
	s, p       quad.IRI
	objects    []quad.IRI
	roles      []quad.IRI
	modality   string
	paraphrase bool
	values     map[quad.IRI][]string // of the predicates in listedQualifiers
}

// listedQualifiers are the statement predicates whose values an edge
// gathers from every statement that states it.
var listedQualifiers = []quad.IRI{
	schema.Since, schema.Until, schema.FactDate, schema.Amount, schema.Share, schema.Purpose, schema.Topic,
	schema.Confidence, schema.Extractor, schema.WasDerivedFrom, schema.Evidence,
}

// edgeAcc gathers the statements of one edge.
type edgeAcc struct {
	PGEdge
	quoted     map[string]bool // evidence sentence → some statement quotes it
	confidence float64
}

// PropertyGraph reads the property graph that GraphML and CSV export from
// quads (of any number of sources): its nodes are the entities, typed by an
// entity class or at the end of an edge, sorted by id; its edges are the
// direct relation edges of docs/design.md §2 between entities, sorted by source,
// target and relation, each carrying its statements' qualifiers (see
// PGEdge for how several statements combine). Planned facts have no direct
// edge and so no edge here; a planned statement of an edge that another
// statement asserts counts among its statements, as in the API.
func PropertyGraph(quads []quad.Quad) ([]PGNode, []PGEdge) {
	type triple struct{ s, p, o quad.IRI }
	types := make(map[quad.IRI]schema.EntityType)
	names := make(map[quad.IRI]string)
	edges := make(map[triple]*edgeAcc)
	stmts := make(map[quad.Value]*stmtFacts)
	st := func(v quad.Value) *stmtFacts {
		if stmts[v] == nil {
			stmts[v] = &stmtFacts{values: make(map[quad.IRI][]string)}
		}
		return stmts[v]
	}
	listed := make(map[quad.IRI]bool)
	for _, p := range listedQualifiers {
		listed[p] = true
	}
	rank := func(t schema.EntityType) int {
		for i, x := range schema.EntityTypes() {
			if x == t {
				return i
			}
		}
		return len(schema.EntityTypes())
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
		case schema.Role:
			if oIRI {
				st(q.Subject).roles = append(st(q.Subject).roles, o)
			}
		case schema.FactModality:
			st(q.Subject).modality = literal(q.Object)
		case schema.EvidenceKindIRI:
			if literal(q.Object) == string(schema.Paraphrase) {
				st(q.Subject).paraphrase = true
			}
		}
		if listed[p] {
			x := st(q.Subject)
			x.values[p] = append(x.values[p], literal(q.Object))
		}
		if rel := schema.RelationOfPredicate(p); rel != "" && sIRI && oIRI {
			k := triple{s, p, o}
			if edges[k] == nil {
				e := &edgeAcc{PGEdge: PGEdge{Source: nodeID(s), Target: nodeID(o), Relation: rel}, quoted: make(map[string]bool)}
				if p == schema.MemberOf {
					e.Role = "member"
				}
				edges[k] = e
			}
		}
	}

	for _, x := range stmts {
		for _, o := range x.objects {
			if e := edges[triple{x.s, x.p, o}]; e != nil {
				e.add(x)
			}
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
		es = append(es, e.edge())
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

// add counts one statement of the edge.
func (e *edgeAcc) add(x *stmtFacts) {
	v := x.values
	for _, s := range v[schema.Since] {
		e.Since = pickDate(e.Since, s, false)
	}
	for _, s := range v[schema.Until] {
		e.Until = pickDate(e.Until, s, true)
	}
	for _, s := range v[schema.FactDate] {
		e.Date = pickDate(e.Date, s, false)
	}
	for _, r := range x.roles {
		if r == schema.RoleFoundingMember {
			e.Role = "founding_member"
		}
	}
	m := x.modality
	if m == "" {
		m = string(schema.Asserted)
	}
	e.Modality = append(e.Modality, strings.ToUpper(m))
	e.Amount = append(e.Amount, v[schema.Amount]...)
	e.Share = append(e.Share, v[schema.Share]...)
	e.Purpose = append(e.Purpose, v[schema.Purpose]...)
	e.Topic = append(e.Topic, v[schema.Topic]...)
	e.Extractor = append(e.Extractor, v[schema.Extractor]...)
	for _, c := range v[schema.Confidence] {
		if f, err := strconv.ParseFloat(c, 64); err == nil && (e.Confidence == "" || f > e.confidence) {
			e.Confidence, e.confidence = c, f
		}
	}
	e.Sources = append(e.Sources, v[schema.WasDerivedFrom]...)
	e.Evidence = append(e.Evidence, v[schema.Evidence]...)
	for _, s := range v[schema.Evidence] {
		e.quoted[s] = e.quoted[s] || !x.paraphrase
	}
}

// edge is the combined edge, its lists sorted and without repeats.
func (e *edgeAcc) edge() PGEdge {
	out := e.PGEdge
	for _, l := range []*[]string{&out.Modality, &out.Amount, &out.Share, &out.Purpose, &out.Topic,
		&out.Extractor, &out.Sources, &out.Evidence} {
		*l = sortedSet(*l)
	}
	out.EvidenceKind = nil
	for _, s := range out.Evidence {
		kind := "QUOTE"
		if !e.quoted[s] {
			kind = "PARAPHRASE"
		}
		out.EvidenceKind = append(out.EvidenceKind, kind)
	}
	return out
}

// pickDate returns the earlier of two date literals by the start of the
// periods they name, or with latest the later by their end: "2024" ends
// after "2024-06". "" is no date; a literal that is not a date loses to one
// that is, and two such compare as text.
func pickDate(have, v string, latest bool) string {
	if have == "" {
		return v
	}
	a, errA := schema.ParseDate(have)
	b, errB := schema.ParseDate(v)
	switch {
	case errA != nil && errB != nil:
		if (v > have) == latest && v != have {
			return v
		}
		return have
	case errA != nil:
		return v
	case errB != nil:
		return have
	case latest && b.End().After(a.End()), !latest && b.Start().Before(a.Start()):
		return v
	}
	return have
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

// sourcesSep joins an edge's sources in one GraphML or CSV value (article
// IRIs never hold a space); valuesSep joins evidence sentences and the
// values of any other list, " | " reading as a separator between sentences.
const (
	sourcesSep = " "
	valuesSep  = " | "
)

// edgeColumns are the edge attributes of the GraphML export and the columns
// of edges.csv after source and target, in order: the columns of the first
// exports, then those added since, so a reader that takes columns by
// position still finds its own.
var edgeColumns = []struct {
	name, graphMLType string
	value             func(PGEdge) string
}{
	{"relation", "string", func(e PGEdge) string { return string(e.Relation) }},
	{"since", "string", func(e PGEdge) string { return e.Since }},
	{"role", "string", func(e PGEdge) string { return e.Role }},
	{"sources", "string", func(e PGEdge) string { return strings.Join(e.Sources, sourcesSep) }},
	{"evidence", "string", func(e PGEdge) string { return strings.Join(e.Evidence, valuesSep) }},
	{"until", "string", func(e PGEdge) string { return e.Until }},
	{"date", "string", func(e PGEdge) string { return e.Date }},
	{"modality", "string", func(e PGEdge) string { return strings.Join(e.Modality, valuesSep) }},
	{"amount", "string", func(e PGEdge) string { return strings.Join(e.Amount, valuesSep) }},
	{"share", "string", func(e PGEdge) string { return strings.Join(e.Share, valuesSep) }},
	{"purpose", "string", func(e PGEdge) string { return strings.Join(e.Purpose, valuesSep) }},
	{"topic", "string", func(e PGEdge) string { return strings.Join(e.Topic, valuesSep) }},
	{"confidence", "double", func(e PGEdge) string { return e.Confidence }},
	{"extractor", "string", func(e PGEdge) string { return strings.Join(e.Extractor, valuesSep) }},
	{"evidenceKind", "string", func(e PGEdge) string { return strings.Join(e.EvidenceKind, valuesSep) }},
	{"relationEnum", "string", func(e PGEdge) string { return RelationEnum(e.Relation) }},
}

// edgeLabelKey is the id of the GraphML key of edges' label attribute; the
// nodes' has the id "label".
const edgeLabelKey = "edge_label"

// WriteGraphML writes the property graph of quads (see PropertyGraph) as a
// directed GraphML document. Node ids are slugs; nodes carry type, name and
// label (the name, or the id when there is none: what Gephi shows). Edges
// carry the columns of edges.csv (see WriteCSV) and label, the relation as
// the GraphQL enum spells it (MEMBER_OF). Every attribute is a string but
// confidence, a double; an attribute without a value is left out.
// networkx.read_graphml and Gephi read it.
func WriteGraphML(w io.Writer, quads []quad.Quad) error {
	nodes, edges := PropertyGraph(quads)
	x := &xmlWriter{w: w}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	key := func(id, domain, name, typ string) {
		x.raw(`  <key id="` + id + `" for="` + domain + `" attr.name="` + name + `" attr.type="` + typ + `"/>` + "\n")
	}
	for _, k := range []string{"type", "name", "label"} {
		key(k, "node", k, "string")
	}
	for _, c := range edgeColumns {
		key(c.name, "edge", c.name, c.graphMLType)
	}
	key(edgeLabelKey, "edge", "label", "string") // key ids are unique in a document
	x.raw(`  <graph id="telcograph" edgedefault="directed">` + "\n")
	for _, n := range nodes {
		x.raw(`    <node id="`)
		x.text(n.ID)
		x.raw(`">`)
		x.data("type", string(n.Type))
		x.data("name", n.Name)
		x.data("label", n.Label())
		x.raw("</node>\n")
	}
	for i, e := range edges {
		x.raw(fmt.Sprintf(`    <edge id="e%d" source="`, i))
		x.text(e.Source)
		x.raw(`" target="`)
		x.text(e.Target)
		x.raw(`">`)
		for _, c := range edgeColumns {
			x.data(c.name, c.value(e))
		}
		x.data(edgeLabelKey, RelationEnum(e.Relation))
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

// CSV tables, as WriteCSVTable accepts them.
const (
	TableNodes = "nodes"
	TableEdges = "edges"
)

// CSVTables lists the tables WriteCSVTable writes.
func CSVTables() []string { return []string{TableNodes, TableEdges} }

// CSVTableType returns the media type of one plain CSV table and the file
// name it is saved under, and false for an unknown table.
func CSVTableType(table string) (mediaType, fileName string, ok bool) {
	switch table {
	case TableNodes:
		return "text/csv; charset=utf-8", NodesCSV, true
	case TableEdges:
		return "text/csv; charset=utf-8", EdgesCSV, true
	}
	return "", "", false
}

// CSVHeader returns the header row of a CSV table, and false for an
// unknown table.
func CSVHeader(table string) ([]string, bool) {
	switch table {
	case TableNodes:
		return []string{"id", "type", "name"}, true
	case TableEdges:
		h := []string{"source", "target"}
		for _, c := range edgeColumns {
			h = append(h, c.name)
		}
		return h, true
	}
	return nil, false
}

// WriteCSV writes the property graph of quads (see PropertyGraph) as two CSV
// files with a header row: nodes (id, type, name) and edges (source, target,
// then the columns below), each value joined as its column says:
//
//	relation      the article-facts name: memberOf (a founding membership too)
//	since         the earliest since of the edge's statements
//	role          founding_member or member, for memberships
//	sources       article URLs, separated by spaces
//	evidence      evidence sentences, separated by " | "
//	until         the latest until
//	date          the earliest date (of an investment, a founding)
//	modality      ASSERTED, IN_PROGRESS, PAST or PLANNED, each statement's, " | "
//	amount, share, purpose, topic, extractor: every distinct value, " | "
//	confidence    the highest confidence
//	evidenceKind  QUOTE or PARAPHRASE for each evidence sentence, in its order
//	relationEnum  the relation as the GraphQL enum spells it: MEMBER_OF
//
// Lists are sorted and without repeats; an empty cell is "not stated".
func WriteCSV(nodesW, edgesW io.Writer, quads []quad.Quad) error {
	nodes, edges := PropertyGraph(quads)
	if err := writeNodesCSV(nodesW, nodes); err != nil {
		return err
	}
	return writeEdgesCSV(edgesW, edges)
}

// WriteCSVTable writes one table of WriteCSV, nodes or edges, as plain CSV.
// An unknown table is an error wrapping schema.ErrInvalid.
func WriteCSVTable(w io.Writer, table string, quads []quad.Quad) error {
	switch table {
	case TableNodes:
		nodes, _ := PropertyGraph(quads)
		return writeNodesCSV(w, nodes)
	case TableEdges:
		_, edges := PropertyGraph(quads)
		return writeEdgesCSV(w, edges)
	}
	return fmt.Errorf("loaders: write csv: unknown table %q (want %s): %w", table, strings.Join(CSVTables(), ", "), schema.ErrInvalid)
}

func writeNodesCSV(w io.Writer, nodes []PGNode) error {
	cw := csv.NewWriter(w)
	header, _ := CSVHeader(TableNodes)
	cw.Write(header)
	for _, n := range nodes {
		cw.Write([]string{n.ID, string(n.Type), n.Name})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("loaders: write %s: %w", NodesCSV, err)
	}
	return nil
}

func writeEdgesCSV(w io.Writer, edges []PGEdge) error {
	cw := csv.NewWriter(w)
	header, _ := CSVHeader(TableEdges)
	cw.Write(header)
	for _, e := range edges {
		row := []string{e.Source, e.Target}
		for _, c := range edgeColumns {
			row = append(row, c.value(e))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("loaders: write %s: %w", EdgesCSV, err)
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
