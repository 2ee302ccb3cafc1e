package loaders_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

// corpusRegister reads the corpus entity register from testdata.
func corpusRegister(t *testing.T) *schema.Register {
	t.Helper()
	b, err := os.ReadFile("../testdata/corpus/aliases.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg, err := loaders.ReadRegister("aliases.yaml", b)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestQuadsGolden turns the corpus gold facts into sorted N-Quads and
// compares them with testdata/golden/corpus.nq (go test -update rewrites it).
func TestQuadsGolden(t *testing.T) {
	reg := corpusRegister(t)
	b, err := os.ReadFile("../testdata/corpus/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ff, err := loaders.ReadFacts("gold.yaml", b, loaders.ReadOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	var all []quad.Quad
	for _, a := range ff.Articles {
		qs := loaders.Quads(a, ff.Register)
		for _, q := range qs {
			if q.Label != a.IRI() {
				t.Fatalf("quad %s: label is not the article IRI %s", q.NQuad(), a.IRI())
			}
		}
		again := loaders.Quads(a, ff.Register)
		if diff := cmp.Diff(nquadText(t, qs), nquadText(t, again)); diff != "" {
			t.Fatalf("article %s: Quads is not deterministic (-first +second):\n%s", a.ID, diff)
		}
		all = append(all, qs...)
	}
	got := nquadText(t, all)
	golden := filepath.Join("..", "testdata", "golden", "corpus.nq")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./loaders -run Golden -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("N-Quads differ from %s (-want +got):\n%s", golden, diff)
	}
}

func nquadText(t *testing.T, qs []quad.Quad) string {
	t.Helper()
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// validFile is a small article-facts file that loads; the error tests below
// each break it in one way.
const validFile = `articles:
- id: a1
  source: https://example.com/news/1
  date: 2024-07
  facts:
  - id: f1
    rel: memberOf
    member: {id: lablup, text: Lablup}
    org: {id: k-ai-alliance, text: the alliance}
    since: 2024-07
    evidence: "The alliance welcomed Lablup."
  - id: f2
    rel: jointVenture
    partners:
    - {id: sk-telecom, text: SK Telecom}
    - {id: singtel, text: Singtel}
    evidence: "SK Telecom and Singtel set up a joint venture."
`

func TestReadFactsValid(t *testing.T) {
	ff, err := loaders.ReadFacts("valid.yaml", []byte(validFile), loaders.ReadOptions{Register: corpusRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	want := []schema.Fact{
		{ID: "f1", Relation: schema.RelMemberOf, Subject: schema.Mention{ID: "lablup", Text: "Lablup"},
			Object: schema.Mention{ID: "k-ai-alliance", Text: "the alliance"},
			Since:  schema.Date{Year: 2024, Month: 7, Precision: schema.PrecisionMonth}, Evidence: "The alliance welcomed Lablup.", Line: 6},
		{ID: "f2", Relation: schema.RelJointVenture, Partners: []schema.Mention{{ID: "sk-telecom", Text: "SK Telecom"}, {ID: "singtel", Text: "Singtel"}},
			Evidence: "SK Telecom and Singtel set up a joint venture.", Line: 12},
	}
	if diff := cmp.Diff(want, ff.Articles[0].Facts); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
}

// TestReadFactsErrors checks one file per class of error: each is reported
// as file:line: message, and the file yields no facts.
func TestReadFactsErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string
		want string // the expected problem, "file:line: message"
	}{
		{"unknown relation", func(s string) string { return strings.Replace(s, "rel: memberOf", "rel: friendOf", 1) },
			`bad.yaml:7: fact f1: unknown relation "friendOf"`},
		{"unknown entity id", func(s string) string { return strings.Replace(s, "id: lablup", "id: no-such-company", 1) },
			`bad.yaml:8: fact f1 (memberOf): argument member: unknown entity id "no-such-company" (not in the register)`},
		{"entity of the wrong type", func(s string) string { return strings.Replace(s, "id: lablup", "id: ryu-young-sang", 1) },
			`bad.yaml:8: fact f1 (memberOf): argument member: ryu-young-sang is a person, want company or joint_venture or alliance`},
		{"missing argument", func(s string) string {
			return strings.Replace(s, "    org: {id: k-ai-alliance, text: the alliance}\n", "", 1)
		}, `bad.yaml:6: fact f1 (memberOf): missing argument org`},
		{"missing partners", func(s string) string {
			return strings.Replace(s, "    - {id: singtel, text: Singtel}\n", "", 1)
		}, `bad.yaml:12: fact f2 (jointVenture): missing argument partners (want a list of at least two)`},
		{"bad date", func(s string) string { return strings.Replace(s, "since: 2024-07", "since: 2024-13", 1) },
			`bad.yaml:10: fact f1 (memberOf): bad date since: "2024-13" (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{"bad article date", func(s string) string { return strings.Replace(s, "date: 2024-07", "date: July 2024", 1) },
			`bad.yaml:4: article a1: bad date "July 2024" (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{"missing evidence", func(s string) string {
			return strings.Replace(s, "    evidence: \"The alliance welcomed Lablup.\"\n", "", 1)
		}, `bad.yaml:6: fact f1 (memberOf): missing evidence`},
		{"duplicate article id", func(s string) string {
			return s + strings.Replace(strings.TrimPrefix(s, "articles:\n"), "news/1", "news/2", 1)
		}, `bad.yaml:18: duplicate article id "a1" (first at line 2)`},
		{"malformed YAML", func(s string) string { return strings.Replace(s, "rel: memberOf", "rel: [memberOf", 1) },
			`bad.yaml:7: malformed YAML: did not find expected ',' or ']'`},
		{"malformed YAML: tab", func(s string) string { return strings.Replace(s, "    since: 2024-07", "\tsince: 2024-07", 1) },
			`bad.yaml:10: malformed YAML: found character that cannot start any token`},
		{"qualifier that does not apply", func(s string) string {
			return strings.Replace(s, "    since: 2024-07\n", "    amount: 5 billion won\n", 1)
		}, `bad.yaml:10: fact f1 (memberOf): qualifier amount does not apply to memberOf`},
		{"missing source", func(s string) string { return strings.Replace(s, "  source: https://example.com/news/1\n", "", 1) },
			`bad.yaml:2: article a1: missing source URL`},
	}
	reg := corpusRegister(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ff, err := loaders.ReadFacts("bad.yaml", []byte(tt.edit(validFile)), loaders.ReadOptions{Register: reg})
			if ff != nil {
				t.Errorf("got %d articles, want none from a file with an error", len(ff.Articles))
			}
			var ps loaders.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("err = %v, want loaders.Problems", err)
			}
			if !errors.Is(err, schema.ErrInvalid) {
				t.Errorf("err does not match schema.ErrInvalid")
			}
			if diff := cmp.Diff([]string{tt.want}, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadFactsReportsEveryProblem checks that problems do not stop the
// reader: two broken facts give two lines.
func TestReadFactsReportsEveryProblem(t *testing.T) {
	s := strings.Replace(validFile, "rel: memberOf", "rel: friendOf", 1)
	s = strings.Replace(s, "id: singtel", "id: nobody", 1)
	_, err := loaders.ReadFacts("bad.yaml", []byte(s), loaders.ReadOptions{Register: corpusRegister(t)})
	want := []string{
		`bad.yaml:7: fact f1: unknown relation "friendOf"`,
		`bad.yaml:16: fact f2 (jointVenture): argument partners: unknown entity id "nobody" (not in the register)`,
	}
	if err == nil {
		t.Fatal("no error")
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestReadFactsLenientForGold(t *testing.T) {
	s := strings.Replace(validFile, "id: lablup", "id: unknown-startup", 1)
	s = strings.Replace(s, "    evidence: \"The alliance welcomed Lablup.\"\n", "", 1)
	ff, err := loaders.ReadFacts("gold.yaml", []byte(s), loaders.ReadOptions{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := ff.Articles[0].Facts[0].Subject.ID; got != "unknown-startup" {
		t.Errorf("subject = %q, want unknown-startup", got)
	}
}

func TestReadRegisterErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown type", "entities:\n  acme:\n    name: Acme\n    type: planet\n",
			`reg.yaml:3: entity acme: unknown type "planet" (want company, alliance, joint_venture, person or country)`},
		{"not a slug", "entities:\n  Acme Corp:\n    name: Acme\n    type: company\n",
			`reg.yaml:2: entity id "Acme Corp" is not a slug (lowercase words joined by -, or a country code)`},
		{"missing name", "entities:\n  acme:\n    type: company\n", `reg.yaml:3: entity acme: missing name`},
		{"no section", "people: []\n", `reg.yaml:1: no entities: section`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg, err := loaders.ReadRegister("reg.yaml", []byte(tt.in))
			if reg != nil || err == nil {
				t.Fatalf("got register %v, err %v; want an error", reg, err)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSlugify(t *testing.T) {
	tests := map[string]string{
		"SK Telecom":             "sk-telecom",
		"e&":                     "e-and",
		"AT&T":                   "at-and-t",
		"Konan Technology Inc.":  "konan-technology-inc",
		"Telefónica":             "telefonica",
		"  Open  Telco   AI ":    "open-telco-ai",
		"O-RAN Alliance":         "o-ran-alliance",
		"McDonald's Corporation": "mcdonalds-corporation",
	}
	for in, want := range tests {
		if got := loaders.Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}
