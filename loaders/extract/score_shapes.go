package extract

import (
	"sort"
	"strings"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// This file describes, without quoting it, the sentence of a missed fact
// whose arguments the extractor had all linked there: no rule read the
// relation, although every name was found. The description is the
// sentence's structure between (and just around) the arguments: the
// subject as S, the object as O, other parties as P, any other linked
// entity as E; closed-class words (determiners, prepositions,
// conjunctions, pronouns, auxiliaries, particles, punctuation) as
// themselves; content words by part of speech, except that a lemma that
// two or more misses of the same relation share is shown (the trigger
// words no rule knows in those structures). A tuner reading only these
// counts learns which structures and which trigger words a split lacks,
// never a sentence: the rule of the dev split (docs/design.md, "How the
// extractor is measured"). Rationale: after the unlinked-argument and
// coreference counts, the largest group of dev misses (100 of 164 on
// 2026-12-04) had every argument linked, and nothing said why.

// linkSpan is where one linked mention (a name, or a description or
// pronoun resolved to slug) sits in its sentence's text.
type linkSpan struct {
	start, end int
	slug       string
}

// noteSpan records the mention m of the current sentence st as linked to
// each of slugs.
func (x *extractor) noteSpan(st sentence, m mention, slugs ...string) {
	if len(slugs) == 0 {
		return
	}
	sent := st.verbatim()
	if n := len(x.linked); n == 0 || x.linked[n-1].text != sent {
		x.linked = append(x.linked, sentLinks{text: sent})
	}
	l := &x.linked[len(x.linked)-1]
	for _, s := range slugs {
		l.spans = append(l.spans, linkSpan{start: m.Start, end: m.End, slug: s})
	}
}

// shapeTok is one token of a miss's structure: fixed text, or an open
// word shown as its lemma when shared, else as its part of speech.
type shapeTok struct {
	text  string // fixed text ("S", ",", "of"), or the part of speech of an open word
	lemma string // an open word's lemma
}

// missShape is the structure of one missed fact's sentence.
type missShape struct {
	rel, evidence string
	toks          []shapeTok
}

// MissShape counts the misses of a relation with one structure.
type MissShape struct {
	Relation string `json:"relation"`
	Shape    string `json:"shape"`
	Count    int    `json:"count"`
}

// shapeWindow is how many tokens before the first argument and after the
// last the structure keeps.
const shapeWindow = 3

// shapeOf returns the structure of the sentence, within the evidence of
// g, in which every argument of g was linked; ok is false when no one
// sentence links them all (they were linked in different sentences).
func (x *extractor) shapeOf(g schema.Fact) ([]shapeTok, bool) {
	roles := map[string]string{}
	ids := facts.EntityIDs(g)
	for _, p := range g.Partners {
		roles[p.ID] = "P"
	}
	roles[g.Object.ID], roles[g.Subject.ID] = "O", "S"
	for _, l := range x.linked {
		if !strings.Contains(g.Evidence, l.text) && (g.Evidence == "" || !strings.Contains(l.text, g.Evidence)) {
			continue
		}
		chosen, ok := closestSpans(l.spans, ids)
		if !ok {
			continue
		}
		return renderShape(l.text, l.spans, chosen, roles), true
	}
	return nil, false
}

// closestSpans picks one span for each id, as close together as spans
// allow: for each span of the first id, the nearest span of every other.
func closestSpans(spans []linkSpan, ids []string) ([]linkSpan, bool) {
	var best []linkSpan
	bestWidth := -1
	for _, first := range spans {
		if first.slug != ids[0] {
			continue
		}
		pick := []linkSpan{first}
		lo, hi := first.start, first.end
		for _, id := range ids[1:] {
			near, dist := linkSpan{}, -1
			for _, s := range spans {
				if s.slug != id {
					continue
				}
				d := max(s.start-first.end, first.start-s.end, 0)
				if dist < 0 || d < dist {
					near, dist = s, d
				}
			}
			if dist < 0 {
				pick = nil
				break
			}
			pick = append(pick, near)
			lo, hi = min(lo, near.start), max(hi, near.end)
		}
		if pick != nil && (bestWidth < 0 || hi-lo < bestWidth) {
			best, bestWidth = pick, hi-lo
		}
	}
	return best, best != nil
}

// closedPOS are the parts of speech shown as their words.
var closedPOS = map[pos]bool{posDet: true, posAdp: true, posCconj: true, posSconj: true, posPron: true,
	posAux: true, posPart: true, posPunct: true}

// openPOS are the parts of speech whose lemma is shown when shared.
var openPOS = map[pos]bool{posVerb: true, posNoun: true, posAdj: true, posAdv: true}

// renderShape turns a sentence into its structure around the chosen
// spans: consecutive tokens of one entity become one symbol.
func renderShape(text string, spans, chosen []linkSpan, roles map[string]string) []shapeTok {
	toks := tagSentence(tokenize(text))
	symbol := func(t tagged) string {
		for _, c := range chosen {
			if t.Start >= c.start && t.End <= c.end {
				return roles[c.slug]
			}
		}
		for _, s := range spans {
			if t.Start >= s.start && t.End <= s.end {
				return "E"
			}
		}
		return ""
	}
	first, last := -1, -1
	for i, t := range toks {
		if spanSlug(t, chosen) != "" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	var out []shapeTok
	if first-shapeWindow <= 0 {
		out = append(out, shapeTok{text: "^"})
	}
	prev := ""
	for i := max(0, first-shapeWindow); i <= min(len(toks)-1, last+shapeWindow); i++ {
		t := toks[i]
		sym := symbol(t)
		switch {
		case sym != "":
			if sym != prev {
				out = append(out, shapeTok{text: sym})
			}
		case closedPOS[t.Pos]:
			out = append(out, shapeTok{text: t.Key})
		case openPOS[t.Pos]:
			out = append(out, shapeTok{text: t.Pos.String(), lemma: t.Lemma})
		default:
			out = append(out, shapeTok{text: t.Pos.String()})
		}
		prev = sym
	}
	if last+shapeWindow >= len(toks)-1 {
		out = append(out, shapeTok{text: "$"})
	}
	return out
}

// spanSlug is the slug of the chosen span t lies in, if any.
func spanSlug(t tagged, chosen []linkSpan) string {
	for _, c := range chosen {
		if t.Start >= c.start && t.End <= c.end {
			return c.slug
		}
	}
	return ""
}

// noteShape keeps the structure of a missed fact whose arguments were all
// linked: in one sentence (Shapes) or only across sentences (Split).
func (sc *Score) noteShape(g schema.Fact, links *evalLinks) {
	if links.shape == nil {
		return
	}
	toks, ok := links.shape(g)
	if !ok {
		if sc.SplitMisses == nil {
			sc.SplitMisses = make(map[string]int)
		}
		sc.SplitMisses[string(g.Relation)]++
		return
	}
	sc.shapes = append(sc.shapes, missShape{rel: string(g.Relation), evidence: g.Evidence, toks: toks})
}

// finishShapes counts the kept structures, showing a lemma where the
// misses of one relation share it across two or more sentences (one
// sentence's several misses do not reveal its words).
func (sc *Score) finishShapes() {
	holders := map[string]map[string]bool{} // relation + lemma: the evidence sentences that hold it
	for _, m := range sc.shapes {
		for _, t := range m.toks {
			if t.lemma == "" {
				continue
			}
			k := m.rel + "\x00" + t.lemma
			if holders[k] == nil {
				holders[k] = map[string]bool{}
			}
			holders[k][m.evidence] = true
		}
	}
	count := map[[2]string]int{}
	for _, m := range sc.shapes {
		words := make([]string, len(m.toks))
		for i, t := range m.toks {
			words[i] = t.text
			if t.lemma != "" && len(holders[m.rel+"\x00"+t.lemma]) >= 2 {
				words[i] = strings.ToLower(t.text) + ":" + t.lemma
			}
		}
		count[[2]string{m.rel, strings.Join(words, " ")}]++
	}
	sc.MissShapes = sc.MissShapes[:0]
	for k, n := range count {
		sc.MissShapes = append(sc.MissShapes, MissShape{Relation: k[0], Shape: k[1], Count: n})
	}
	sort.Slice(sc.MissShapes, func(i, j int) bool {
		a, b := sc.MissShapes[i], sc.MissShapes[j]
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Shape < b.Shape
	})
}
