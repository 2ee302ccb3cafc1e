package facts_test

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
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

// corpusRegister reads the corpus entity register from testdata.
func corpusRegister(t *testing.T) *schema.Register {
	t.Helper()
	b, err := os.ReadFile("../../testdata/corpus/aliases.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg, err := facts.ReadRegister("aliases.yaml", b)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestQuadsGolden turns the corpus gold facts into sorted N-Quads and
// compares them with testdata/golden/corpus.nq (go test -update rewrites it).
func TestQuadsGolden(t *testing.T) {
	reg := corpusRegister(t)
	b, err := os.ReadFile("../../testdata/corpus/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ff, err := facts.Read("gold.yaml", b, facts.ReadOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	var all []quad.Quad
	for _, a := range ff.Articles {
		qs := facts.Quads(a, ff.Register)
		for _, q := range qs {
			if q.Label != a.IRI() {
				t.Fatalf("quad %s: label is not the article IRI %s", q.NQuad(), a.IRI())
			}
		}
		again := facts.Quads(a, ff.Register)
		if diff := cmp.Diff(nquadText(t, qs), nquadText(t, again)); diff != "" {
			t.Fatalf("article %s: Quads is not deterministic (-first +second):\n%s", a.ID, diff)
		}
		all = append(all, qs...)
	}
	got := nquadText(t, all)
	golden := filepath.Join("..", "..", "testdata", "golden", "corpus.nq")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./loaders/facts -run Golden -update to create it)", err)
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

// TestReadFactsCoarseUntil: an until of a coarser precision that shares
// since's period ("since 2024-07, until 2024") is no error.
func TestReadFactsCoarseUntil(t *testing.T) {
	f := strings.Replace(validFile, "since: 2024-07", "since: 2024-07\n    until: 2024", 1)
	ff, err := facts.Read("valid.yaml", []byte(f), facts.ReadOptions{Register: corpusRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	if got := ff.Articles[0].Facts[0].Until; got != (schema.Date{Year: 2024, Precision: schema.PrecisionYear}) {
		t.Errorf("until = %v, want 2024", got)
	}
}

func TestReadFactsValid(t *testing.T) {
	ff, err := facts.Read("valid.yaml", []byte(validFile), facts.ReadOptions{Register: corpusRegister(t)})
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
		{"until before since", func(s string) string {
			return strings.Replace(s, "since: 2024-07", "since: 2024-07\n    until: 2024-06", 1)
		},
			`bad.yaml:11: fact f1 (memberOf): until 2024-06 is before since 2024-07`},
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
		{"misspelt fact key", func(s string) string { return strings.Replace(s, "since: 2024-07", "sinse: 2024-11", 1) },
			`bad.yaml:10: fact f1 (memberOf): unknown key "sinse" (did you mean "since"?)`},
		{"unknown fact key", func(s string) string { return strings.Replace(s, "since: 2024-07", "weather: sunny", 1) },
			`bad.yaml:10: fact f1 (memberOf): unknown key "weather" (accepted here: id, rel, modality, confidence, extractor, rule, evidence, evidence_kind, amount, date, member, name, org, purpose, role, share, since, topic, until, alt_evidence, date_text, needs, note, why)`},
		{"misspelt article key", func(s string) string { return strings.Replace(s, "  date: 2024-07", "  dat: 2024-07", 1) },
			`bad.yaml:4: article: unknown key "dat" (did you mean "date"?)`},
		{"misspelt top-level key", func(s string) string { return "sumary: 1\n" + s },
			`bad.yaml:1: unknown key "sumary" (did you mean "summary"?)`},
		{"misspelt argument key", func(s string) string {
			return strings.Replace(s, "{id: lablup, text: Lablup}", "{id: lablup, txt: Lablup}", 1)
		},
			`bad.yaml:8: fact f1 (memberOf): argument member: unknown key "txt" (did you mean "text"?)`},
		{"javascript source", func(s string) string {
			return strings.Replace(s, "https://example.com/news/1", "javascript://example.org/%0aalert(1)", 1)
		}, `bad.yaml:2: article a1: source "javascript://example.org/%0aalert(1)" is not a web address: only http and https sources are accepted (file:/// for a local article)`},
		{"data source", func(s string) string {
			return strings.Replace(s, "https://example.com/news/1", "data:text/html,hi", 1)
		}, `bad.yaml:2: article a1: source "data:text/html,hi" is not a web address: only http and https sources are accepted (file:/// for a local article)`},
		{"bad evidence kind", func(s string) string {
			return strings.Replace(s, `    evidence: "The alliance welcomed Lablup."`, "    evidence: \"The alliance welcomed Lablup.\"\n    evidence_kind: summary", 1)
		}, `bad.yaml:12: fact f1 (memberOf): unknown evidence_kind "summary" (want quote or paraphrase)`},
		{"member count without count", func(s string) string {
			return strings.Replace(strings.Replace(s, "    rel: memberOf\n    member: {id: lablup, text: Lablup}\n", "    rel: memberCount\n", 1), "    since: 2024-07\n", "", 1)
		}, `bad.yaml:6: fact f1 (memberCount): missing count`},
		{"member count not a number", func(s string) string {
			return strings.Replace(strings.Replace(s, "    rel: memberOf\n    member: {id: lablup, text: Lablup}\n", "    rel: memberCount\n    count: eighteen\n", 1), "    since: 2024-07\n", "", 1)
		}, `bad.yaml:8: fact f1 (memberCount): count "eighteen" is not a whole number of at least 0`},
	}
	reg := corpusRegister(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ff, err := facts.Read("bad.yaml", []byte(tt.edit(validFile)), facts.ReadOptions{Register: reg})
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
	_, err := facts.Read("bad.yaml", []byte(s), facts.ReadOptions{Register: corpusRegister(t)})
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
	ff, err := facts.Read("gold.yaml", []byte(s), facts.ReadOptions{Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := ff.Articles[0].Facts[0].Subject.ID; got != "unknown-startup" {
		t.Errorf("subject = %q, want unknown-startup", got)
	}
}

// TestReadFactsReservedKeys loads a file that uses every annotation key the
// format reserves: none is an error.
func TestReadFactsReservedKeys(t *testing.T) {
	res := facts.ReservedKeys()
	var top, art, fact strings.Builder
	for _, k := range res["top"] {
		top.WriteString(k + ": x\n")
	}
	for _, k := range res["article"] {
		art.WriteString("  " + k + ": x\n")
	}
	for _, k := range res["fact"] {
		fact.WriteString("    " + k + ": x\n")
	}
	in := top.String() + strings.Replace(strings.Replace(validFile, "  date: 2024-07\n", "  date: 2024-07\n"+art.String(), 1),
		"    since: 2024-07\n", "    since: 2024-07\n"+fact.String(), 1)
	if _, err := facts.Read("reserved.yaml", []byte(in), facts.ReadOptions{Register: corpusRegister(t)}); err != nil {
		t.Fatalf("reserved keys refused:\n%v", err)
	}
}

// TestReadFactsNewKeys reads a paraphrased fact, a stated member count and
// identifiers, and writes them back unchanged.
func TestReadFactsNewKeys(t *testing.T) {
	in := `identifiers:
  sk-telecom:
  - {scheme: wikidata, value: Q1476427, source: "https://www.wikidata.org/wiki/Q1476427"}
articles:
- id: a1
  source: https://example.com/news/1
  date: 2024-07
  facts:
  - id: f1
    rel: memberCount
    org: {id: k-ai-alliance, text: K-AI Alliance}
    count: 18
    date: 2024-07
    evidence: "In our words: the alliance had 18 member companies."
    evidence_kind: paraphrase
`
	ff, err := facts.Read("new.yaml", []byte(in), facts.ReadOptions{Register: corpusRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	want := schema.Fact{ID: "f1", Relation: schema.RelMemberCount, Subject: schema.Mention{ID: "k-ai-alliance", Text: "K-AI Alliance"},
		Count: 18, Date: schema.Date{Year: 2024, Month: 7, Precision: schema.PrecisionMonth},
		Evidence: "In our words: the alliance had 18 member companies.", EvidenceKind: schema.Paraphrase, Line: 9}
	if diff := cmp.Diff(want, ff.Articles[0].Facts[0]); diff != "" {
		t.Errorf("fact (-want +got):\n%s", diff)
	}
	e, _ := ff.Register.Lookup("sk-telecom")
	wantIDs := []schema.Identifier{{Scheme: schema.SchemeWikidata, Value: "Q1476427", Source: "https://www.wikidata.org/wiki/Q1476427"}}
	if diff := cmp.Diff(wantIDs, e.Identifiers); diff != "" {
		t.Errorf("identifiers (-want +got):\n%s", diff)
	}
	var out bytes.Buffer
	if err := facts.Write(&out, ff); err != nil {
		t.Fatal(err)
	}
	back, err := facts.Read("back.yaml", out.Bytes(), facts.ReadOptions{Register: corpusRegister(t)})
	if err != nil {
		t.Fatalf("written file does not read back: %v\n%s", err, out.String())
	}
	want.Line = back.Articles[0].Facts[0].Line
	if diff := cmp.Diff(want, back.Articles[0].Facts[0]); diff != "" {
		t.Errorf("written and read back (-want +got):\n%s", diff)
	}
	qs := facts.Quads(ff.Articles[0], ff.Register)
	var saw []string
	for _, q := range qs {
		if q.Predicate == schema.Count || q.Predicate == schema.EvidenceKindIRI {
			saw = append(saw, q.Predicate.String()+" "+q.Object.String())
		}
	}
	if diff := cmp.Diff([]string{`<https://telcograph.org/ns#count> "18"^^<xsd:integer>`,
		`<https://telcograph.org/ns#evidenceKind> "paraphrase"`}, saw); diff != "" {
		t.Errorf("quads (-want +got):\n%s", diff)
	}
}

func TestReadIdentifierErrors(t *testing.T) {
	tests := []struct{ name, id, want string }{
		{"not a Q-number", `{scheme: wikidata, value: "42", source: "https://w.example/"}`, `reg.yaml:6: entity acme: wikidata id "42" is not a Q-number such as Q42`},
		{"LEI check digits", `{scheme: lei, value: "529900T8BM49AURSDO56", source: "https://w.example/"}`, `reg.yaml:6: entity acme: LEI "529900T8BM49AURSDO56": check digits do not match (ISO 7064 MOD 97-10)`},
		{"LEI length", `{scheme: lei, value: "529900T8BM49AURSDO5", source: "https://w.example/"}`, `reg.yaml:6: entity acme: LEI "529900T8BM49AURSDO5" is not 18 letters or digits and 2 check digits`},
		{"website not https", `{scheme: website, value: "http://acme.example", source: "https://w.example/"}`, `reg.yaml:6: entity acme: website "http://acme.example" is not an absolute https URL`},
		{"unknown scheme", `{scheme: duns, value: "1", source: "https://w.example/"}`, `reg.yaml:6: entity acme: unknown identifier scheme "duns" (want wikidata, lei or website)`},
		{"no source", `{scheme: wikidata, value: Q42}`, `reg.yaml:6: entity acme: identifier wikidata Q42: missing source (where it was found)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "entities:\n  acme:\n    name: Acme\n    type: company\n    identifiers:\n    - " + tt.id + "\n"
			_, err := facts.ReadRegister("reg.yaml", []byte(in))
			if err == nil {
				t.Fatal("no error")
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	good := "entities:\n  acme:\n    name: Acme\n    type: company\n    identifiers:\n    - {scheme: lei, value: 529900T8BM49AURSDO55, source: \"https://w.example/\"}\n"
	if _, err := facts.ReadRegister("reg.yaml", []byte(good)); err != nil {
		t.Errorf("valid LEI refused: %v", err)
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
		{"no section", "people: []\n", "reg.yaml:1: unknown key \"people\" (accepted here: entities)\nreg.yaml:1: no entities: section"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg, err := facts.ReadRegister("reg.yaml", []byte(tt.in))
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
		if got := facts.Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}
