package extract

import "strings"

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
	return n.Kind == 'N' || n.Kind == 'V' && !n.Passive && n.Lemma != "be" && n.Lemma != "have" && n.From+1 == n.To
}
