package extract

// A reduced relative clause, a participle with its agent and no commas,
// may stand between a subject and its verb: "The Tokyo research lab set
// up last year by former Google researchers David Ha and Llion Jones
// closed a $30 million seed round in January", "The Dallas start-up
// founded in 2023 by P raised ..." (round 33, dev20). Read naively, the
// agent is the subject of "closed" and "set up" is an active verb whose
// subject is the lab. The participle is marked passive, so the founding
// rules read "the lab set up by P" as "the lab was set up by P", and the
// finite verb after the agent takes the name before the participle as its
// subject.

// reducedParticiples are the participles read this way: founding and
// backing verbs, whose agent a "by" names.
var reducedParticiples = map[string]bool{
	"found": true, "co-found": true, "set up": true, "create": true, "launch": true, "start": true, "form": true,
	"establish": true, "back": true, "own": true, "build": true, "spin off": true,
}

// markReduced finds reduced relatives: a name opening the clause, a
// participle of reducedParticiples, at most six units of its own (times,
// places), "by", the agent (one name or a list), then a finite verb.
func (c *clauses) markReduced() {
	for p := 1; p+3 < len(c.us); p++ {
		u := c.us[p]
		if u.Kind != 'V' || u.Passive || u.Neg || !reducedParticiples[u.Lemma] || c.us[p-1].Kind != 'E' || c.ents[c.us[p-1].ent].poss ||
			!(p-1 == 0 || c.boundary(p-2)) || c.ts[u.Head].Form != formPast && c.ts[u.Head].Form != formPart || u.Start > 0 && c.s.text[u.Start-1] == ',' {
			continue
		}
		by := -1
		for k := p + 1; k < len(c.us) && k <= p+7; k++ {
			if c.us[k].Kind == 'P' && c.us[k].Lemma == "by" {
				by = k
				break
			}
			if c.us[k].Kind == 'V' || c.boundary(k) || c.us[k].Kind == 'O' && c.us[k].words != "$" || c.us[k].Kind == 'E' && !c.isCountry(k) {
				break
			}
		}
		if by < 0 {
			continue
		}
		// the agent, maybe after its descriptors and as a list: "by
		// former Google researchers P and Q"
		f := by + 1
		for f < len(c.us) && f <= by+8 && c.us[f].Kind != 'V' && !c.boundary(f) &&
			(c.us[f].Kind == 'E' || c.us[f].Kind == 'M' || c.us[f].Kind == 'N' || c.isPunct(f, "and") || c.isPunct(f, ",")) {
			f++
		}
		if f >= len(c.us) || f == by+1 || c.us[f-1].Kind != 'E' {
			continue
		}
		if c.us[f].Kind != 'V' || c.us[f].Passive {
			continue
		}
		c.us[p].Passive = true
		if c.reduced == nil {
			c.reduced = map[int]int{}
		}
		c.reduced[f] = p - 1
	}
}
