package extract

import "strings"

// A copula title given as a list with commas (round 19, helper z23roles;
// dev4's "X's founder, chairman and chief executive is P"): titleRun
// (roles_copula.go) reads the list across its commas.

// titleListComma reports whether the comma at unit j parts two titles of
// one list ("X's founder, chairman and chief executive is P"): the words
// so far and the noun after the comma are title words, and an "and" ends
// the list before anything else.
func (c *clauses) titleListComma(j int, ws []string) bool {
	if len(ws) == 0 || !c.isPunct(j, ",") || j+1 >= len(c.us) || c.us[j+1].Kind != 'N' || !allTitleWords(c.us[j+1].words) || !allTitleWords(strings.Join(ws, " ")) {
		return false
	}
	for k := j + 2; k < len(c.us); k++ {
		switch {
		case c.us[k].Kind == 'O' && c.us[k].words == "and":
			return true
		case c.us[k].Kind == 'N' && allTitleWords(c.us[k].words), c.isPunct(k, ","):
		default:
			return false
		}
	}
	return false
}
