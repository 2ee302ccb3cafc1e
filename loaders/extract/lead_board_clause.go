package extract

import "github.com/telcograph/telcograph/schema"

// "the board" after an earlier clause of the same sentence that names one
// company is that company's board (round 43, dev27): "He has run du since
// June 2021; the board has been chaired since October 2021 by P" is du's
// chairman, not the chairman of the article's topic (du's shareholder).

// boardOfEarlierClause is the one company named, not in the possessive,
// in the clauses before "the board" at unit j, when there is exactly one.
func (x *extractor) boardOfEarlierClause(c *clauses, j int) (arg, bool) {
	var found []arg
	for k := 0; k < j; k++ {
		if c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss {
			continue
		}
		for _, a := range c.args(x, k) {
			// known names only: resolving an unknown one would discover it
			if a.slug != "" && x.typeOf(a.slug) == schema.TypeCompany {
				found = append(found, a)
			}
		}
	}
	if len(found) != 1 {
		return arg{}, false
	}
	return found[0], true
}
