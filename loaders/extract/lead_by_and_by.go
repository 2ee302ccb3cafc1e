package extract

// A repeated by-phrase coordinates agents as a list does (round 22,
// helper z26blead): "X is led by A and by B" and "the venture is led by
// A, which carries the financial responsibility, and by B, which runs
// operations" name two leaders, as "led by A and B" does. The passive
// lead rule read the first by-phrase only.

// moreByAgents are the entity units of by-phrases joined by "and" after
// the agent at unit at, over a relative clause set off by commas after
// each agent.
func (c *clauses) moreByAgents(at int) []int {
	var out []int
	for {
		k := at + 1
		if c.isPunct(k, ",") && c.relative(k+1) {
			for k++; k < len(c.us) && !c.isPunct(k, ","); k++ {
				if c.isPunct(k, ".") || c.isPunct(k, ";") || c.isPunct(k, ":") {
					return out
				}
			}
		}
		if c.isPunct(k, ",") {
			k++
		}
		if k+2 >= len(c.us) || c.us[k].Kind != 'O' || c.us[k].words != "and" ||
			c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "by" || c.us[k+2].Kind != 'E' {
			return out
		}
		at = k + 2
		out = append(out, at)
	}
}

// byAgents are the agents of the by-phrase at unit at and of the
// by-phrases coordinated with it; a person among the later ones ends the
// list (a person leading is a title, read elsewhere).
func (c *clauses) byAgents(x *extractor, at int) []arg {
	out := c.args(x, at)
	for _, k := range c.moreByAgents(at) {
		if c.isPerson(x, k) {
			break
		}
		out = append(out, c.args(x, k)...)
	}
	return out
}
