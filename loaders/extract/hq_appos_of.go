package extract

import (
	"regexp"
	"strings"
)

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
//
// Nor are the names the agents of a participle after the noun: in "Y is
// one of the Chinese start-ups backed by A" the start-ups are Chinese, A
// need not be (agentAfterNation).
func nationOverClause(match string) bool {
	if agentAfterNation.MatchString(match) {
		return true
	}
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

// agentAfterNation matches a participle with "by" between the nationality's
// noun and the names ("Chinese start-ups backed by A", "European firms
// founded by", "US operators owned by").
var agentAfterNation = regexp.MustCompile(`^<N\d+> \S+ (?:(?:[a-z]+ly|recently|also|all|each|now|once) )?(?:backed|funded|financed|owned|co-owned|led|co-led|founded|co-founded|acquired|bought|supported|run|controlled|created|set up|launched|built|used|chosen|selected|hired|targeted|invested in|advised|courted|approached) by\b`)
