package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// runExtract implements "telcograph extract ARTICLE...": it prints the
// article-facts YAML of raw articles (.txt with header lines, or .html).
func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "extract [--register ALIASES.yaml] [--min-confidence N] [--date D] ARTICLE...\n\nPrints the facts found in raw articles as article-facts YAML.", stdout, stderr)
	regPath := fs.String("register", "", "entity register (aliases.yaml format) naming known entities")
	minConf := fs.Float64("min-confidence", 0, "drop facts below this confidence (0 to 1)")
	date := fs.String("date", "", "publication date (YYYY, YYYY-MM or YYYY-MM-DD) when the article has none")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageErrorf("no article given (see telcograph extract --help)")
	}
	if *minConf < 0 || *minConf > 1 {
		return usageErrorf("--min-confidence must be from 0 to 1, not %g", *minConf)
	}
	opt := extract.ExtractOptions{MinConfidence: *minConf}
	if *date != "" {
		d, err := schema.ParseDate(*date)
		if err != nil {
			return usageErrorf("--date: %v", err)
		}
		opt.Date = d
	}
	if *regPath != "" {
		reg, err := readRegisterFile(*regPath)
		if err != nil {
			return err
		}
		opt.Register = reg
	}
	out := &facts.File{Register: &schema.Register{}}
	seen := make(map[string]bool)
	for _, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		f, err := extract.ExtractArticle(name, data, opt)
		if err != nil {
			return err
		}
		out.Articles = append(out.Articles, f.Articles...)
		for _, d := range f.Discovered {
			if !seen[d.Slug] {
				seen[d.Slug] = true
				out.Discovered = append(out.Discovered, d)
			}
		}
	}
	sort.Slice(out.Discovered, func(i, j int) bool { return out.Discovered[i].Slug < out.Discovered[j].Slug })
	return facts.Write(stdout, out)
}

// runEval implements "telcograph eval": it extracts every article a gold
// file names and prints precision, recall and F1 against the gold facts.
func runEval(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval", "eval --gold GOLD.yaml [--register ALIASES.yaml] [--articles DIR] [--json] [-v]\n\nExtracts every article named in GOLD and scores the facts against it.", stdout, stderr)
	goldPath := fs.String("gold", "", "gold article-facts file (required)")
	regPath := fs.String("register", "", "entity register (aliases.yaml format) the extractor may use")
	dir := fs.String("articles", "", "directory the gold file's article paths are relative to (default: the gold file's directory)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	verbose := fs.Bool("v", false, "list missed and spurious facts")
	byPrefix := fs.Bool("by-prefix", false, "also score each group of articles whose ids share the text before their first '-' (a writer's articles in the blind sets)")
	byRule := fs.Bool("by-rule", false, "also count the true and false positives of each rule family and confidence band (with -v, of each rule)")
	shapes := fs.Bool("shapes", false, "also print the structure of the sentences of misses whose arguments were all linked: entities as S, O, P, E, closed-class words, parts of speech, and lemmas two misses share (no sentence is quoted)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *goldPath == "" {
		return usageErrorf("--gold is required (see telcograph eval --help)")
	}
	if fs.NArg() > 0 {
		return usageErrorf("unexpected arguments %q", fs.Args())
	}
	var reg *schema.Register
	if *regPath != "" {
		r, err := readRegisterFile(*regPath)
		if err != nil {
			return err
		}
		reg = r
	}
	data, err := os.ReadFile(*goldPath)
	if err != nil {
		return err
	}
	gold, err := facts.Read(*goldPath, data, facts.ReadOptions{Register: reg, Lenient: true})
	if err != nil {
		return err
	}
	base := *dir
	if base == "" {
		base = filepath.Dir(*goldPath)
	}
	read := func(file string) ([]byte, error) { return os.ReadFile(filepath.Join(base, filepath.FromSlash(file))) }
	sc, err := extract.Evaluate(gold, read, extract.ExtractOptions{Register: reg})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeScoreJSON(stdout, sc)
	}
	writeScoreText(stdout, sc, *verbose, *byPrefix, *byRule, *shapes)
	return nil
}

func readRegisterFile(path string) (*schema.Register, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("register: %w", err)
	}
	return facts.ReadRegister(path, data)
}

type relJSON struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

type qualJSON struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

func writeScoreJSON(w io.Writer, sc *extract.Score) error {
	out := struct {
		Precision        float64             `json:"precision"`
		Recall           float64             `json:"recall"`
		F1               float64             `json:"f1"`
		HardNegativesHit int                 `json:"hard_negatives_hit"`
		WrongSpecificity int                 `json:"wrong_specificity"`
		PerRelation      map[string]relJSON  `json:"per_relation"`
		Qualifiers       map[string]qualJSON `json:"qualifiers"`
		Misses           []string            `json:"misses"`
		Spurious         []string            `json:"spurious"`
		// Unlinked: per relation, misses naming an entity the extractor
		// never linked in the article.
		Unlinked map[string]int `json:"misses_unlinked"`
		// UnlinkedKinds: those misses' unlinked arguments, by how the
		// gold names them (registered name, variant, acronym, ...).
		UnlinkedKinds map[string]int `json:"unlinked_kinds"`
		// UnlinkedKindsByRole: the same by "relation role: kind".
		UnlinkedKindsByRole map[string]int `json:"unlinked_kinds_by_role"`
		// Uncovered: misses whose gold evidence matches no sentence the
		// extractor read; UncoveredUnlinked: those also counted unlinked.
		Uncovered int `json:"misses_uncovered"`
		// UnlinkedNameSites: the unlinked arguments named with a name, by
		// what the extractor read where the name stands.
		UnlinkedNameSites map[string]int `json:"unlinked_name_sites"`
		UncoveredWhy      map[string]int `json:"misses_uncovered_why"`
		// OutOfSchema: per relation, gold facts with an argument of a
		// type the relation does not take.
		OutOfSchema map[string]int `json:"gold_out_of_schema"`
		// PersonFoundersUnscored: predicted foundedBy facts with a person
		// as founder left unscored because the gold states no person
		// founder (a gold written before the relation could not).
		PersonFoundersUnscored int `json:"person_founders_unscored"`
		UncoveredUnlinked      int `json:"misses_uncovered_unlinked"`
		// SpuriousKinds: spurious predictions by "relation: kind", what
		// the gold says of their entities.
		SpuriousKinds map[string]int `json:"spurious_kinds"`
		// Coref: the gold's descriptions and pronouns, and how many the
		// extractor resolved to the gold's entity, to others, or not at all.
		Coref extract.CorefCounts `json:"coref"`
		// PerArticle: the scores of each gold article, by its id.
		PerArticle map[string]relJSON `json:"per_article"`
		// PerRule and PerBand: the true and false positives of each rule
		// and confidence band ("0.7" is 0.70-0.79).
		PerRule map[string]relJSON `json:"per_rule"`
		PerBand map[string]relJSON `json:"per_band"`
		// SplitMisses: per relation, misses whose arguments were all
		// linked, but in different sentences; MissShapes: the structures
		// of the others' sentences (eval --shapes).
		SplitMisses map[string]int      `json:"split_misses"`
		MissShapes  []extract.MissShape `json:"miss_shapes"`
		// Calibration: how well the confidence facts carry, and the
		// rules' own confidence before calibration, predict being right.
		Calibration struct {
			Predictions int                    `json:"predictions"`
			Confidence  extract.CalibrationFit `json:"confidence"`
			RulesOwn    extract.CalibrationFit `json:"rules_own"`
		} `json:"calibration"`
	}{
		Precision: round2(sc.Micro.Precision()), Recall: round2(sc.Micro.Recall()), F1: round2(sc.Micro.F1()),
		HardNegativesHit: sc.HardNegativesHit, WrongSpecificity: sc.WrongSpecificity,
		PerRelation: map[string]relJSON{}, Qualifiers: map[string]qualJSON{},
		Misses: sc.Misses, Spurious: sc.Spurious, Unlinked: map[string]int{}, PerArticle: map[string]relJSON{},
		PerRule: map[string]relJSON{}, PerBand: map[string]relJSON{}, UnlinkedKinds: map[string]int{},
		Coref: sc.Coref, SplitMisses: map[string]int{}, MissShapes: sc.MissShapes, UnlinkedKindsByRole: map[string]int{},
		SpuriousKinds: map[string]int{}, Uncovered: sc.Uncovered, UncoveredUnlinked: sc.UncoveredUnlinked, UnlinkedNameSites: sc.UnlinkedNameSites, UncoveredWhy: sc.UncoveredWhy, OutOfSchema: sc.OutOfSchema,
		PersonFoundersUnscored: sc.UnscoredPersonFounders,
	}
	out.Calibration.Predictions = len(sc.Scored)
	out.Calibration.Confidence, out.Calibration.RulesOwn = sc.Calibration()
	for k, n := range sc.SpuriousKinds {
		out.SpuriousKinds[k] = n
	}
	for k, n := range sc.UnlinkedKindsByRole {
		out.UnlinkedKindsByRole[k] = n
	}
	for rel, n := range sc.SplitMisses {
		out.SplitMisses[rel] = n
	}
	for k, n := range sc.UnlinkedKinds {
		out.UnlinkedKinds[k] = n
	}
	for id, c := range sc.PerRule {
		out.PerRule[id] = relJSON{TP: c.TP, FP: c.FP, Precision: round2(c.Precision())}
	}
	for id, c := range sc.PerBand {
		out.PerBand[id] = relJSON{TP: c.TP, FP: c.FP, Precision: round2(c.Precision())}
	}
	for id, c := range sc.PerArticle {
		out.PerArticle[id] = relJSON{c.TP, c.FP, c.FN, round2(c.Precision()), round2(c.Recall()), round2(c.F1())}
	}
	for rel, n := range sc.Unlinked {
		out.Unlinked[rel] = n
	}
	for rel, c := range sc.PerRelation {
		out.PerRelation[rel] = relJSON{c.TP, c.FP, c.FN, round2(c.Precision()), round2(c.Recall()), round2(c.F1())}
	}
	for q, c := range sc.Qualifiers {
		out.Qualifiers[q] = qualJSON{c.Gold, c.Predicted, c.Correct, round2(ratioOf(c.Correct, c.Predicted)), round2(ratioOf(c.Correct, c.Gold))}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeScoreText(w io.Writer, sc *extract.Score, verbose, byPrefix, byRule, shapes bool) {
	rels := make([]string, 0, len(sc.PerRelation))
	for r := range sc.PerRelation {
		rels = append(rels, r)
	}
	sort.Strings(rels)
	fmt.Fprintf(w, "%-16s %4s %4s %4s %6s %6s %6s\n", "relation", "tp", "fp", "fn", "P", "R", "F1")
	for _, r := range rels {
		c := sc.PerRelation[r]
		fmt.Fprintf(w, "%-16s %4d %4d %4d %6.2f %6.2f %6.2f\n", r, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	fmt.Fprintf(w, "\n%-16s %5s %9s %7s\n", "qualifier", "gold", "predicted", "correct")
	for _, q := range extract.ScoredQualifiers() {
		c := sc.Qualifiers[q]
		if c == nil {
			continue
		}
		fmt.Fprintf(w, "%-16s %5d %9d %7d\n", q, c.Gold, c.Predicted, c.Correct)
	}
	if sc.WrongSpecificity > 0 {
		fmt.Fprintf(w, "\nfoundingMember predicted for a gold memberOf: %d\n", sc.WrongSpecificity)
	}
	if sc.Micro.FN > 0 {
		unlinked := 0
		var by []string
		for _, r := range rels {
			if n := sc.Unlinked[r]; n > 0 {
				unlinked += n
				by = append(by, fmt.Sprintf("%s %d/%d", r, n, sc.PerRelation[r].FN))
			}
		}
		fmt.Fprintf(w, "\nmisses naming an entity no mention in their evidence was linked to: %d of %d", unlinked, sc.Micro.FN)
		if len(by) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(by, ", "))
		}
		fmt.Fprintln(w)
		if sc.Uncovered > 0 {
			fmt.Fprintf(w, "misses whose evidence no sentence the extractor read lies within or contains: %d (%d of them counted unlinked above): %s\n", sc.Uncovered, sc.UncoveredUnlinked, countsByFrequency(sc.UncoveredWhy))
		}
		if len(sc.UnlinkedKinds) > 0 {
			kinds := make([]string, 0, len(sc.UnlinkedKinds))
			for k := range sc.UnlinkedKinds {
				kinds = append(kinds, k)
			}
			sort.Slice(kinds, func(i, j int) bool {
				a, b := sc.UnlinkedKinds[kinds[i]], sc.UnlinkedKinds[kinds[j]]
				return a > b || a == b && kinds[i] < kinds[j]
			})
			for i, k := range kinds {
				kinds[i] = fmt.Sprintf("%s %d", k, sc.UnlinkedKinds[k])
			}
			fmt.Fprintf(w, "their unlinked arguments, by how the gold names them: %s\n", strings.Join(kinds, ", "))
		}
		if len(sc.UnlinkedNameSites) > 0 {
			fmt.Fprintf(w, "  those named with a name, by what the extractor read where the name stands: %s\n", countsByFrequency(sc.UnlinkedNameSites))
		}
	}
	if len(sc.OutOfSchema) > 0 {
		n := 0
		for _, k := range sc.OutOfSchema {
			n += k
		}
		fmt.Fprintf(w, "gold facts the schema cannot state (an argument of a type the relation does not take): %d (%s)\n", n, countsByFrequency(sc.OutOfSchema))
	}
	if sc.UnscoredPersonFounders > 0 {
		fmt.Fprintf(w, "person founders not scored (the gold states no person as a founder; written before foundedBy, it could not): %d\n", sc.UnscoredPersonFounders)
	}
	if c := sc.Coref; c.Gold > 0 {
		fmt.Fprintf(w, "descriptions and pronouns the gold resolves: %d; the extractor resolved %d to the gold's entity, %d to others only, left %d\n",
			c.Gold, c.Right, c.Wrong, c.Unresolved)
		forms := make([]string, 0, len(c.ByForm))
		for f := range c.ByForm {
			forms = append(forms, f)
		}
		sort.Strings(forms)
		for i, f := range forms {
			b := c.ByForm[f]
			forms[i] = fmt.Sprintf("%s %d/%d/%d", f, b.Right, b.Wrong, b.Unresolved)
		}
		fmt.Fprintf(w, "  by form (right/wrong/left): %s\n", strings.Join(forms, ", "))
	}
	if len(sc.SpuriousKinds) > 0 {
		writeSpuriousKinds(w, sc.SpuriousKinds)
	}
	if verbose {
		unlinked := make(map[string]bool, len(sc.UnlinkedMisses))
		for _, m := range sc.UnlinkedMisses {
			unlinked[m] = true
		}
		for _, m := range sc.Misses {
			if unlinked[m] {
				fmt.Fprintln(w, "missed  ", m, "(an entity not linked in its evidence)")
			} else {
				fmt.Fprintln(w, "missed  ", m)
			}
		}
		for _, s := range sc.Spurious {
			fmt.Fprintln(w, "spurious", s)
		}
		for _, c := range sc.CorefMisses {
			fmt.Fprintln(w, "coref   ", c)
		}
	}
	if byPrefix {
		writePrefixScores(w, sc)
	}
	if byRule {
		writeRuleScores(w, sc, verbose)
	}
	if shapes {
		writeMissShapes(w, sc)
	}
	if len(sc.Scored) > 0 {
		cal, own := sc.Calibration()
		fmt.Fprintf(w, "\nconfidence as a rate of being right, over %d scored predictions: Brier score %.3f (the rules' own confidence %.3f), expected calibration error %.3f (%.3f)\n",
			len(sc.Scored), cal.Brier, own.Brier, cal.ECE, own.ECE)
	}
	fmt.Fprintf(w, "\nmicro P=%.2f R=%.2f F1=%.2f hard_negatives_hit=%d\n",
		sc.Micro.Precision(), sc.Micro.Recall(), sc.Micro.F1(), sc.HardNegativesHit)
}

// writePrefixScores prints the micro scores of each group of articles
// whose ids share the text before their first '-' ("a-t01", "a-t02" are
// writer a's): whether a rule written on some writers' articles carries
// over to another's is read there.
func writePrefixScores(w io.Writer, sc *extract.Score) {
	by := map[string]extract.Counts{}
	n := map[string]int{}
	for id, c := range sc.PerArticle {
		p, _, _ := strings.Cut(id, "-")
		t := by[p]
		t.TP, t.FP, t.FN = t.TP+c.TP, t.FP+c.FP, t.FN+c.FN
		by[p] = t
		n[p]++
	}
	keys := make([]string, 0, len(by))
	for p := range by {
		keys = append(keys, p)
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "\n%-16s %4s %4s %4s %4s %6s %6s %6s\n", "articles", "n", "tp", "fp", "fn", "P", "R", "F1")
	for _, p := range keys {
		c := by[p]
		fmt.Fprintf(w, "%-16s %4d %4d %4d %4d %6.2f %6.2f %6.2f\n", p+"-*", n[p], c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
}

// writeRuleScores prints the true and false positives of each rule family
// (the rule's text before its first '.'; each rule with verbose) and of
// each confidence band: on a set nobody tuned on, where precision is lost
// is read from these counts without opening the text.
func writeRuleScores(w io.Writer, sc *extract.Score, verbose bool) {
	by := map[string]extract.Counts{}
	for r, c := range sc.PerRule {
		if !verbose {
			r, _, _ = strings.Cut(r, ".")
		}
		t := by[r]
		t.TP, t.FP = t.TP+c.TP, t.FP+c.FP
		by[r] = t
	}
	for _, table := range []struct {
		head string
		rows map[string]extract.Counts
	}{{"rule", by}, {"confidence", sc.PerBand}} {
		keys := make([]string, 0, len(table.rows))
		for k := range table.rows {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(w, "\n%-44s %4s %4s %6s\n", table.head, "tp", "fp", "P")
		for _, k := range keys {
			c := table.rows[k]
			fmt.Fprintf(w, "%-44s %4d %4d %6.2f\n", k, c.TP, c.FP, c.Precision())
		}
	}
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func ratioOf(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// writeMissShapes prints, per relation, how many misses had every argument
// linked in one sentence or only across sentences, and the structures of
// those sentences, most frequent first: which structures and trigger words
// no rule reads, from a split whose text nobody opens.
func writeMissShapes(w io.Writer, sc *extract.Score) {
	in := map[string]int{}
	for _, m := range sc.MissShapes {
		in[m.Relation] += m.Count
	}
	rels := make([]string, 0, len(sc.PerRelation))
	for r := range sc.PerRelation {
		if in[r]+sc.SplitMisses[r] > 0 {
			rels = append(rels, r)
		}
	}
	sort.Strings(rels)
	fmt.Fprintf(w, "\nmisses with every argument linked: in one sentence / only across sentences\n")
	for _, r := range rels {
		fmt.Fprintf(w, "  %-16s %3d / %d\n", r, in[r], sc.SplitMisses[r])
	}
	fmt.Fprintf(w, "their sentences' structure (S subject, O object, P party, E other entity; ^ $ sentence ends)\n")
	for _, m := range sc.MissShapes {
		fmt.Fprintf(w, "  %-16s %3d  %s\n", m.Relation, m.Count, m.Shape)
	}
}

// writeSpuriousKinds prints the spurious predictions by what the gold says
// of their entities, in all and for each relation.
func writeSpuriousKinds(w io.Writer, kinds map[string]int) {
	total := map[string]int{}
	byRel := map[string][]string{}
	keys := make([]string, 0, len(kinds))
	for k := range kinds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		rel, kind, _ := strings.Cut(k, ": ")
		total[kind] += kinds[k]
		byRel[rel] = append(byRel[rel], fmt.Sprintf("%s %d", kind, kinds[k]))
	}
	names := make([]string, 0, len(total))
	for k := range total {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		return total[names[i]] > total[names[j]] || total[names[i]] == total[names[j]] && names[i] < names[j]
	})
	for i, k := range names {
		names[i] = fmt.Sprintf("%s %d", k, total[k])
	}
	fmt.Fprintf(w, "spurious facts, by what the gold says of their entities: %s\n", strings.Join(names, ", "))
	rels := make([]string, 0, len(byRel))
	for r := range byRel {
		rels = append(rels, r)
	}
	sort.Strings(rels)
	for _, r := range rels {
		fmt.Fprintf(w, "  %-16s %s\n", r, strings.Join(byRel[r], ", "))
	}
}

// countsByFrequency writes counts as "key n" items, largest first.
func countsByFrequency(counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := counts[keys[i]], counts[keys[j]]
		return a > b || a == b && keys[i] < keys[j]
	})
	for i, k := range keys {
		keys[i] = fmt.Sprintf("%s %d", k, counts[k])
	}
	return strings.Join(keys, ", ")
}
