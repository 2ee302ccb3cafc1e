package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// QualifierCounts score one qualifier over the matched facts: Gold is how
// many matched gold facts carry it, Predicted how many matched predictions
// do, Correct how many of those agree.
type QualifierCounts struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Correct   int `json:"correct"`
}

// Score is the result of comparing predicted article facts with gold ones.
//
// Matching rules: a prediction matches a gold fact of the same article when
// the relation and the canonical ids of the core arguments agree
// (order-free for partnerOf, and for joint ventures the set of partners;
// the venture's own id is not core). A memberOf prediction matches a gold
// foundingMember, since founding membership implies membership. A
// foundingMember prediction for a gold memberOf also matches (the
// membership is right) but is counted in WrongSpecificity, so the claim
// that it was a founding membership is visible without being scored as a
// missing fact. Predictions stating the same fact twice (memberOf and
// foundingMember of one pair) count once, and so does a gold file that
// lists both for one pair. A prediction that matches no
// gold fact but an ambiguous item is neither rewarded nor penalised; one
// that matches a hard negative is a false positive and counted in
// HardNegativesHit (a foundingMember prediction also hits a memberOf hard
// negative, as it implies it).
type Score struct {
	Micro            Counts                      `json:"micro"`
	PerRelation      map[string]Counts           `json:"per_relation"`
	Qualifiers       map[string]*QualifierCounts `json:"qualifiers"`
	HardNegativesHit int                         `json:"hard_negatives_hit"`
	WrongSpecificity int                         `json:"wrong_specificity"`
	Ambiguous        int                         `json:"ambiguous_ignored"`
	// Unlinked counts, per relation, the misses one of whose arguments
	// no mention in the gold evidence's sentences was linked to: the name
	// was not recognised or the description or pronoun not resolved, so no
	// relation rule could state the fact from that evidence. The rest of
	// the misses had every argument linked there. Only Evaluate fills it.
	Unlinked map[string]int `json:"unlinked,omitempty"`
	// UnlinkedMisses are those misses, as in Misses.
	UnlinkedMisses []string `json:"unlinked_misses,omitempty"`
	// UnlinkedKinds counts the arguments of those misses that were not
	// linked, by how the gold names them (argKind): which part of the
	// mention layer fails on a set can be read without opening its text.
	UnlinkedKinds map[string]int `json:"unlinked_kinds,omitempty"`
	// UnlinkedKindsByRole counts them by "relation role: kind"
	// ("ceoOf object: implied, not in the evidence"): which arguments of
	// which relation the mention layer misses.
	UnlinkedKindsByRole map[string]int `json:"unlinked_kinds_by_role,omitempty"`
	// Uncovered counts the misses whose gold evidence neither lies within
	// a sentence the extractor read nor contains one (the evidence quotes
	// the article with other spacing or punctuation, or the extractor cut
	// its sentences elsewhere); UncoveredUnlinked those of them counted in
	// Unlinked, which are then unlinked only because no sentence matched.
	Uncovered int `json:"uncovered,omitempty"`
	// UnlinkedNameSites counts the unlinked arguments the gold names with
	// a name, by what the extractor read where the name stands
	// (score_sites.go).
	UnlinkedNameSites map[string]int `json:"unlinked_name_sites,omitempty"`
	UncoveredUnlinked int            `json:"uncovered_unlinked,omitempty"`
	// UncoveredWhy counts those misses by how their evidence stands in the
	// article (uncoveredWhy).
	UncoveredWhy map[string]int `json:"uncovered_why,omitempty"`
	// OutOfSchema counts, per relation, the gold facts an argument of
	// which has a type the relation does not take (a person as a
	// foundingMember of a company): gold files are read leniently, no
	// extractor can state such a fact, and the count bounds recall.
	OutOfSchema map[string]int `json:"out_of_schema,omitempty"`
	// UnscoredPersonFounders counts the predicted foundedBy facts with a
	// person as founder that were not scored because the gold states no
	// person founder at all: golds written before foundedBy existed
	// (round 39) could annotate a company's founders only as
	// foundingMember, which takes organisations, so such a fact is one
	// their annotation could not hold, neither right nor wrong there. A
	// gold that states one person founder is scored on all of them.
	UnscoredPersonFounders int `json:"unscored_person_founders,omitempty"`
	// Coref scores the mention layer's coreference on the gold's own
	// descriptions and pronouns (every gold argument argKind calls one,
	// found in its evidence): how many the extractor resolved to the
	// gold's entity, to others only, or not at all. Only Evaluate fills it.
	Coref CorefCounts `json:"coref"`
	// CorefMisses list the gold's descriptions and pronouns the extractor
	// resolved wrongly or not at all, as "fact id: "text" is id, ...".
	CorefMisses []string `json:"coref_misses,omitempty"`
	corefSeen   map[string]bool
	// PerArticle are the counts of each gold article, by its id.
	PerArticle map[string]Counts `json:"per_article,omitempty"`
	// PerRule are the true and false positives of each rule that stated a
	// prediction (its Fact.Rule, "family.shape"), and PerBand those of
	// each confidence band ("0.7" holds 0.70-0.79): how precise a rule or
	// a band is on a set nobody tuned on can be read from the counts
	// alone, without opening the set's text. FN stays 0 in both.
	PerRule map[string]Counts `json:"per_rule,omitempty"`
	PerBand map[string]Counts `json:"per_band,omitempty"`
	// Scored lists every scored prediction (a hard negative hit counts as
	// wrong; an ambiguous item is not scored) with its rule, the rules'
	// own confidence and the calibrated one: what the calibration is
	// fitted on and measured with (calibrate.go). Only Evaluate fills the
	// raw confidence; ScoreArticle leaves it equal to the confidence.
	Scored []ScoredPrediction `json:"-"`
	// SplitMisses counts, per relation, the misses whose arguments were
	// all linked but in different sentences of the evidence, and
	// MissShapes the structures of the sentences of the others, where one
	// sentence linked them all (score_shapes.go). Only Evaluate fills them.
	SplitMisses map[string]int `json:"split_misses,omitempty"`
	MissShapes  []MissShape    `json:"miss_shapes,omitempty"`
	shapes      []missShape
	// SpuriousKinds counts the spurious predictions by "relation: kind",
	// the kind saying what the gold says of their entities (score_spurious.go).
	SpuriousKinds map[string]int `json:"spurious_kinds,omitempty"`
	// Misses and Spurious list what went wrong, as "article: relation ids".
	Misses   []string `json:"misses,omitempty"`
	Spurious []string `json:"spurious,omitempty"`
}

// ScoredQualifiers returns the qualifiers Score compares; the slice is the
// caller's.
func ScoredQualifiers() []string { return []string{"since", "until", "date", "amount", "modality"} }

// ScoreArticle adds the comparison of one article's predicted facts with
// its gold facts (and gold hard negatives and ambiguous items) to sc.
func (sc *Score) ScoreArticle(gold, pred schema.Article) { sc.scoreArticle(gold, pred, nil) }

// evalLinks is what the extractor linked in one article, for the
// diagnostics: linked says whether an entity id was linked to a mention
// within a fact's evidence, resolved what a description or pronoun there
// was resolved to, nameOf gives an id's registered name.
type evalLinks struct {
	linked   func(evidence, id string) bool
	covered  func(evidence string) bool
	article  string // the article as read, for why evidence is uncovered
	site     func(evidence, text, id string) string
	resolved func(evidence, text string) ([]string, bool)
	nameOf   func(id string) string
	shape    func(g schema.Fact) ([]shapeTok, bool)
	raw      func(factID string) (float64, bool)
}

// scoreArticle is ScoreArticle; with links, misses with an argument the
// extractor did not link within the evidence are counted in Unlinked,
// their unlinked arguments in UnlinkedKinds by how the gold text names
// them next to the registered name (argKind), and the gold's
// descriptions and pronouns in Coref.
func (sc *Score) scoreArticle(gold, pred schema.Article, links *evalLinks) {
	before := sc.Micro
	defer func() {
		if sc.PerArticle == nil {
			sc.PerArticle = make(map[string]Counts)
		}
		c := sc.PerArticle[gold.ID]
		c.TP += sc.Micro.TP - before.TP
		c.FP += sc.Micro.FP - before.FP
		c.FN += sc.Micro.FN - before.FN
		sc.PerArticle[gold.ID] = c
	}()
	if sc.PerRelation == nil {
		sc.PerRelation = make(map[string]Counts)
	}
	if sc.Qualifiers == nil {
		sc.Qualifiers = make(map[string]*QualifierCounts)
		for _, q := range ScoredQualifiers() {
			sc.Qualifiers[q] = &QualifierCounts{}
		}
	}
	// One prediction per core key; foundingMember outranks memberOf.
	byKey := make(map[string]schema.Fact)
	var order []string
	for _, f := range pred.Facts {
		k := coreKey(f, true)
		old, ok := byKey[k]
		if !ok {
			order = append(order, k)
			byKey[k] = f
		} else if old.Relation == schema.RelMemberOf && f.Relation == schema.RelFoundingMember {
			byKey[k] = f
		}
	}
	used := make(map[string]bool)
	// A gold pair stated twice (memberOf and foundingMember of one pair,
	// which writers sometimes both list) is one fact, as it is for
	// predictions: the foundingMember is scored, the memberOf dropped.
	goldFounding := make(map[string]bool)
	for _, g := range gold.Facts {
		if g.Relation == schema.RelFoundingMember {
			goldFounding[coreKey(g, true)] = true
		}
	}
	for _, g := range gold.Facts {
		k := coreKey(g, true)
		if g.Relation == schema.RelMemberOf && goldFounding[k] {
			continue
		}
		rel := string(g.Relation)
		c := sc.PerRelation[rel]
		p, ok := byKey[k]
		if links != nil {
			sc.countCoref(g, links, ok && !used[k])
		}
		if !ok || used[k] {
			c.FN++
			sc.Micro.FN++
			sc.Misses = append(sc.Misses, gold.ID+": "+describe(g))
			uncovered := links != nil && links.covered != nil && !links.covered(g.Evidence)
			if uncovered {
				sc.Uncovered++
				if sc.UncoveredWhy == nil {
					sc.UncoveredWhy = make(map[string]int)
				}
				sc.UncoveredWhy[uncoveredWhy(g.Evidence, links.article)]++
			}
			if links != nil && !allLinked(g, links.linked) {
				if uncovered {
					sc.UncoveredUnlinked++
				}
				if sc.Unlinked == nil {
					sc.Unlinked = make(map[string]int)
				}
				sc.Unlinked[rel]++
				sc.UnlinkedMisses = append(sc.UnlinkedMisses, gold.ID+": "+describe(g))
				sc.countUnlinkedKinds(g, links.linked, links.nameOf)
				sc.countNameSites(g, links)
			} else if links != nil {
				sc.noteShape(g, links)
			}
			sc.PerRelation[rel] = c
			continue
		}
		used[k] = true
		c.TP++
		sc.Micro.TP++
		sc.PerRelation[rel] = c
		sc.byRule(p, true)
		sc.noteScored(p, true, links)
		if g.Relation == schema.RelMemberOf && p.Relation == schema.RelFoundingMember {
			sc.WrongSpecificity++
			for _, h := range gold.HardNegatives {
				if coreKey(h, false) == coreKey(p, false) {
					sc.HardNegativesHit++
				}
			}
		}
		sc.qualifiers(g, p)
	}
	hard := make(map[string]bool)
	for _, h := range gold.HardNegatives {
		hard[coreKey(h, false)] = true
	}
	amb := make(map[string]bool)
	for _, a := range gold.Ambiguous {
		amb[coreKey(a, true)] = true
		amb[coreKey(a, false)] = true
	}
	for _, k := range order {
		if used[k] {
			continue
		}
		p := byKey[k]
		exact := coreKey(p, false)
		hit := hard[exact]
		if p.Relation == schema.RelFoundingMember {
			m := p
			m.Relation = schema.RelMemberOf
			hit = hit || hard[coreKey(m, false)]
		}
		if hit {
			sc.HardNegativesHit++
			sc.noteScored(p, false, links)
		} else if amb[k] || amb[exact] {
			sc.Ambiguous++
			continue
		}
		rel := string(p.Relation)
		c := sc.PerRelation[rel]
		c.FP++
		sc.PerRelation[rel] = c
		sc.Micro.FP++
		sc.Spurious = append(sc.Spurious, pred.ID+": "+describe(p))
		sc.byRule(p, false)
		sc.noteScored(p, false, links)
		sc.countSpurious(p, gold)
	}
}

// byRule counts a scored prediction under its rule and confidence band.
func (sc *Score) byRule(p schema.Fact, correct bool) {
	if sc.PerRule == nil {
		sc.PerRule = make(map[string]Counts)
		sc.PerBand = make(map[string]Counts)
	}
	rule := ruleName(p.Rule)
	band := confBand(p.Confidence)
	for m, k := range map[*map[string]Counts]string{&sc.PerRule: rule, &sc.PerBand: band} {
		c := (*m)[k]
		if correct {
			c.TP++
		} else {
			c.FP++
		}
		(*m)[k] = c
	}
}

func (sc *Score) qualifiers(g, p schema.Fact) {
	vals := func(f schema.Fact) map[string]string {
		mod := string(f.Modality)
		if mod == "" {
			mod = string(schema.Asserted)
		}
		return map[string]string{
			"since": f.Since.String(), "until": f.Until.String(), "date": f.Date.String(),
			"amount": strings.Join(strings.Fields(strings.ToLower(f.Amount)), " "), "modality": mod,
		}
	}
	gv, pv := vals(g), vals(p)
	for _, q := range ScoredQualifiers() {
		c := sc.Qualifiers[q]
		if gv[q] != "" {
			c.Gold++
		}
		if pv[q] != "" {
			c.Predicted++
		}
		if gv[q] != "" && gv[q] == pv[q] {
			c.Correct++
		}
	}
}

// coreKey identifies a fact by relation and core argument ids. With
// merged, foundingMember and memberOf share a key.
func coreKey(f schema.Fact, merged bool) string {
	rel := f.Relation
	if merged && rel == schema.RelFoundingMember {
		rel = schema.RelMemberOf
	}
	spec, _ := f.Relation.Spec()
	var ids []string
	switch {
	case spec.PartnersRole != "":
		for _, p := range f.Partners {
			ids = append(ids, p.ID)
		}
		sort.Strings(ids)
	case spec.Symmetric:
		ids = []string{f.Subject.ID, f.Object.ID}
		sort.Strings(ids)
	default:
		ids = []string{f.Subject.ID, f.Object.ID}
	}
	return string(rel) + "(" + strings.Join(ids, ",") + ")"
}

func describe(f schema.Fact) string { return coreKey(f, false) }

// allLinked says whether every entity the fact names was linked within its
// evidence.
func allLinked(f schema.Fact, linked func(evidence, id string) bool) bool {
	for _, id := range facts.EntityIDs(f) {
		if !linked(f.Evidence, id) {
			return false
		}
	}
	return true
}

// Evaluate extracts every article gold names and scores it against gold.
// read returns the bytes of an article by its gold "file" entry. The
// article's date comes from its own header line, else from the gold entry.
// opt.Register is what the extractor knows; it is not told the gold facts.
func Evaluate(gold *facts.File, read func(file string) ([]byte, error), opt ExtractOptions) (*Score, error) {
	sc := &Score{}
	people := statesPersonFounders(gold.Articles, opt.Register)
	for _, g := range gold.Articles {
		g.Facts = foundersRead(g.Facts, opt.Register)
		g.HardNegatives = foundersRead(g.HardNegatives, opt.Register)
		g.Ambiguous = foundersRead(g.Ambiguous, opt.Register)
		sc.countOutOfSchema(g.Facts, opt.Register)
		data, err := read(g.File)
		if err != nil {
			return nil, fmt.Errorf("eval: article %s: %w", g.ID, err)
		}
		o := opt
		if readPlain(string(data)).date.IsZero() && !looksHTML(data) {
			o.Date = g.Date
		}
		if o.URL == "" {
			o.URL = g.URL
		}
		pf, x, err := extractArticle(g.File, data, o, true)
		if err != nil {
			return nil, fmt.Errorf("eval: article %s: %w", g.ID, err)
		}
		p := pf.Articles[0]
		p.ID = g.ID
		if !people {
			var n int
			p.Facts, n = dropPersonFounders(p.Facts, x, pf.Discovered)
			sc.UnscoredPersonFounders += n
		}
		// Evidence quotes the article as written (line breaks of a
		// hard-wrapped paragraph, curly quotation marks); the sentences
		// read are normalised (text_lines.go): each lookup tries the
		// evidence as written, then as the rules read it.
		linked := func(ev, id string) bool { return x.linkedWithin(ev, id) || x.linkedWithin(oneLine(ev), id) }
		covered := func(ev string) bool { return x.coveredBy(ev) || x.coveredBy(oneLine(ev)) }
		site := func(ev, text, id string) string {
			if s := x.nameSite(ev, text, id); s != SiteNotRead || oneLine(ev) == ev {
				return s
			}
			return x.nameSite(oneLine(ev), text, id)
		}
		resolved := func(ev, text string) ([]string, bool) {
			if s, ok := x.resolvedWithin(ev, text); ok || oneLine(ev) == ev {
				return s, ok
			}
			return x.resolvedWithin(oneLine(ev), text)
		}
		shape := func(f schema.Fact) ([]shapeTok, bool) {
			if t, ok := x.shapeOf(f); ok || oneLine(f.Evidence) == f.Evidence {
				return t, ok
			}
			f.Evidence = oneLine(f.Evidence)
			return x.shapeOf(f)
		}
		raw := func(id string) (float64, bool) { r, ok := x.raw[id]; return r, ok }
		sc.scoreArticle(g, p, &evalLinks{raw: raw, linked: linked, covered: covered, article: string(data), site: site, resolved: resolved, shape: shape, nameOf: func(id string) string {
			if opt.Register == nil {
				return ""
			}
			e, _ := opt.Register.Lookup(id)
			return e.Name
		}})
	}
	sc.finishShapes()
	return sc, nil
}

// oneLine is s as the rules read it (text_lines.go): typographic quotation
// marks and apostrophes in ASCII, invisible characters dropped, and each
// run of white space one space.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if q := asciiQuote(r); q != 0 {
			return rune(q)
		}
		if invisible(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// countOutOfSchema counts the facts whose subject or object the register
// types as an entity the relation does not take.
func (sc *Score) countOutOfSchema(fs []schema.Fact, reg *schema.Register) {
	if reg == nil {
		return
	}
	fits := func(m schema.Mention, types []schema.EntityType) bool {
		e, ok := reg.Lookup(m.ID)
		return m.ID == "" || !ok || len(types) == 0 || slices.Contains(types, e.Type)
	}
	for _, f := range fs {
		spec, ok := f.Relation.Spec()
		if !ok || fits(f.Subject, spec.SubjectTypes) && fits(f.Object, spec.ObjectTypes) {
			continue
		}
		if sc.OutOfSchema == nil {
			sc.OutOfSchema = make(map[string]int)
		}
		sc.OutOfSchema[string(f.Relation)]++
	}
}

// statesPersonFounders reports whether a gold states a person as a
// company's founder anywhere (foundedBy, or a foundingMember of a company
// that foundersRead reads as foundedBy).
func statesPersonFounders(as []schema.Article, reg *schema.Register) bool {
	if reg == nil {
		return true
	}
	for _, a := range as {
		for _, f := range foundersRead(a.Facts, reg) {
			if f.Relation != schema.RelFoundedBy {
				continue
			}
			if e, ok := reg.Lookup(f.Object.ID); ok && e.Type == schema.TypePerson {
				return true
			}
		}
	}
	return false
}

// dropPersonFounders removes the predicted foundedBy facts whose founder
// the extractor knows as a person (registered, or a person it found in
// the text), and counts them.
func dropPersonFounders(fs []schema.Fact, x *extractor, found []facts.Discovered) ([]schema.Fact, int) {
	person := func(id string) bool {
		if x.typeOf(id) == schema.TypePerson {
			return true
		}
		for _, d := range found {
			if d.Slug == id {
				return d.Type == schema.TypePerson
			}
		}
		return false
	}
	var out []schema.Fact
	n := 0
	for _, f := range fs {
		if f.Relation == schema.RelFoundedBy && person(f.Object.ID) {
			n++
			continue
		}
		out = append(out, f)
	}
	return out, n
}

// foundersRead reads the gold's foundingMember facts whose org the register
// types as a company or joint venture as what they state: the member set the
// company up, foundedBy(org, founder). Gold files written before the schema
// had foundedBy annotate a company's founders so (docs/briefs/
// annotation-guide.md §1); a founding member is a member of an alliance only
// (docs/design.md §8). The rule is by type alone, so no gold is edited by
// hand. fs is not changed; a copy is returned when a fact is rewritten.
func foundersRead(fs []schema.Fact, reg *schema.Register) []schema.Fact {
	if reg == nil {
		return fs
	}
	spec, _ := schema.RelFoundedBy.Spec()
	var out []schema.Fact
	for i, f := range fs {
		if f.Relation != schema.RelFoundingMember {
			continue
		}
		e, ok := reg.Lookup(f.Object.ID)
		if !ok || !slices.Contains(spec.SubjectTypes, e.Type) {
			continue
		}
		if out == nil {
			out = slices.Clone(fs)
		}
		g := f
		g.Relation = schema.RelFoundedBy
		g.Subject, g.Object = f.Object, f.Subject
		g.Date, g.Since = f.Since, schema.Date{}
		out[i] = g
	}
	if out == nil {
		return fs
	}
	return out
}
