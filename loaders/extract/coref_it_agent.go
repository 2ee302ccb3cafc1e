package extract

// A passive's agent is not its subject. "it" opening a clause after ", and"
// (coref_it.go) continues the subject of the clause before. When that
// clause is passive and its subject named no company ("The Nordic
// investor was set up by B and C, and it is chaired by P"; "The combined
// unit is 60 percent owned by B and 40 by C, and it is run by P"), the
// company nearest "it" is an agent of "by": what was set up or owned is
// the subject, not its founders or owners, so "it" is left unresolved
// rather than given to C. For the same reason a sentence whose first
// company is such an agent gives the next sentence no subject
// (discourse.go): "... was set up by B and C. P runs the firm" is not B.

// passiveAgent reports whether the company near, the last organisation
// before toks[k] (the comma of ", and"), is named after "by" in a passive
// clause ("was set up in 2024 by B and C") that the comma closes.
func passiveAgent(toks []token, k int, before []mention, near string) bool {
	for n := len(before) - 1; n >= 0; n-- {
		if before[n].Slug == near && before[n].End <= toks[k].Start {
			return passiveBy(toks, before[n].Start)
		}
	}
	return false
}

// passiveBy reports whether the name at offset at is an agent: "by"
// before it in its clause (back to a comma, semicolon or colon), and a
// form of "be" before that ("was set up in 2024 by B and C").
func passiveBy(toks []token, at int) bool {
	by := false
	comma, words := false, 0 // "by five operators, A, B and C": one comma after a short description (round 44)
	for j := len(toks) - 1; j >= 0; j-- {
		t := toks[j]
		if t.Start >= at {
			continue
		}
		if comma && !by {
			if words++; words > 4 {
				return false
			}
		}
		switch {
		case t.Text == "," && !comma && !by && words == 0:
			comma = true
		case t.Text == "," || t.Text == ";" || t.Text == ":" || reportingVerbs[t.Key] || t.Key == "that":
			return false
		case t.Key == "by":
			by = true
		case by && (t.Key == "was" || t.Key == "were" || t.Key == "been" || t.Key == "is"):
			return true
		}
	}
	return false
}

// agentFirst reports whether the sentence's first organisation, slug, is
// first named as the agent of a passive ("The investor was set up by B and
// C."): the sentence is about its subject, which named no company, so B
// is not the subject the next sentence continues.
func (x *extractor) agentFirst(s *sent, toks []token, slug string) bool {
	for _, m := range s.ms {
		if m.Slug == slug {
			return m.Start > 0 && passiveBy(toks, m.Start)
		}
	}
	return false
}
