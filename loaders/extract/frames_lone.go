package extract

import "iter"

// This file keeps the one group a sentence named, for a singular pronoun
// in the next sentence: "Nine companies are behind the consortium at
// launch. Its steering members are A and B" speaks of the consortium, not
// of the foundation that was the subject two sentences back.

// noteLone records the group of a sentence that names exactly one group
// (by name, acronym or description), and forgets it when the sentence
// names two or more.
func (x *extractor) noteLone(c *clauses, toks []token) {
	lone := ""
	for slug := range x.namedGroups(c, toks) {
		if lone != "" && lone != slug {
			x.fstate.lone, x.fstate.loneAt = "", -1
			return
		}
		lone = slug
	}
	if lone != "" {
		x.fstate.lone, x.fstate.loneAt = lone, x.sentIdx
	}
}

// loneBefore is the group the sentence before this one named alone, for a
// singular pronoun, when it is more recent than sentence best.
func (x *extractor) loneBefore(best int) (string, int) {
	if fs := x.fstate; fs.lone != "" && fs.loneAt == x.sentIdx-1 && fs.loneAt > best {
		return fs.lone, fs.loneAt
	}
	return "", best
}

// namedGroups yields the groups a sentence names by name, acronym or
// description (not as a modifier: "the O-RAN Alliance's work"), each as
// the alliance it is bound to when it was introduced before its name, with
// its mention.
func (x *extractor) namedGroups(c *clauses, toks []token) iter.Seq2[string, *mention] {
	return func(yield func(string, *mention) bool) {
		for i := range c.s.ms {
			m := &c.s.ms[i]
			if m.Kind != 'A' || m.Slug == "" || modifierUse(toks, m) {
				continue
			}
			slug := m.Slug
			if b := x.placeholder[slug]; b != "" {
				slug = b
			}
			if !yield(slug, m) {
				return
			}
		}
	}
}
