package extract

import "strings"

// This file (helper y14inv, issue 13) reads investors of a company told as
// the antecedent of "for which" or "in which": "the Stargate Project
// unveiled in January, for which A and B are among the initial equity
// investors alongside C and D". amongBackersOf (invest_holders.go) wanted
// the investee after the holder noun ("among the investors in Y"); here
// the relative pronoun stands for it. The antecedent is the nearest named
// organisation before the relative's comma, skipping the places, dates and
// participle that close a reduced clause ("unveiled in January in the
// United States"); a person, a possessor or a verb clause other than a
// participle in between decides nothing.

// forWhichReach is how many units back the antecedent may stand from the
// relative's comma.
const forWhichReach = 8

// forWhichOwned is the investee a relative "for which"/"in which" before
// the subject of copula v stands for.
func (x *extractor) forWhichOwned(c *clauses, v int) ([]arg, bool) {
	subj := c.subject(v)
	if subj < 4 || c.us[subj-1].words != "which" || c.us[subj-2].Kind != 'P' ||
		(c.us[subj-2].Lemma != "for" && c.us[subj-2].Lemma != "in") || !c.isPunct(subj-3, ",") {
		return nil, false
	}
	for j := subj - 4; j >= 0 && j > subj-4-forWhichReach && !c.boundary(j) && !c.isPunct(j, ","); j-- {
		u := c.us[j]
		switch {
		case u.Kind == 'E' && c.isCountry(j):
			continue // "in the United States"
		case u.Kind == 'E':
			if c.ents[u.ent].poss || c.isPerson(x, j) {
				return nil, false
			}
			return x.ownedAt(c, j)
		case u.Kind == 'V' && !u.Passive && !participle(u.words):
			return nil, false // "A said, for which": a clause, not a reduced one
		}
	}
	return nil, false
}

// participle reports whether verb-group words are one past participle
// ("unveiled", "set up"), the head of a reduced relative clause.
func participle(w string) bool {
	if strings.Contains(w, " ") && !strings.HasSuffix(w, " up") {
		return false
	}
	_, f, ok := verbForm(strings.TrimSuffix(w, " up"))
	return ok && (f == formPast || f == formPart)
}
