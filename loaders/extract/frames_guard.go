package extract

import "slices"

// This file holds guards of the frame layer (frames.go) against two
// readings that state no membership: a company that "was joined by" others
// (they joined its effort, not a group: "On the vendor side Nvidia was
// joined by Cisco and Ericsson"), and a place written like a name after
// "in" ("at Nvidia's conference in Washington").

// joinedCompany reports whether a joining verb of the clause is passive
// with a company or a person for its subject: "A was joined by B".
func joinedCompany(c *clauses, sp clauseSpan, cs []cue) bool {
	ts := c.ts
	for _, cu := range cs {
		if cu.class != cueJoin || cu.at == 0 || cu.at+cu.n >= sp.to || ts[cu.at+cu.n].Key != "by" {
			continue
		}
		aux := cu.at - 1
		if !slices.Contains([]string{"was", "were", "been", "is", "are", "be"}, ts[aux].Key) {
			continue
		}
		// The mention ending just before the auxiliary is what was joined.
		for i := range c.s.ms {
			m := &c.s.ms[i]
			if m.End <= ts[aux].Start && m.End >= ts[aux].Start-1 && m.Start >= ts[sp.from].Start {
				return m.Kind == 'C' || m.Kind == 'P'
			}
		}
	}
	return false
}

// placeAfterIn reports whether an unknown name follows "in", as a place
// does: "in Washington", "in Silicon Valley".
func placeAfterIn(s *sent, toks []token, m *mention) bool {
	if m.Kind != 'U' {
		return false
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].End <= m.Start {
			return toks[k].Key == "in"
		}
	}
	return false
}
