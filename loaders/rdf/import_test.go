package rdf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/schema"
)

// TestReadRDFPlainGolden reads testdata/rdf/plain.nq, quads as another tool
// exports them, and compares what import makes of them with
// testdata/golden/rdf-import.nq (go test -update rewrites it): the blank
// node skolemised, a statement node for every edge the file does not state,
// and an article node for the source that lacks one.
func TestReadRDFPlainGolden(t *testing.T) {
	in := filepath.Join("..", "..", "testdata", "rdf", "plain.nq")
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := rdf.Read(in, b, rdf.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := string(nquadsOf(t, srcs))
	golden := filepath.Join("..", "..", "testdata", "golden", "rdf-import.nq")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("N-Quads differ from %s (-want +got):\n%s", golden, diff)
	}
}

// TestImportDerivesStatements lists, for inputs in both formats, the edges
// import adds a statement node for ("subject predicate object label"), and
// which labels it gives an article node (the inputs have no schema:url, so
// a label with one got it from import).
func TestImportDerivesStatements(t *testing.T) {
	const (
		a  = "<https://telcograph.org/id/a>"
		b  = "<https://telcograph.org/id/b>"
		g1 = "<https://news.example/1>"
		g2 = "<https://news.example/2>"
		st = "<https://news.example/1#st>"
	)
	memberOf := "<" + string(schema.MemberOf) + ">"
	nq := func(lines ...string) string { return strings.Join(lines, " .\n") + " .\n" }
	statement := func(label string, s, p, o string) []string {
		return []string{
			st + " <" + string(schema.RDFSubject) + "> " + s + " " + label,
			st + " <" + string(schema.RDFPredicate) + "> " + p + " " + label,
			st + " <" + string(schema.RDFObject) + "> " + o + " " + label,
		}
	}
	tests := []struct {
		name, file, input string
		wantEdges         []string
		wantArticle       []string // labels that get an article node
	}{
		{"plain edge", "a.nq", nq(a + " " + memberOf + " " + b + " " + g1),
			[]string{a + " " + memberOf + " " + b + " " + g1}, []string{g1}},
		{"stated in the same label", "a.nq", nq(append(statement(g1, a, memberOf, b), a+" "+memberOf+" "+b+" "+g1)...),
			nil, nil},
		{"stated under another label only", "a.nq", nq(append(statement(g2, a, memberOf, b), a+" "+memberOf+" "+b+" "+g1)...),
			[]string{a + " " + memberOf + " " + b + " " + g1}, []string{g1}},
		{"statement with two subjects", "a.nq", nq(append(statement(g1, a, memberOf, b), st+" <"+string(schema.RDFSubject)+"> "+b+" "+g1, a+" "+memberOf+" "+b+" "+g1)...),
			[]string{a + " " + memberOf + " " + b + " " + g1}, []string{g1}},
		{"founding date, article node present", "a.nq", nq(
			a+" <"+string(schema.FoundingDate)+"> \"2024\"^^<"+string(schema.XSDGYear)+"> "+g1,
			g1+" <"+string(schema.RDFType)+"> <"+string(schema.ClassArticle)+"> "+g1),
			[]string{a + " <" + string(schema.FoundingDate) + "> \"2024\"^^<" + string(schema.XSDGYear) + "> " + g1}, nil},
		{"not a relation", "a.nq", nq(a + " <" + string(schema.Name) + "> \"A\" " + g1), nil, nil},
		{"json-ld, two sources", "a.jsonld", `{"@context": {"org": "http://www.w3.org/ns/org#", "id": "https://telcograph.org/id/"}, "@graph": [
			{"@id": "https://news.example/1", "@graph": [{"@id": "id:a", "org:memberOf": {"@id": "id:b"}}]},
			{"@id": "https://news.example/2", "@graph": [{"@id": "id:b", "https://telcograph.org/ns#ledBy": {"@id": "id:a"}}]}]}`,
			[]string{a + " " + memberOf + " " + b + " " + g1, b + " <" + string(schema.LedBy) + "> " + a + " " + g2}, []string{g1, g2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs, err := rdf.Read(tt.file, []byte(tt.input), rdf.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			edges, articles := imported(srcs)
			if diff := cmp.Diff(tt.wantEdges, edges); diff != "" {
				t.Errorf("edges given a statement (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantArticle, articles); diff != "" {
				t.Errorf("labels given an article node (-want +got):\n%s", diff)
			}
		})
	}
}

// imported reads back what import added: the edges its statement nodes
// state, and the labels with a schema:url.
func imported(srcs []schema.Source) (edges, articles []string) {
	for _, s := range srcs {
		parts := make(map[quad.Value]map[quad.IRI]string)
		for _, q := range s.Quads {
			if parts[q.Subject] == nil {
				parts[q.Subject] = make(map[quad.IRI]string)
			}
			parts[q.Subject][q.Predicate.(quad.IRI)] = q.Object.String()
		}
		for _, p := range parts {
			if p[schema.Extractor] != quad.String(rdf.ImportExtractor).String() {
				continue
			}
			o := p[schema.RDFObject]
			if o == "" {
				o = p[schema.FactDate]
			}
			edges = append(edges, p[schema.RDFSubject]+" "+p[schema.RDFPredicate]+" "+o+" "+p[schema.WasDerivedFrom])
		}
		if parts[s.IRI][schema.URL] != "" {
			articles = append(articles, s.IRI.String())
		}
	}
	sort.Strings(edges)
	return edges, articles
}

// TestImportRoundTrip checks that import is stable: the same file read
// twice gives the same quads (blank nodes get the same IRIs), and reading
// an export of what was read gives it back unchanged, in both formats.
func TestImportRoundTrip(t *testing.T) {
	plain, err := os.ReadFile(filepath.Join("..", "..", "testdata", "rdf", "plain.nq"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, input string
	}{
		{"n-quads", "plain.nq", string(plain)},
		{"json-ld blank nodes", "b.jsonld", `{"@context": {"@vocab": "https://schema.org/"}, "@graph": [
			{"@id": "https://news.example/1", "@graph": [{"@id": "_:x", "knows": {"name": "y"}}, {"address": {"@id": "_:x"}}]}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, err := rdf.Read(tt.file, []byte(tt.input), rdf.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			second, err := rdf.Read(tt.file, []byte(tt.input), rdf.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(sourceLines(first), sourceLines(second)); diff != "" {
				t.Errorf("a second read differs (-first +second):\n%s", diff)
			}
			for _, line := range sourceLines(first) {
				if strings.Contains(line, "_:") {
					t.Errorf("a blank node is left: %s", line)
				}
			}
			var qs []quad.Quad
			for _, s := range first {
				qs = append(qs, s.Quads...)
			}
			for _, f := range []struct{ format, file string }{{rdf.FormatNQuads, "x.nq"}, {rdf.FormatJSONLD, "x.jsonld"}} {
				var buf bytes.Buffer
				if err := rdf.Export(&buf, f.format, qs); err != nil {
					t.Fatal(err)
				}
				again, err := rdf.Read(f.file, buf.Bytes(), rdf.ReadOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(sourceLines(first), sourceLines(again)); diff != "" {
					t.Errorf("%s export read back (-first +again):\n%s", f.format, diff)
				}
			}
		})
	}
}

// TestSkolemIRIs checks the IRIs blank nodes become: under the genid
// namespace, one per blank node and source, the same blank node id in two
// sources giving two IRIs.
func TestSkolemIRIs(t *testing.T) {
	in := `_:x <https://a.example/p> _:y <https://news.example/1> .
_:x <https://a.example/q> "x" <https://news.example/1> .
_:x <https://a.example/p> _:y <https://news.example/2> .
_:x:1 <https://a.example/p> "z" <https://news.example/2> .
`
	srcs, err := rdf.ReadNQuads("b.nq", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	nodes := make(map[string]bool)
	for _, s := range srcs {
		for _, q := range s.Quads {
			for _, v := range []quad.Value{q.Subject, q.Object} {
				if iri, ok := v.(quad.IRI); ok {
					if !strings.HasPrefix(string(iri), schema.GenIDNS) {
						t.Errorf("%s is not under %s", iri, schema.GenIDNS)
					}
					nodes[string(iri)] = true
				}
			}
		}
	}
	// _:x and _:y in each source, and _:x:1 apart from _:x.
	if len(nodes) != 5 {
		t.Errorf("got %d skolem IRIs, want 5: %v", len(nodes), nodes)
	}
}
