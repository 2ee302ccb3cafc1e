package extract

import "regexp"

// Founders in a relative clause with a helping verb (issue 13, helper
// z15rel, from dev3's misses): "the AI-RAN Alliance, which both helped to
// launch in 2024 together with C, D and E". Two pieces of structure the
// founding relative clause (found_relative.go) did not read:
//   - "help (to) VERB": the helper's subject is the founding verb's
//     subject ("which A helped to set up" as "which A set up");
//   - "which both ...", "that all ...": a quantifier right after the
//     relative pronoun is the clause's subject, the organisations the
//     sentence named before it (coref.go reads it as their group).
// Near misses (found_helped_test.go): "which A helped to fund" (no
// founding verb), "which both joined" makes members, not founders (the
// joining families read it), "in which both hold stakes" (no relative
// pronoun right before the quantifier).

// helpedSubject is the subject unit of the founding verb at v in a
// relative clause: the unit before it, or before "helped (to)".
func helpedSubject(c *clauses, v int) int {
	j := v - 1
	if j >= 1 && c.us[j].Kind == 'P' && c.us[j].Lemma == "to" {
		j--
	}
	if j >= 1 && j < v && c.us[j].Kind == 'V' && c.us[j].Lemma == "help" && !c.us[j].Neg && !c.us[j].Passive {
		return j - 1
	}
	return v - 1
}

// relativeBoth reports whether the quantifier at toks[i] ("both", "all")
// opens a relative clause as its subject: "which both helped", "that all
// backed". The next word, at i+w, must be a lower-case word, not "of".
func relativeBoth(toks []token, i, w int) bool {
	if i < 1 || i+w >= len(toks) || !toks[i+w].Word || toks[i+w].Upper || toks[i+w].Key == "of" {
		return false
	}
	switch toks[i-1].Key {
	case "which", "that", "who":
		return true
	}
	return false
}

// helpedRE is "helped (to)" in the auxiliaries a regex rule read before a
// founding verb: "A helped launch Y" makes A one of Y's founders, as
// "co-founded" does (round 30; relations.go).
var helpedRE = regexp.MustCompile(`\bhelped (?:to )?$`)
