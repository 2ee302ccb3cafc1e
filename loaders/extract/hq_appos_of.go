package extract

import "strings"

// appositionPreps are the prepositions that, inside an apposition before
// a nationality, make the nationality describe the preposition's object:
// in "X, a unit of Swedish vendor Y" Sweden is Y's country, not X's
// ("X, a supplier to German operators", "a spin-off from French group Y").
var appositionPreps = map[string]bool{"of": true, "to": true, "from": true, "by": true, "for": true, "with": true, "in": true, "at": true}

// prepBeforeNation reports whether a preposition stands between the
// article of the apposition match and its nationality placeholder nat.
func prepBeforeNation(match, nat string) bool {
	i := strings.Index(match, nat)
	if i < 0 {
		return false
	}
	for _, w := range strings.Fields(match[:i]) {
		if appositionPreps[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// nationOverClause reports whether the match of "N firms ... A" reaches A
// over a comma and then a preposition that attaches A to another head:
// in "the US chipmaker that counts Japanese firms among its customers,
// signed a deal with A" the firms are not A.
func nationOverClause(match string) bool {
	i := strings.Index(match, ",")
	if i < 0 {
		return false
	}
	for _, w := range strings.Fields(match[i+1:]) {
		if w == "with" || w == "to" || w == "by" || w == "from" {
			return true
		}
	}
	return false
}
