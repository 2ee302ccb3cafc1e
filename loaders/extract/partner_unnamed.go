package extract

import "strings"

// An alliance with no name yet, "A and B formed an alliance aimed at
// roaming", "A has entered into a strategic alliance with B", is read by
// the mentions as a placeholder for a group that a later sentence may
// name (coref.go). Until it is named it is a partnership noun like
// "partnership": the verb's subject and its with-phrase are partners.
// The facts hang on the placeholder (extracted.unlessNamed): when a
// name binds it ("... an alliance called Advance", "The group, X, ..."),
// they are withdrawn, because a named alliance has founders, not
// partners (result, discourse.go).

// unnamedPartnership returns the placeholder slug unit n stands for when
// it is "a/an ... alliance" (or another partnership noun) not yet named,
// else "".
func (x *extractor) unnamedPartnership(c *clauses, n int) string {
	if n < 0 || n >= len(c.us) || c.us[n].Kind != 'E' {
		return ""
	}
	e := c.ents[c.us[n].ent]
	if len(e.ms) != 1 || e.poss {
		return ""
	}
	m := c.s.ms[e.ms[0]]
	if !strings.HasPrefix(m.Slug, "_new") || x.placeholder[m.Slug] != "" {
		return ""
	}
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) == 0 || !partnershipNouns[f[len(f)-1]] {
		return ""
	}
	return m.Slug
}
