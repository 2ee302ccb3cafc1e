package loaders

// The property graph export, for tools that do not speak RDF: GraphML and
// CSV of the entities and the direct relation edges between them.

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
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
