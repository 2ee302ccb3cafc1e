package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Chairing by an organisation. "Chair" names a chairman only when a person
// holds the chair; a company that chairs a group, or that group's board,
// leads the group:
//
//	"AMD, which chairs the consortium's board, said ..." -> ledBy
//	"Chaired by SoftBank, the group runs three working groups" -> ledBy
//
// Only the board of a named group counts for the active form ("Acme chairs
// the Radio Forum" stays with the plain rules), and the fronted form needs
// a definite group noun as the main clause's subject that the article's
// current group resolves.

// chairOrgBoard reads an active "ORG chairs GROUP's board".
func (x *extractor) chairOrgBoard(c *clauses, subj, obj int) bool {
	if subj < 0 || obj < 0 || c.us[subj].Kind != 'E' || c.us[obj].Kind != 'E' || c.isPerson(x, subj) {
		return false
	}
	if !c.ents[c.us[obj].ent].poss || obj+1 >= len(c.us) || c.us[obj+1].Kind != 'N' || c.us[obj+1].Lemma != "board" {
		return false
	}
	if x.hasPersonAgent(c, subj) {
		return false
	}
	done := false
	for _, g := range c.args(x, obj) {
		if x.resolve(g, allianceTypes) == "" {
			continue
		}
		// The group is read through its board: the possessive is the
		// point, so the owned-thing guard of ledThingOwned must not see it.
		g.m = nil
		for _, l := range c.args(x, subj) {
			if x.emitFact(c.s, schema.RelLedBy, g, l, c.modText(subj, obj-1), 0.75, schema.Fact{}) {
				done = true
			}
		}
	}
	return done
}

// hasPersonAgent reports whether entity unit u holds a person among its
// mentions (a list mixing people and companies is not read here).
func (x *extractor) hasPersonAgent(c *clauses, u int) bool {
	for _, i := range c.ents[c.us[u].ent].ms {
		m := c.s.ms[i]
		if m.Kind == 'P' || m.Kind == 'U' && personLike(m.Text) {
			return true
		}
	}
	return false
}

// frontedGroupSubject is the group a fronted "Chaired by ORG, the group
// ..." is about: the unit after the comma must be a definite noun headed
// by a group noun, and the article's current group must have been named
// within the last few sentences. The agent being an organisation rules
// out the corporate-group reading of "the group" (an organisation does
// not chair its own corporate group).
func (x *extractor) frontedGroupSubject(c *clauses, k int) (arg, bool) {
	if k > 0 && k+1 < len(c.us) && c.us[k].Kind == 'E' && c.us[k-1].Kind == 'M' && c.us[k-1].words == "the" &&
		c.us[k+1].Kind == 'N' && (c.isCountry(k) || strings.HasPrefix(c.us[k+1].words, "-based ")) {
		// "the Norwegian alliance", "the Oslo-based forum" (round 26)
		k++
	} else if k >= len(c.us) || !strings.HasPrefix(c.us[k].words, "the ") {
		return arg{}, false
	}
	if c.us[k].Kind != 'N' || !allianceNouns[c.us[k].Lemma] {
		return arg{}, false
	}
	if k+2 < len(c.us) && c.us[k+1].Kind == 'O' && c.us[k+1].tag == posAdv {
		k++ // "the group now has"
	}
	if n := len(strings.Fields(c.us[k].words)); n > 4 || k+1 >= len(c.us) || c.us[k+1].Kind != 'V' {
		// "the group runs", "the Oslo-based forum writes", "the new
		// industry body has" (round 26): the noun is the subject of a verb
		return arg{}, false
	}
	if x.curAlli == "" || x.sentIdx-x.lastSeen[x.curAlli] > groupWindow {
		return arg{}, false
	}
	return arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}, true
}
