package extract

// byHolders are the holders named after a passive "owned" from unit from
// on: every organisation of a "by" phrase ("65% owned by A and 35% by B").
// When the owned subject resolves to one of them ("It will be 65% owned by
// A and 35% by B", "it" taken for A, the last company named), the subject
// is something else, most often a venture not yet named, and the sentence
// states no holding of the holders in one another.
func (c *clauses) byHolders(x *extractor, from int) []arg {
	var out []arg
	for _, p := range c.pps(from) {
		if p.prep == "by" && c.us[p.at].Kind == 'E' {
			out = append(out, c.args(x, p.at)...)
		}
	}
	return out
}
