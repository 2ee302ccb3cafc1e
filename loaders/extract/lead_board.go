package extract

import "strings"

// boardOwner is the group a board belongs to when the board's own noun
// phrase names it in the possessive: "The coalition's project governing
// board is co-chaired by P" is the coalition's board, whatever group the
// article discussed last. A company's or a venture's possessive names the
// owner the same way ("Infinera's board, chaired by P, had resisted": not
// the acquirer the article is about; issue 13, roles7 drill).
func (x *extractor) boardOwner(c *clauses, j int) (owner arg, ok, possessed bool) {
	end := c.us[j].Start
	for i := range c.s.ms {
		m := &c.s.ms[i]
		if !m.Poss || m.PossEnd > end {
			continue
		}
		if gap := c.s.text[m.PossEnd:end]; strings.ContainsAny(gap, ",;:") || len(strings.Fields(gap)) > 3 {
			continue
		}
		if m.Kind == 'P' {
			possessed = true // "P's board": a person's, no company of the article
			continue
		}
		if !boardOwnerKinds[m.Kind] || m.Slug == "" {
			continue
		}
		return arg{m: m, slug: m.Slug, text: m.Text}, true, true
	}
	return arg{}, false, possessed
}

// boardOwnerKinds are the mention kinds that own a board: groups,
// companies and joint ventures (no person, country or unknown name).
var boardOwnerKinds = map[byte]bool{'A': true, 'C': true, 'V': true}
