package extract

// This file resolves "its" before a title by its own clause (round 19,
// helper z23roles; dev4's wrong chief executives). Later in a sentence,
// "its chief executive" was taken for the sentence's first company; but a
// possessive pronoun is bound to the subject of the clause it stands in:
//   - a clause coordinated or contrasted after ", and", ", but", ", while"
//     or ";": "A and B signed first, and in May C joined, a step its chief
//     executive P welcomed" and the gapped "A sent its CEO P, and C its
//     chief executive Q" are C's; "..., while the parent itself is led by
//     its chief executive P" is the parent's, and when no mention resolved
//     that subject "its" is left unresolved rather than given the first
//     company;
//   - a passive verb of running right before "its" in an apposition: "A
//     backs B, the chip designer founded in 2019 and led by its chief
//     executive P" is B's, the name the description apposes.

// itsClauseOpeners are the words after a comma that open a new clause.
var itsClauseOpeners = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "yet": true}

// itsRunVerbs are the passive verbs of running before "by its".
var itsRunVerbs = map[string]bool{"led": true, "run": true, "headed": true, "managed": true, "helmed": true, "steered": true,
	// round 42 (dev26): "Y, the Tokyo venture capital firm founded by its
	// chief executive, P" is Y's chief executive too
	"founded": true, "co-founded": true, "cofounded": true, "started": true, "created": true, "established": true}

// itsOwnClause is the organisation "its" at toks[i] stands for by its own
// clause; ok false leaves the other rules' choice, ok true with "" leaves
// "its" unresolved.
func (x *extractor) itsOwnClause(toks []token, i int) (string, bool) {
	if s, ok := x.itsRunApposed(toks, i); ok {
		return s, true
	}
	start := clauseStartBefore(toks, i)
	if start < 0 || start >= i {
		return "", false
	}
	from, to := toks[start].Start, toks[i].Start
	for _, m := range x.curMs {
		if m.Start < from || m.Start >= to {
			continue
		}
		if m.Kind == 'P' {
			return "", false // "..., and P said its chief executive": not a company's clause
		}
		if !itOrg(m) {
			continue
		}
		if m.Poss || itPreps[keyBefore(toks, m.Start)] || keyBefore(toks, m.Start) == "by" {
			return "", false // "..., and with C its ...": not the subject
		}
		return x.placeholderOf(m.Slug), true
	}
	// No organisation named: a described subject no mention resolved
	// ("while the trading arm itself is led by its chief").
	if k := toks[start].Key; (k == "the" || k == "this") && start+1 < i && toks[start+1].Word && !toks[start+1].Upper {
		for k := start + 1; k < i; k++ {
			if toks[k].Key == "by" && itsRunVerbs[toks[k-1].Key] && k == i-1 {
				return "", true
			}
		}
	}
	return "", false
}

// itsRunApposed reads "A, the DESCRIPTION ... led by its TITLE P": the
// organisation named right before the comma of the apposition.
func (x *extractor) itsRunApposed(toks []token, i int) (string, bool) {
	if i < 3 || toks[i-1].Key != "by" || !itsRunVerbs[toks[i-2].Key] {
		return "", false
	}
	for k := i - 3; k > 0; k-- {
		switch toks[k].Text {
		case ";", ":", "(", ")":
			return "", false
		case ",":
			if d := toks[k+1].Key; d != "the" && d != "a" && d != "an" {
				return "", false
			}
			for _, m := range x.curMs {
				if m.End == toks[k].Start && itOrg(m) && !m.Poss {
					return x.placeholderOf(m.Slug), true
				}
			}
			return "", false
		}
	}
	return "", false
}

// keyBefore is the key of the token right before byte offset at.
func keyBefore(toks []token, at int) string {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].End <= at {
			return toks[k].Key
		}
	}
	return ""
}

// placeholderOf maps a placeholder slug to the name it stands for.
func (x *extractor) placeholderOf(s string) string {
	if b := x.placeholder[s]; b != "" {
		return b
	}
	return s
}

// clauseStartBefore is the first token of the clause toks[i] stands in
// when a coordinated or contrasted clause opens before it (", and", ",
// but", ", while", ";"), or -1.
func clauseStartBefore(toks []token, i int) int {
	for k := i - 1; k > 0; k-- {
		if toks[k].Text == ";" {
			return k + 1
		}
		if toks[k].Text == "," && itsClauseOpeners[toks[k+1].Key] {
			return k + 2
		}
	}
	return -1
}
