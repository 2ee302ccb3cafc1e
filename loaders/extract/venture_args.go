package extract

import "strings"

// This file reads joint ventures whose partners are the arguments of a
// founding or owning verb and whose venture is named beside a venture
// noun: "A and B set up J, a joint venture, to ...", "A and B launched J
// as a 50:50 joint venture", "The joint venture, J, is owned by A and B".

// ventureFoundVerbs start a venture.
var ventureFoundVerbs = map[string]bool{
	"set up": true, "form": true, "create": true, "establish": true, "launch": true, "found": true, "co-found": true, "start": true, "spin up": true,
}

// ventureFoundNouns are the nouns of starting a venture: "the launch of
// J", "the formation of J".
var ventureFoundNouns = map[string]bool{"launch": true, "formation": true, "creation": true, "establishment": true}

// announceLaunch are the verbs by which the partners tell of their
// venture's start: "announced the launch of J".
var announceLaunch = map[string]bool{"announce": true, "unveil": true, "complete": true, "confirm": true, "finalise": true, "finalize": true}

// ventureNoun reports whether unit u is a noun phrase naming a joint
// venture ("a joint venture", "the JV", "a 50:50 joint venture").
func ventureNoun(u unit) bool {
	return u.Kind == 'N' && (u.Lemma == "jv" || u.Lemma == "venture" && strings.Contains(u.words, "joint"))
}

// famVentureArgs reads the venture nouns of one sentence that stand beside
// the name of what a verb founded or whose owners a passive names.
func (x *extractor) famVentureArgs(c *clauses) {
	for j, u := range c.us {
		if !ventureNoun(u) {
			continue
		}
		e := -1
		switch {
		case j >= 2 && c.isPunct(j-1, ",") && c.us[j-2].Kind == 'E':
			e = j - 2 // "set up J, a joint venture,"
		default:
			for k := j - 1; k >= 1 && k >= j-3; k-- {
				if c.us[k].Kind == 'P' && c.us[k].Lemma == "as" {
					if c.us[k-1].Kind == 'E' {
						e = k - 1 // "launched J as a 50:50 joint venture"
					}
					break
				}
			}
		}
		if e >= 1 && c.us[e-1].Kind == 'V' && ventureFoundVerbs[c.us[e-1].Lemma] && !c.us[e-1].Passive {
			v := e - 1
			if subj := c.subject(v); subj >= 0 {
				x.rule = "jointVenture.named"
				x.jointVenture(c.s, c.args(x, subj), c.modText(subj, v), "named "+c.text(e, e), "", shareRE.FindString(c.text(e, j)), 0.75)
			} else if !x.ventureTheyNamed(c, v, e, j) && len(c.args(x, e)) == 1 { // "A and B said they will establish J, a joint venture" (venture_nouns.go)
				x.ventureTeamed(c, v, e, shareRE.FindString(c.text(e, j))) // "A teamed up with B to form J, a joint venture" (venture_shapes.go)
			}
			continue
		}
		if e >= 3 && c.us[e-1].Kind == 'P' && c.us[e-1].Lemma == "of" && c.us[e-2].Kind == 'N' && ventureFoundNouns[c.us[e-2].Lemma] &&
			c.us[e-3].Kind == 'V' && announceLaunch[c.us[e-3].Lemma] && !c.us[e-3].Passive && !c.us[e-3].Neg {
			// "A and B announced the launch of J, a joint venture", "A
			// announced the formation of J, a joint venture with B"
			v := e - 3
			subj := c.subject(v)
			if subj < 0 {
				continue
			}
			partners := c.args(x, subj)
			if j+2 < len(c.us) && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "with" && c.us[j+2].Kind == 'E' {
				partners = append(partners, c.args(x, j+2)...)
			}
			if len(partners) >= 2 {
				x.rule = "jointVenture.named"
				x.jointVenture(c.s, partners, c.modText(subj, v), "named "+c.text(e, e), "", shareRE.FindString(c.text(e, j)), 0.7)
			}
			continue
		}
		// "The joint venture, J, is owned by A and B"
		if j+3 < len(c.us) && c.isPunct(j+1, ",") && c.us[j+2].Kind == 'E' && c.isPunct(j+3, ",") {
			e = j + 2
		}
		for v := max(e, j) + 1; v < len(c.us) && v <= max(e, j)+3; v++ {
			w := c.us[v]
			if w.Kind != 'V' {
				continue
			}
			if w.Passive && !w.Neg && (w.Lemma == "own" || w.Lemma == "hold" || w.Lemma == "back") {
				for _, p := range c.pps(v + 1) {
					if p.prep == "by" && c.us[p.at].Kind == 'E' {
						x.rule = "jointVenture.owned"
						name := ""
						if e >= 0 {
							name = "named " + c.text(e, e)
						}
						x.jointVenture(c.s, c.args(x, p.at), c.text(0, v), name, "", "", 0.7)
					}
					break
				}
			}
			break
		}
	}
}
