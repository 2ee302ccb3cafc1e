package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/telcograph/telcograph/loaders/facts"
)

func TestRunExtractAndEvalErrors(t *testing.T) {
	tests := []struct {
		name    string
		run     func([]string, *bytes.Buffer, *bytes.Buffer) error
		args    []string
		wantErr bool
		wantOut string
	}{
		{"extract help", wrap(runExtract), []string{"--help"}, true, "Usage: telcograph extract"}, // flag.ErrHelp: exit 0
		{"eval help", wrap(runEval), []string{"--help"}, true, "Usage: telcograph eval"},
		{"extract no article", wrap(runExtract), nil, true, ""},
		{"extract missing file", wrap(runExtract), []string{"testdata/nope.txt"}, true, ""},
		{"extract bad confidence", wrap(runExtract), []string{"--min-confidence", "2", "x.txt"}, true, ""},
		{"extract bad date", wrap(runExtract), []string{"--date", "2024-13", "x.txt"}, true, ""},
		{"eval without gold", wrap(runEval), nil, true, ""},
		{"eval bad flag", wrap(runEval), []string{"--nope"}, true, ""},
		{"eval missing gold", wrap(runEval), []string{"--gold", "nope.yaml"}, true, ""},
		{"extract article", wrap(runExtract), []string{"--register", "../../testdata/corpus/aliases.yaml",
			"../../testdata/corpus/articles/04-neowin-vodafone-microsoft.txt"}, false, "rel: ceoOf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := tt.run(tt.args, &out, &errOut)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("output lacks %q:\n%s", tt.wantOut, out.String())
			}
		})
	}
}

func wrap(f func([]string, io.Writer, io.Writer) error) func([]string, *bytes.Buffer, *bytes.Buffer) error {
	return func(a []string, o, e *bytes.Buffer) error { return f(a, o, e) }
}

// TestExtractOutputLoads checks that what extract prints reads back as
// article facts against the same register.
func TestExtractOutputLoads(t *testing.T) {
	regPath := "../../testdata/corpus/aliases.yaml"
	arts, _ := filepath.Glob("../../testdata/corpus/articles/*.txt")
	var out, errOut bytes.Buffer
	if err := runExtract(append([]string{"--register", regPath}, arts...), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	reg, err := readRegisterFile(regPath)
	if err != nil {
		t.Fatal(err)
	}
	ff, err := facts.Read("out.yaml", out.Bytes(), facts.ReadOptions{Register: reg})
	if err != nil {
		t.Fatalf("extract output does not load: %v", err)
	}
	if len(ff.Articles) != len(arts) {
		t.Errorf("%d articles, want %d", len(ff.Articles), len(arts))
	}
}

// TestEvalCorpus runs eval on the corpus copy: the last line has the
// promised form, and --json the promised keys.
func TestEvalCorpus(t *testing.T) {
	args := []string{"--gold", "../../testdata/corpus/gold.yaml", "--register", "../../testdata/corpus/aliases.yaml"}
	var out, errOut bytes.Buffer
	if err := runEval(args, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if got, want := lines[len(lines)-1], "micro P=1.00 R=1.00 F1=1.00 hard_negatives_hit=0"; got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
	out.Reset()
	if err := runEval(append(args, "--json"), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var js map[string]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, k := range []string{"precision", "recall", "f1", "hard_negatives_hit", "per_relation", "qualifiers"} {
		if _, ok := js[k]; ok {
			keys = append(keys, k)
		}
	}
	if diff := cmp.Diff([]string{"precision", "recall", "f1", "hard_negatives_hit", "per_relation", "qualifiers"}, keys); diff != "" {
		t.Errorf("json keys (-want +got):\n%s", diff)
	}
	// --articles defaults to the gold file's directory; an explicit one works too.
	out.Reset()
	dir, _ := filepath.Abs("../../testdata/corpus")
	if err := runEval(append(args, "--articles", dir), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "articles")); err != nil {
		t.Fatal(err)
	}
}

// TestEvalByPrefix: --by-prefix scores the articles whose ids share a
// prefix together, and --json's per_article counts add up to the
// per-relation ones; the last line stays the micro score.
func TestEvalByPrefix(t *testing.T) {
	args := []string{"--gold", "../../testdata/drills/invest/gold.yaml", "--register", "../../testdata/drills/invest/aliases.yaml"}
	var out, errOut bytes.Buffer
	if err := runEval(append(args, "--json"), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var js struct {
		PerRelation map[string]relJSON `json:"per_relation"`
		PerArticle  map[string]relJSON `json:"per_article"`
	}
	if err := json.Unmarshal(out.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	var rel, art relJSON
	for _, c := range js.PerRelation {
		rel.TP, rel.FP, rel.FN = rel.TP+c.TP, rel.FP+c.FP, rel.FN+c.FN
	}
	for _, c := range js.PerArticle {
		art.TP, art.FP, art.FN = art.TP+c.TP, art.FP+c.FP, art.FN+c.FN
	}
	if rel.TP == 0 || rel.TP != art.TP || rel.FP != art.FP || rel.FN != art.FN {
		t.Errorf("per_article adds up to %d/%d/%d, per_relation to %d/%d/%d", art.TP, art.FP, art.FN, rel.TP, rel.FP, rel.FN)
	}
	out.Reset()
	if err := runEval(append(args, "--by-prefix"), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%-16s %4d %4d %4d %4d", "invest-*", len(js.PerArticle), art.TP, art.FP, art.FN)
	if !strings.Contains(out.String(), want) {
		t.Errorf("no line %q in:\n%s", want, out.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if !strings.HasPrefix(lines[len(lines)-1], "micro P=") {
		t.Errorf("last line = %q", lines[len(lines)-1])
	}
}

// TestEvalByRule: --json's per_rule and per_band counts add up to the
// micro true and false positives, and --by-rule prints both tables with
// the micro score still last.
func TestEvalByRule(t *testing.T) {
	args := []string{"--gold", "../../testdata/drills/partners/gold.yaml", "--register", "../../testdata/drills/partners/aliases.yaml"}
	var out, errOut bytes.Buffer
	if err := runEval(append(args, "--json"), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var js struct {
		PerRelation map[string]relJSON `json:"per_relation"`
		PerRule     map[string]relJSON `json:"per_rule"`
		PerBand     map[string]relJSON `json:"per_band"`
		Unlinked    map[string]int     `json:"misses_unlinked"`
		Kinds       map[string]int     `json:"unlinked_kinds"`
		Coref       struct {
			Gold, Right int
		} `json:"coref"`
	}
	if err := json.Unmarshal(out.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	var rel relJSON
	for _, c := range js.PerRelation {
		rel.TP, rel.FP = rel.TP+c.TP, rel.FP+c.FP
	}
	for name, m := range map[string]map[string]relJSON{"per_rule": js.PerRule, "per_band": js.PerBand} {
		var sum relJSON
		for _, c := range m {
			sum.TP, sum.FP = sum.TP+c.TP, sum.FP+c.FP
		}
		if rel.TP == 0 || sum.TP != rel.TP || sum.FP != rel.FP {
			t.Errorf("%s adds up to tp %d fp %d, per_relation to tp %d fp %d", name, sum.TP, sum.FP, rel.TP, rel.FP)
		}
	}
	misses, args0 := 0, 0
	for _, n := range js.Unlinked {
		misses += n
	}
	for _, n := range js.Kinds {
		args0 += n
	}
	if js.Coref.Gold == 0 || js.Coref.Right == 0 {
		t.Errorf("coref = %+v, want the drill's descriptions counted", js.Coref)
	}
	if misses == 0 || args0 < misses {
		t.Errorf("unlinked_kinds counts %d arguments for %d unlinked misses", args0, misses)
	}
	out.Reset()
	if err := runEval(append(args, "--by-rule"), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	for _, head := range []string{"\nrule ", "\nconfidence "} {
		if !strings.Contains(out.String(), head) {
			t.Errorf("no %q table in:\n%s", strings.TrimSpace(head), out.String())
		}
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if !strings.HasPrefix(lines[len(lines)-1], "micro P=") {
		t.Errorf("last line = %q", lines[len(lines)-1])
	}
}

// TestEvalShapes: every miss is either unlinked, linked only across
// sentences, or has a structure in miss_shapes, and every spurious fact
// has a kind; --shapes prints the structures with the micro score still
// last.
func TestEvalShapes(t *testing.T) {
	args := []string{"--gold", "../../testdata/drills/coref2/gold.yaml", "--register", "../../testdata/drills/coref2/aliases.yaml"}
	var js struct {
		PerRelation map[string]relJSON `json:"per_relation"`
		Unlinked    map[string]int     `json:"misses_unlinked"`
		Split       map[string]int     `json:"split_misses"`
		Spurious    map[string]int     `json:"spurious_kinds"`
		Shapes      []struct {
			Relation, Shape string
			Count           int
		} `json:"miss_shapes"`
	}
	evalJSON(t, args, &js)
	fn, sum := 0, 0
	for _, c := range js.PerRelation {
		fn += c.FN
	}
	for _, n := range js.Unlinked {
		sum += n
	}
	for _, n := range js.Split {
		sum += n
	}
	for _, s := range js.Shapes {
		sum += s.Count
	}
	if len(js.Shapes) == 0 || sum != fn {
		t.Fatalf("unlinked, split and shaped misses add up to %d, fn is %d (%d shapes)", sum, fn, len(js.Shapes))
	}
	fp, kinds := 0, 0
	for _, c := range js.PerRelation {
		fp += c.FP
	}
	for _, n := range js.Spurious {
		kinds += n
	}
	if fp == 0 || kinds != fp {
		t.Errorf("spurious_kinds add up to %d, fp is %d", kinds, fp)
	}
	if out := evalText(t, append(args, "--shapes")...); !strings.Contains(out, "their sentences' structure") || !strings.Contains(out, js.Shapes[0].Shape) {
		t.Errorf("no structures in:\n%s", out)
	}
}

// evalJSON runs eval --json with args and decodes its output into v.
func evalJSON(t *testing.T, args []string, v any) {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := runEval(append(args, "--json"), &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out.Bytes(), v); err != nil {
		t.Fatal(err)
	}
}

// evalText runs eval with args and returns its text output, checking that
// the micro score stays its last line.
func evalText(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := runEval(args, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if !strings.HasPrefix(lines[len(lines)-1], "micro P=") {
		t.Errorf("last line = %q", lines[len(lines)-1])
	}
	return out.String()
}
