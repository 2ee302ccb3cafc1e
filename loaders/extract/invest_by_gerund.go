package extract

import "strings"

// This file reads a stake taken in a gerund of manner (helper z15inv,
// issue 13, from dev3 and dev2 misses): "B stunned the market by building
// a 9.9% position", "C responded by lifting its own holding to almost
// 10%", "D entered by taking a 5% stake". The gerund after "by" has the
// subject of the verb it modifies (not an agent: that verb is active), so
// the holder is that verb's subject; the company, when the clause names
// none, is the investee in focus (invest_implicit.go), as for every
// unnamed stake. A percentage "position" is a holding in business news
// ("a 9.9% position"); a bare "position" is not ("a strong position").

// byGerundSubject is the subject of the active verb that the gerund at
// unit v modifies through "by" ("A responded by lifting"), or -1.
func (c *clauses) byGerundSubject(v int) int {
	if v < 2 || c.us[v-1].Kind != 'P' || c.us[v-1].Lemma != "by" {
		return -1
	}
	for k := v - 2; k >= 0 && !c.boundary(k); k-- {
		switch u := c.us[k]; u.Kind {
		case 'V':
			if u.Passive || u.Neg || c.ts[u.Head].Form == formIng {
				return -1
			}
			return c.subject(k)
		case 'E':
			return -1 // "invested in Y by ...": another clause's name between
		}
	}
	return -1
}

// positionStake reports whether noun phrase u is a holding told as a
// "position" with its size: "a 9.9% position", "a 5 per cent position".
func positionStake(u unit) bool {
	return u.Kind == 'N' && u.Lemma == "position" && !strings.HasPrefix(u.words, "no ") && partShare(u.words)
}
