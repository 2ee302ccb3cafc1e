package extract

import "strings"

// boardOwner is the group a board belongs to when the board's own noun
// phrase names it in the possessive: "The coalition's project governing
// board is co-chaired by P" is the coalition's board, whatever group the
// article discussed last.
func (x *extractor) boardOwner(c *clauses, j int) (arg, bool) {
	end := c.us[j].Start
	for i := range c.s.ms {
		m := &c.s.ms[i]
		if !m.Poss || m.Kind != 'A' || m.Slug == "" || m.PossEnd > end {
			continue
		}
		if gap := c.s.text[m.PossEnd:end]; strings.ContainsAny(gap, ",;:") || len(strings.Fields(gap)) > 3 {
			continue
		}
		return arg{m: m, slug: m.Slug, text: m.Text}, true
	}
	return arg{}, false
}
