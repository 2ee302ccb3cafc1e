package rdf_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/schema"
)

const (
	pg1 = "https://example.com/propgraph/1"
	pg2 = "https://example.com/propgraph/2"
)

// fixtureGraph is testdata/propgraph/facts.yaml as quads: a chair stated in
// office and after leaving, two investments, a partnership, a joint venture
// and a membership first planned then stated.
func fixtureGraph(t *testing.T) []quad.Quad {
	t.Helper()
	name := filepath.Join("..", "..", "testdata", "propgraph", "facts.yaml")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	ff, err := facts.Read(name, b, facts.ReadOptions{Register: bundledRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	var qs []quad.Quad
	for _, a := range ff.Articles {
		qs = append(qs, facts.Quads(a, ff.Register)...)
	}
	return qs
}

func TestPropertyGraph(t *testing.T) {
	nodes, edges := rdf.PropertyGraph(smallGraph(t))
	reg := bundledRegister(t)
	name := func(slug string) string {
		e, ok := reg.Lookup(slug)
		if !ok {
			t.Fatalf("%s is not in the bundled register", slug)
		}
		return e.Name
	}
	wantNodes := []rdf.PGNode{
		{ID: "KR", Type: schema.TypeCountry, Name: name("KR")},
		{ID: "k-ai-alliance", Type: schema.TypeAlliance, Name: name("k-ai-alliance")},
		{ID: "lablup", Type: schema.TypeCompany, Name: name("lablup")}, // planned: a node, no edge
		{ID: "sk-telecom", Type: schema.TypeCompany, Name: name("sk-telecom")},
		{ID: "xl8", Type: schema.TypeCompany, Name: name("xl8")},
	}
	if diff := cmp.Diff(wantNodes, nodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	curated := func(e rdf.PGEdge) rdf.PGEdge {
		e.Modality, e.Confidence, e.Extractor = []string{"ASSERTED"}, "1", []string{facts.CuratedExtractor}
		for range e.Evidence {
			e.EvidenceKind = append(e.EvidenceKind, "QUOTE")
		}
		return e
	}
	wantEdges := []rdf.PGEdge{
		curated(rdf.PGEdge{Source: "k-ai-alliance", Target: "sk-telecom", Relation: schema.RelLedBy,
			Sources: []string{src1}, Evidence: []string{"The alliance is led by SK Telecom."}}),
		curated(rdf.PGEdge{Source: "sk-telecom", Target: "KR", Relation: schema.RelHeadquarteredIn,
			Sources: []string{src2}, Evidence: []string{"Seoul-based SKT."}}),
		curated(rdf.PGEdge{Source: "sk-telecom", Target: "k-ai-alliance", Relation: schema.RelMemberOf, Since: "2023", Role: "founding_member",
			Sources:  []string{src1, src2},
			Evidence: []string{"SK Telecom launched the K-AI Alliance with & \"friends\".", "SKT founded it."}}),
		curated(rdf.PGEdge{Source: "xl8", Target: "k-ai-alliance", Relation: schema.RelMemberOf, Since: "2024-02", Role: "member",
			Sources: []string{src2}, Evidence: []string{"XL8 joined."}}),
	}
	if diff := cmp.Diff(wantEdges, edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}

// TestPropertyGraphQualifiers checks every qualifier an edge carries and how
// the statements of an edge stated several times combine.
func TestPropertyGraphQualifiers(t *testing.T) {
	_, edges := rdf.PropertyGraph(fixtureGraph(t))
	const jv = "global-telco-ai-venture"
	jvEdge := func(partner string) rdf.PGEdge {
		return rdf.PGEdge{Source: jv, Target: partner, Relation: schema.RelJointVenture,
			Modality: []string{"ASSERTED"}, Purpose: []string{"build a telco LLM"}, Share: []string{"50%"},
			Confidence: "1", Extractor: []string{"curated"}, Sources: []string{pg2},
			Evidence:     []string{"The two set up Global Telco AI Venture, each holding 50%, to build a telco LLM."},
			EvidenceKind: []string{"QUOTE"}}
	}
	want := []rdf.PGEdge{
		{Source: "alex-jinsung-choi", Target: "o-ran-alliance", Relation: schema.RelChairmanOf,
			Since: "2022", Until: "2024", // "2024" ends after "2024-06"
			Modality: []string{"ASSERTED", "PAST"}, Confidence: "1", Extractor: []string{"curated"},
			Sources: []string{pg1, pg2},
			Evidence: []string{
				"Choi chaired the O-RAN Alliance between June 2022 and June 2024.",
				"Choi left the O-RAN chair in 2024.", // our words
				"Choi, who chairs the O-RAN Alliance since June 2022, spoke first.",
			},
			EvidenceKind: []string{"QUOTE", "PARAPHRASE", "QUOTE"}},
		jvEdge("deutsche-telekom"),
		jvEdge("sk-telecom"),
		{Source: "sk-telecom", Target: "deutsche-telekom", Relation: schema.RelPartnerOf, Since: "2023",
			Modality: []string{"ASSERTED"}, Topic: []string{"telco LLM"}, Confidence: "1", Extractor: []string{"curated"},
			Sources:      []string{pg1},
			Evidence:     []string{"SK Telecom and Deutsche Telekom will build a telco LLM together."},
			EvidenceKind: []string{"QUOTE"}},
		{Source: "sk-telecom", Target: "lablup", Relation: schema.RelInvestedIn, Date: "2023-01-15",
			Modality: []string{"ASSERTED"}, Amount: []string{"KRW 5 billion", "KRW 7 billion"},
			Confidence: "0.9", Extractor: []string{"pattern-v1", "pattern-v2"}, Sources: []string{pg1, pg2},
			Evidence: []string{
				"SK Telecom invested KRW 5 billion in Lablup in February.",
				"SK Telecom's stake in Lablup rose after a KRW 7 billion round.",
			},
			EvidenceKind: []string{"QUOTE", "QUOTE"}},
		{Source: "xl8", Target: "k-ai-alliance", Relation: schema.RelMemberOf, Since: "2024-02", Role: "member",
			Modality: []string{"ASSERTED", "PLANNED"}, Confidence: "1", Extractor: []string{"curated"},
			Sources:      []string{pg1, pg2},
			Evidence:     []string{"XL8 joined the K-AI Alliance in February 2024.", "XL8 plans to join the K-AI Alliance."},
			EvidenceKind: []string{"QUOTE", "QUOTE"}},
	}
	if diff := cmp.Diff(want, edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}

func TestRelationEnum(t *testing.T) {
	want := map[schema.Relation]string{
		schema.RelMemberOf: "MEMBER_OF", schema.RelFoundingMember: "FOUNDING_MEMBER", schema.RelFounded: "FOUNDED",
		schema.RelLedBy: "LED_BY", schema.RelPartnerOf: "PARTNER_OF", schema.RelJointVenture: "JOINT_VENTURE",
		schema.RelCEOOf: "CEO_OF", schema.RelChairmanOf: "CHAIRMAN_OF", schema.RelInvestedIn: "INVESTED_IN",
		schema.RelHeadquarteredIn: "HEADQUARTERED_IN", schema.RelFoundedBy: "FOUNDED_BY",
	}
	got := make(map[schema.Relation]string)
	for _, s := range schema.Relations() {
		got[s.Name] = rdf.RelationEnum(s.Name)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relation enums (-want +got):\n%s", diff)
	}
}

// graphML is the subset of GraphML the export writes, for reading it back.
type graphML struct {
	Keys  []gmKey `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string   `xml:"id,attr"`
			Data []gmData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string   `xml:"source,attr"`
			Target string   `xml:"target,attr"`
			Data   []gmData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// TestWriteGraphML reads the export back as XML: the keys it declares
// (label among them, for Gephi), and each node's and edge's attributes.
func TestWriteGraphML(t *testing.T) {
	var buf bytes.Buffer
	if err := rdf.WriteGraphML(&buf, fixtureGraph(t)); err != nil {
		t.Fatal(err)
	}
	var g graphML
	if err := xml.Unmarshal(buf.Bytes(), &g); err != nil {
		t.Fatalf("export is not XML: %v\n%s", err, buf.String())
	}
	var wantKeys []gmKey
	for _, k := range []string{"type", "name", "label"} {
		wantKeys = append(wantKeys, gmKey{k, "node", k, "string"})
	}
	for _, k := range []string{"relation", "since", "role", "sources", "evidence", "until", "date", "modality",
		"amount", "share", "purpose", "topic", "confidence", "extractor", "evidenceKind", "relationEnum"} {
		typ := "string"
		if k == "confidence" {
			typ = "double"
		}
		wantKeys = append(wantKeys, gmKey{k, "edge", k, typ})
	}
	wantKeys = append(wantKeys, gmKey{"edge_label", "edge", "label", "string"})
	if diff := cmp.Diff(wantKeys, g.Keys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	if g.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q, want directed", g.Graph.EdgeDefault)
	}

	// Read attributes by name, as networkx and Gephi do.
	names := make(map[[2]string]string)
	ids := make(map[string]bool)
	for _, k := range g.Keys {
		if ids[k.ID] {
			t.Errorf("key id %q declared twice", k.ID)
		}
		ids[k.ID] = true
		names[[2]string{k.For, k.ID}] = k.Name
	}
	attrs := func(domain, id string, data []gmData) map[string]string {
		m := make(map[string]string)
		for _, d := range data {
			name, ok := names[[2]string{domain, d.Key}]
			if !ok {
				t.Errorf("%s %s: data key %q is not declared for %ss", domain, id, d.Key, domain)
			}
			m[name] = d.Value
		}
		return m
	}
	got := make(map[string]map[string]string)
	for _, n := range g.Graph.Nodes {
		got[n.ID] = attrs("node", n.ID, n.Data)
	}
	for _, e := range g.Graph.Edges {
		k := e.Source + "→" + e.Target
		got[k] = attrs("edge", k, e.Data)
	}
	want := map[string]map[string]string{
		"o-ran-alliance":          {"type": "alliance", "name": "O-RAN Alliance", "label": "O-RAN Alliance"},
		"global-telco-ai-venture": {"type": "joint_venture", "name": "Global Telco AI Venture", "label": "Global Telco AI Venture"},
		"alex-jinsung-choi→o-ran-alliance": {
			"relation": "chairmanOf", "relationEnum": "CHAIRMAN_OF", "label": "CHAIRMAN_OF",
			"since": "2022", "until": "2024", "modality": "ASSERTED | PAST", "confidence": "1", "extractor": "curated",
			"sources": pg1 + " " + pg2,
			"evidence": "Choi chaired the O-RAN Alliance between June 2022 and June 2024. | Choi left the O-RAN chair in 2024. | " +
				"Choi, who chairs the O-RAN Alliance since June 2022, spoke first.",
			"evidenceKind": "QUOTE | PARAPHRASE | QUOTE",
		},
		"sk-telecom→lablup": {
			"relation": "investedIn", "relationEnum": "INVESTED_IN", "label": "INVESTED_IN",
			"date": "2023-01-15", "amount": "KRW 5 billion | KRW 7 billion", "modality": "ASSERTED",
			"confidence": "0.9", "extractor": "pattern-v1 | pattern-v2", "sources": pg1 + " " + pg2,
			"evidence":     "SK Telecom invested KRW 5 billion in Lablup in February. | SK Telecom's stake in Lablup rose after a KRW 7 billion round.",
			"evidenceKind": "QUOTE | QUOTE",
		},
		"global-telco-ai-venture→sk-telecom": {
			"relation": "jointVenture", "relationEnum": "JOINT_VENTURE", "label": "JOINT_VENTURE",
			"purpose": "build a telco LLM", "share": "50%", "modality": "ASSERTED", "confidence": "1", "extractor": "curated",
			"sources":      pg2,
			"evidence":     "The two set up Global Telco AI Venture, each holding 50%, to build a telco LLM.",
			"evidenceKind": "QUOTE",
		},
		"xl8→k-ai-alliance": {
			"relation": "memberOf", "relationEnum": "MEMBER_OF", "label": "MEMBER_OF", "role": "member",
			"since": "2024-02", "modality": "ASSERTED | PLANNED", "confidence": "1", "extractor": "curated",
			"sources":      pg1 + " " + pg2,
			"evidence":     "XL8 joined the K-AI Alliance in February 2024. | XL8 plans to join the K-AI Alliance.",
			"evidenceKind": "QUOTE | QUOTE",
		},
	}
	for k, w := range want {
		if diff := cmp.Diff(w, got[k]); diff != "" {
			t.Errorf("%s attributes (-want +got):\n%s", k, diff)
		}
	}
}

// TestPropertyGraphGolden compares the GraphML and both CSV tables of the
// fixture with testdata/golden (go test -update rewrites them).
func TestPropertyGraphGolden(t *testing.T) {
	qs := fixtureGraph(t)
	tests := []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"propgraph.graphml", func(b *bytes.Buffer) error { return rdf.WriteGraphML(b, qs) }},
		{"propgraph-nodes.csv", func(b *bytes.Buffer) error { return rdf.WriteCSVTable(b, rdf.TableNodes, qs) }},
		{"propgraph-edges.csv", func(b *bytes.Buffer) error { return rdf.WriteCSVTable(b, rdf.TableEdges, qs) }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var got bytes.Buffer
			if err := tt.write(&got); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("..", "..", "testdata", "golden", tt.file)
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./loaders/rdf -run Golden -update to create it)", err)
			}
			if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got.String(), "\n")); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestWriteCSVTable reads the plain edges table as pandas.read_csv would, by
// header name: the past chair's row has its until.
func TestWriteCSVTable(t *testing.T) {
	var buf bytes.Buffer
	if err := rdf.WriteCSVTable(&buf, rdf.TableEdges, fixtureGraph(t)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := rows[0]
	wantHeader := []string{"source", "target", "relation", "since", "role", "sources", "evidence",
		"until", "date", "modality", "amount", "share", "purpose", "topic", "confidence", "extractor",
		"evidenceKind", "relationEnum"}
	if diff := cmp.Diff(wantHeader, header); diff != "" {
		t.Fatalf("header (-want +got):\n%s", diff)
	}
	var chair map[string]string
	for _, r := range rows[1:] {
		rec := make(map[string]string)
		for i, h := range header {
			rec[h] = r[i]
		}
		if rec["source"] == "alex-jinsung-choi" && rec["target"] == "o-ran-alliance" {
			chair = rec
		}
	}
	want := map[string]string{"relation": "chairmanOf", "relationEnum": "CHAIRMAN_OF", "since": "2022", "until": "2024", "modality": "ASSERTED | PAST"}
	got := make(map[string]string)
	for k := range want {
		got[k] = chair[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("past chair's row (-want +got):\n%s", diff)
	}

	if err := rdf.WriteCSVTable(&buf, "people", nil); !errors.Is(err, schema.ErrInvalid) {
		t.Errorf("unknown table: error %v, want one matching schema.ErrInvalid", err)
	}
}

// TestWriteCSVZip checks that the zip holds the two tables WriteCSVTable
// writes, under their file names.
func TestWriteCSVZip(t *testing.T) {
	qs := fixtureGraph(t)
	var buf bytes.Buffer
	if err := rdf.WriteCSVZip(&buf, qs); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	got := make(map[string]string)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		_, err = b.ReadFrom(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		got[f.Name] = b.String()
	}
	want := make(map[string]string)
	for _, table := range rdf.CSVTables() {
		var b bytes.Buffer
		if err := rdf.WriteCSVTable(&b, table, qs); err != nil {
			t.Fatal(err)
		}
		_, name, _ := rdf.CSVTableType(table)
		want[name] = b.String()
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("csv files (-want +got):\n%s", diff)
	}
	if _, ok := want[rdf.NodesCSV]; !ok {
		t.Errorf("no %s in the zip", rdf.NodesCSV)
	}
}
