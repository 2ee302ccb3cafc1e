package extract

import "strings"

// reducedPassive is the entity a participle clause describes: in "Ant
// Group, backed by Alibaba, won a licence" or "the Chinese fintech, backed
// by Alibaba," the verb group "backed" has no auxiliary, follows a comma
// after an entity, and takes its agent in a by-phrase. It returns that
// entity's unit and the by-phrase's, or -1 and -1.
func (c *clauses) reducedPassive(v int) (held, by int) {
	u := c.us[v]
	if u.Passive || u.Neg || u.To-u.From != 1 || v < 2 {
		return -1, -1
	}
	e := c.participleHost(v)
	if e < 0 && c.us[v-1].Kind == 'O' && c.us[v-1].words == "and" {
		// "Y, the Saudi AI company launched in May and backed by A": the
		// participle coordinated with another that describes Y (round 30,
		// dev17)
		for w := v - 2; w > 1 && !c.boundary(w) && !c.isPunct(w, ","); w-- {
			if c.us[w].Kind == 'V' {
				if !c.us[w].Passive && c.us[w].To-c.us[w].From == 1 {
					e = c.participleHost(w)
				}
				break
			}
		}
	}
	if e < 0 {
		return -1, -1
	}
	if t := c.ts[u.From]; t.Form != formPast && t.Form != formPart {
		return -1, -1
	}
	for _, p := range c.pps(v + 1) {
		if p.prep == "by" && c.us[p.at].Kind == 'E' {
			if strings.Contains(c.text(p.at, p.at), ";") {
				// "(Ipai), an initiative funded by the Dieter Schwarz
				// Foundation; Bosch Ventures; and Schwarz Group": the
				// agent is one item of a longer list, not the list.
				return -1, -1
			}
			return e, p.at
		}
		break
	}
	return -1, -1
}

// participleHost is the entity unit a bare participle at v describes,
// after a comma ("Y, backed by") or after a description in apposition ("Y,
// the Mumbai data-centre operator backed by"), or -1.
func (c *clauses) participleHost(v int) int {
	e := v - 2
	if v >= 5 && c.us[v-1].Kind == 'N' && c.us[v-2].Kind == 'E' && c.isCountry(v-2) && c.us[v-3].Kind == 'M' && c.isPunct(v-4, ",") &&
		(c.us[v-3].words == "a" || c.us[v-3].words == "an" || c.us[v-3].words == "the") {
		// "Y, a French fund backed by A": a nationality inside the
		// description (round 34, dev21)
		e = v - 5
	} else if !c.isPunct(v-1, ",") {
		// "Y, the Mumbai data-centre operator backed by A,": the
		// participle follows the description in apposition to Y.
		if v < 3 || c.us[v-1].Kind != 'N' || !c.isPunct(v-2, ",") || !strings.HasPrefix(c.us[v-1].words, "the ") && !strings.HasPrefix(c.us[v-1].words, "a ") && !strings.HasPrefix(c.us[v-1].words, "an ") {
			return -1
		}
		e = v - 3
	}
	if e < 0 || c.us[e].Kind != 'E' {
		return -1
	}
	return e
}

// participleInsert reports whether unit k is a bare participle opening an
// inserted clause ("Acme Group, known as Acme, took ...", "Y, backed by
// A, sells ..."), which the subject of the main verb reaches across.
func (c *clauses) participleInsert(k int) bool {
	u := c.us[k]
	if u.Kind != 'V' || u.Passive || u.To-u.From != 1 || !c.isPunct(k-1, ",") || u.From >= len(c.ts) {
		return false
	}
	f := c.ts[u.From].Form
	return f == formPast || f == formPart
}
