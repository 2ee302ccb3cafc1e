package extract

// A description set off by commas after a name may stand between a verb
// and the rest of its clause (round 43, dev27): "Deutsche Telekom sold 51
// percent of GD Towers, its mast business in Germany and Austria, to A
// and B". The verb families read a verb's arguments from the units next
// to it, so the description hides "to A and B" from "sold 51 percent of
// GD Towers". appositionsDropped is the clause read without such
// descriptions; the verb families run on it as a second reading, and the
// facts both readings find are one fact.

// appositionsDropped returns c without each apposition that a name's
// description makes between two commas and that the clause goes on after
// (a preposition or a verb), or nil when c has none. The description is
// noun phrases, their modifiers and prepositional phrases only: no verb,
// no relative pronoun, no "and" or "or" opening it, and no name as its
// head: a name only as a possessive first ("its mast business") or
// inside a prepositional phrase ("in Germany and Austria").
func (c *clauses) appositionsDropped() *clauses {
	var drop []bool
	for i := 0; i+3 < len(c.us); i++ {
		if c.us[i].Kind != 'E' || c.ents[c.us[i].ent].poss || !c.isPunct(i+1, ",") || c.personUnit(i) {
			continue
		}
		j := c.apposEnd(i + 2)
		if j < 0 {
			j = c.exclusionEnd(i + 2)
		}
		if j < 0 || j+1 >= len(c.us) {
			continue
		}
		if n := c.us[j+1]; n.Kind != 'P' && (n.Kind != 'V' || n.Passive) && !c.andVerbAt(j+1) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(c.us))
		}
		for k := i + 1; k <= j; k++ {
			drop[k] = true
		}
		i = j
	}
	if drop == nil {
		return nil
	}
	r := &clauses{s: c.s, ts: c.ts, ents: c.ents}
	at := make([]int, len(c.us)) // old unit -> new unit
	for k, u := range c.us {
		at[k] = -1
		if !drop[k] {
			at[k] = len(r.us)
			r.us = append(r.us, u)
		}
	}
	for v, s := range c.reduced {
		if at[v] >= 0 && at[s] >= 0 {
			if r.reduced == nil {
				r.reduced = map[int]int{}
			}
			r.reduced[at[v]] = at[s]
		}
	}
	for a, b := range c.andIts {
		if at[a] >= 0 && at[b] >= 0 {
			if r.andIts == nil {
				r.andIts = map[int]int{}
			}
			r.andIts[at[a]] = at[b]
		}
	}
	return r
}

// andVerbAt reports whether unit k is "and" before an active verb: a
// second verb phrase after the description ("paid $20m for a stake in X,
// a Seoul developer, and put $15m into Y": round 44, dev28).
func (c *clauses) andVerbAt(k int) bool {
	return k+1 < len(c.us) && c.isPunct(k, "and") && c.us[k+1].Kind == 'V' && !c.us[k+1].Passive
}

// personUnit reports whether entity unit u names a person: a person's
// description is a title ("Andre Fuetsch, president of AT&T Labs, as its
// chairman"), which the role families read.
func (c *clauses) personUnit(u int) bool {
	for _, i := range c.ents[c.us[u].ent].ms {
		if c.s.ms[i].Kind == 'P' {
			return true
		}
	}
	return false
}

// apposEnd is the closing comma of a description that opens at unit k,
// or -1.
func (c *clauses) apposEnd(k int) int {
	if k >= len(c.us) {
		return -1
	}
	switch u := c.us[k]; {
	case u.Kind == 'N' || u.Kind == 'M':
	case u.Kind == 'E' && c.ents[u.ent].poss:
	default:
		return -1
	}
	noun := false
	for j := k; j < len(c.us) && j < k+8; j++ {
		u := c.us[j]
		switch {
		case c.isPunct(j, ","):
			if !noun {
				return -1
			}
			return j
		case u.Kind == 'N' || u.Kind == 'M':
			noun = true
		case u.Kind == 'P':
		case u.Kind == 'E' && (j == k || c.us[j-1].Kind == 'P' || c.isPunct(j-1, "and")):
			// a name inside the description's phrases ("in Germany"),
			// never its head: "a new alliance, the Radio Forum, with
			// B" names the alliance
		case c.isPunct(j, "and") && c.us[j-1].Kind == 'E' && j+1 < len(c.us) && c.us[j+1].Kind == 'E':
			// "in Germany and Austria": places are no list of names
		default:
			return -1
		}
	}
	return -1
}

// exclusionEnd is the closing comma of an exclusion that opens at unit k,
// ", but not D," or ", except D,": "A, B and C, but not D, joined X" is
// read as "A, B and C joined X" (round 43), or -1.
func (c *clauses) exclusionEnd(k int) int {
	j := k
	switch {
	case j+1 < len(c.us) && c.us[j].words == "but" && c.us[j+1].words == "not":
		j += 2
	case j < len(c.us) && (c.us[j].words == "except" || c.us[j].words == "not"):
		j++
	default:
		return -1
	}
	if j+1 < len(c.us) && c.us[j].Kind == 'E' && c.isPunct(j+1, ",") {
		return j + 1
	}
	return -1
}
