package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A funding round referred to by "it" (issue 13, helper z25blead): "Helio
// raised $40 million in a Series B round. It was led by A" - the "it" of
// a passive lead right after the sentence that opened a round is the
// round, not the company that raised it, which the nearest-organisation
// rule of coref_it.go gives: A is the round's lead investor (investedIn,
// as for "The round was led by A"), never the company's leader. A group
// ("The alliance was formed in 2023. It is led by A") opens no round and
// keeps its leader.

// itIsRound reports whether the passive subject unit subj is the pronoun
// "it" standing for the company of the round opened in this or the
// previous sentence.
func (x *extractor) itIsRound(c *clauses, subj int, led []arg) bool {
	r := x.round
	if subj < 0 || c.us[subj].Kind != 'E' || c.us[subj].words != "it" || r == nil || x.sentIdx-r.sent > 1 || len(led) != 1 {
		return false
	}
	co := x.resolve(r.co, orgTypesAll)
	return co != "" && x.resolve(led[0], orgTypesAll) == co
}

// nameModifies reports whether the entity unit e is a name used as a
// modifier of the noun right after it: "which is running its own AI-RAN
// trials", "which leads the Open Edge Alliance working group" - what is
// led is the trials or the working group, not the named group.
func (c *clauses) nameModifies(e int) bool {
	if e < 0 || e+1 >= len(c.us) || c.us[e].Kind != 'E' || c.ents[c.us[e].ent].poss {
		return false
	}
	n := c.us[e+1]
	if n.Start != c.us[e].End+1 || c.ts[n.From].Pos == posDet || strings.HasPrefix(n.words, "-") {
		return false
	}
	// the tagger may read a plural noun as a verb ("trials"): a verb
	// glued to the object with no auxiliary before it is such a noun
	if n.Kind == 'N' && sameThing(c.ts[n.Head].Key) {
		return false
	}
	return n.Kind == 'N' || n.Kind == 'V' && !n.Passive && n.Lemma != "be" && n.Lemma != "have" && n.From+1 == n.To
}

// ledModifierAt reports whether the led name led (a placeholder of the
// regular-expression rules) in the match m0 is glued to a following
// content word of its own noun phrase in the sentence's skeleton: "A
// leads X Alliance workshops", "A, which leads the X Alliance working
// group" - the workshops or the working group are led, not X. A closed-
// class word (a preposition, a conjunction: "since 2023", "and B"), an
// adverb in -ly and the end of the clause leave X the thing led.
func ledModifierAt(s *sent, m0, led string) bool {
	i := strings.Index(s.sk, m0)
	j := strings.LastIndex(m0, led)
	if i < 0 || j < 0 {
		return false
	}
	rest := s.sk[i+j+len(led):]
	if len(rest) < 2 || rest[0] != ' ' || rest[1] < 'a' || rest[1] > 'z' {
		return false
	}
	w := strings.ToLower(strings.FieldsFunc(rest[1:], func(r rune) bool { return r != '-' && (r < 'a' || r > 'z') })[0])
	_, closed := closedClass[w]
	return !closed && !strings.HasSuffix(w, "ly") && w != "today" && w != "now" && !sameThing(w)
}

// leadsObject is the "X leads Y" rule's emit (relations.go): ledBy(Y, X)
// unless Y is a modifier of a longer object.
func (x *extractor) leadsObject(s *sent, m []string) {
	if !ledModifierAt(s, m[0], m[3]) {
		x.binary(s, schema.RelLedBy, m[3], m[1], m[2], 0.8)
	}
}

// sameThing reports whether a group noun after a name is the named thing
// itself: "heads the Telco LLM Benchmark project", "the X consortium".
func sameThing(w string) bool {
	return refHeads[w] || groupHeads[w] || ledProjectNouns[w]
}
