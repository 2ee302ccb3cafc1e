package extract

import "regexp"

// A copula gives its subject two titles joined by "and": "P is chairman
// of X and CEO of Y", "P has been a board member of X since 2002 and
// chief executive of Y since 2003" (round 18, real-news probes).
// chairCoordinated reads the second title as it reads the apposition "P,
// chairman of X and CEO of Y".

// titleCopulas are the copula forms right after the person that give a
// title.
var titleCopulas = map[string]bool{"is": true, "was": true, "has been": true, "had been": true, "remains": true, "is also": true, "was also": true}

// titleCopula reports whether unit i is a copula that gives a title.
func (c *clauses) titleCopula(i int) bool {
	return c.us[i].Kind == 'V' && !c.us[i].Neg && titleCopulas[c.us[i].words]
}

// coordTitleDatedRE is coordTitleRE with a date after the first
// organisation: " since 2002 and chief executive of ".
var coordTitleDatedRE = regexp.MustCompile(`^ ?(?:'s? )?(?:[a-z -]+ )?(?:since|from|in) [a-z0-9 ]+ and (?:a |the |also )?([a-z&() -]+?) (?:of|at) (?:the )?$`)
