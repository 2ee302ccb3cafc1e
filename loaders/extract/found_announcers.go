package extract

import "github.com/telcograph/telcograph/schema"

// This file (round 26, from probe set C) reads the companies that
// announce a group's formation as its founders when the announcing verb
// is an infinitive whose subject is the clause's: "A, B, C and D used the
// opening keynote to announce the formation of X", "A and B came together
// to unveil the launch of X", "A and B plan to announce the creation of
// X". Only two or more companies found a group this way: one company
// announcing a formation may be its host or a reporter of it, and a
// list read from the announcing verb's own subject is the frame layer's
// (frames.go).

// announceLemmas are verbs that announce a formation.
var announceLemmas = map[string]bool{"announce": true, "unveil": true, "reveal": true, "mark": true, "celebrate": true, "confirm": true}

// formationAnnouncers states foundingMember for the subject of the clause
// whose infinitive announces the formation noun at unit j.
func (x *extractor) formationAnnouncers(c *clauses, j int, alli arg, mt string) {
	v := j - 1
	for v >= 0 && c.us[v].Kind != 'V' {
		if c.boundary(v) {
			return
		}
		v--
	}
	if v < 1 || !announceLemmas[c.us[v].Lemma] || c.subject(v) >= 0 || c.us[v].Neg {
		return
	}
	// the infinitive's controller: the subject of the verb before "to"
	w := v - 1
	for w >= 0 && c.us[w].Kind != 'V' {
		if c.boundary(w) {
			return
		}
		w--
	}
	if w < 0 || c.us[w].Neg {
		return
	}
	_, founders := c.subjectList(x, w)
	for _, a := range founders {
		x.emitFact(c.s, schema.RelFoundingMember, a, alli, mt, 0.7, schema.Fact{})
	}
}

// subjectList is the subject unit of verb v and its organisations when
// there are two or more of them ("A and B set up X"), else -1 and nil.
func (c *clauses) subjectList(x *extractor, v int) (int, []arg) {
	subj := c.subject(v)
	if subj < 0 {
		return -1, nil
	}
	if as := c.args(x, subj); len(as) >= 2 {
		return subj, as
	}
	return -1, nil
}
