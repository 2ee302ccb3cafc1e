package extract

import "strings"

// This file reads one more item of a list that the writer gives as a
// counted group with its members between dashes or in brackets, and the
// item after it (helper z23inv): "Backers include A, B and C, Japan's
// three megabanks – D, E and F – and G". The list of names closes at "and
// C", so the group's members and G were no items.

// dashedGroup returns the entity units of such a group starting at unit j
// (the comma after the list): the bracketed list, and the name after
// "and" that closes the outer list. The count must match the bracketed
// names ("three megabanks" and three names), so an apposition that only
// describes ("A, the group's two units – B and C –" counted two) still
// reads, and one that does not match reads nothing.
func (c *clauses) dashedGroup(j int) []int {
	if !c.isPunct(j, ",") {
		return nil
	}
	k := j + 1
	if k < len(c.us) && c.us[k].Kind == 'E' && c.ents[c.us[k].ent].poss {
		k++ // "Japan's"
	}
	if k+3 >= len(c.us) || !countedPlural(c.us[k]) {
		return nil
	}
	n := 0
	for _, w := range strings.Fields(c.us[k].words) {
		if n = countOf(w); n > 0 {
			break
		}
	}
	open, e, shut := c.us[k+1].words, k+2, k+3
	if c.us[k+1].Kind != 'O' || c.us[e].Kind != 'E' || c.ents[c.us[e].ent].poss || c.us[shut].Kind != 'O' {
		return nil
	}
	switch open {
	case "–", "—", "-":
		if c.us[shut].words != open {
			return nil
		}
	case "(":
		if c.us[shut].words != ")" {
			return nil
		}
	default:
		return nil
	}
	if len(c.ents[c.us[e].ent].ms) != n {
		return nil
	}
	out := []int{e}
	if shut+2 < len(c.us) && c.us[shut+1].words == "and" && c.us[shut+2].Kind == 'E' {
		out = append(out, shut+2)
	}
	return out
}
