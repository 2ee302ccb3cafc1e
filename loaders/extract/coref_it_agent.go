package extract

// "it" opening a clause after ", and" (coref_it.go) continues the subject
// of the clause before. When that clause is passive and its subject named
// no company ("The Nordic investor was set up by B and C, and it is
// chaired by P"; "The combined unit is 60 percent owned by B and 40 by C,
// and it is run by P"), the company nearest "it" is an agent of "by":
// what was set up or owned is the subject, not its founders or owners,
// so "it" is left unresolved rather than given to C.

// passiveAgent reports whether the company near, the last organisation
// before toks[k] (the comma of ", and"), is named after "by" in a passive
// clause ("was set up in 2024 by B and C") that the comma closes.
func passiveAgent(toks []token, k int, before []mention, near string) bool {
	last := -1
	for n := len(before) - 1; n >= 0; n-- {
		if before[n].Slug == near && before[n].End <= toks[k].Start {
			last = n
			break
		}
	}
	if last < 0 {
		return false
	}
	by, be := false, false
	for j := k - 1; j >= 0 && toks[j].Text != "," && toks[j].Text != ";" && toks[j].Text != ":"; j-- {
		t := toks[j]
		if t.Start >= before[last].Start {
			continue
		}
		switch {
		case reportingVerbs[t.Key] || t.Key == "that":
			return false
		case t.Key == "by" && !be:
			by = true
		case by && (t.Key == "was" || t.Key == "were" || t.Key == "been" || t.Key == "is"):
			be = true
		}
	}
	return by && be
}
