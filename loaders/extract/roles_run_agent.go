package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// The agent of a verb of running, read over the title before it (issue
// 13, dev3's unseen writers): "led by president and chief executive P"
// (a title of two parts joined by "and"), "led by co-founder and CEO P",
// "chaired by its founder, P" (the title in apposition), and the
// organisation a bare participle of running hangs on: "AMD itself, headed
// by chief executive P", "the start-up run by P" (no comma). Running a
// company names its chief executive even without a title ("Y, the
// start-up run by P", "Y, which is run by its co-founder P"); leading or
// heading without a title does not (a project, a round, a unit is led).

// titledAgent reads the units from k on: title words (a noun or modifier
// made only of title words, "and" between them, a possessive pronoun),
// an optional comma after them, and a person. It returns the title's
// words and the person's unit, or ("", -1).
func (c *clauses) titledAgent(x *extractor, k int) (string, int) {
	var ws []string
	j := k
	for ; j < len(c.us); j++ {
		u := c.us[j]
		switch {
		case (u.Kind == 'N' || u.Kind == 'M') && allTitleWords(u.words):
			ws = append(ws, u.words)
			continue
		case u.Kind == 'O' && (u.words == "and" || u.words == "&") && len(ws) > 0:
			ws = append(ws, u.words)
			continue
		case u.Kind == 'E' && len(ws) == 0 && (u.words == "its" || u.words == "their"):
			ws = append(ws, u.words) // "its founder" (the pronoun is a unit)
			continue
		case c.isPunct(j, ",") && len(ws) > 0 && j+1 < len(c.us) && c.us[j+1].Kind == 'E' && c.isPerson(x, j+1):
			continue // "its founder, P"
		}
		break
	}
	if j >= len(c.us) || c.us[j].Kind != 'E' || !c.isPerson(x, j) || c.ents[c.us[j].ent].poss {
		return "", -1
	}
	return strings.Join(ws, " "), j
}

// allTitleWords reports whether every word of a unit is a title word.
func allTitleWords(words string) bool {
	ws := strings.Fields(normTitle(words))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !titleWord[w] && !titleNoise[w] {
			return false
		}
	}
	return true
}

// runAgentRels are the relations the agent of verb v holds given its
// title: the title's own, else a chief executive for running a company
// ("run by P", "run by its co-founder P"), when the clause states a fact
// (no modal: "would be run by P" was a plan that may have failed).
func (x *extractor) runAgentRels(c *clauses, v int, title string, org arg) ([]schema.Relation, bool) {
	rels, past := chairTitle(normTitle(title))
	founder := len(rels) == 1 && rels[0] == relFounderOf // "run by its co-founder P": a founder who runs it (round 40)
	if len(rels) > 0 && !founder || c.us[v].Lemma != "run" {
		return rels, past
	}
	for _, w := range strings.Fields(title) {
		if w != "its" && w != "their" && w != "founder" && w != "co-founder" && w != "and" {
			return rels, false // a title that says what P does instead
		}
	}
	for _, w := range strings.Fields(c.us[v].words) {
		if modalWords[w] {
			return rels, false
		}
	}
	if x.typeOf(x.resolve(org, orgTypesAll)) != schema.TypeCompany {
		return rels, false
	}
	return append(rels, schema.RelCEOOf), false
}

// modalWords open a verb group that states no fact.
var modalWords = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "should": true, "to": true}

// runByOrg is the organisation unit a bare participle of running at v
// ("led", "run", "headed") hangs on, or -1: "X, led by", "X itself,
// headed by", "the start-up run by" (a description right before it).
func (c *clauses) runByOrg(x *extractor, v int) int {
	w := c.us[v].words
	if w != "led" && w != "run" && w != "headed" && w != "helmed" && w != "chaired" || v < 1 || v+1 >= len(c.us) ||
		c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "by" {
		return -1
	}
	switch {
	case v >= 2 && c.isPunct(v-1, ",") && c.us[v-2].Kind == 'E':
		return v - 2
	case v >= 3 && c.isPunct(v-1, ",") && c.us[v-2].words == "itself" && c.us[v-3].Kind == 'E':
		return v - 3
	case c.us[v-1].Kind == 'E' && !c.ents[c.us[v-1].ent].poss && !c.isPerson(x, v-1):
		if v >= 3 && c.isPunct(v-2, ",") && c.us[v-3].Kind == 'E' && !c.isPerson(x, v-3) && c.isDescription(x, v-1) {
			return v - 3 // "T-Mobile US, the carrier run by P": the name the description stands beside
		}
		if v >= 2 && c.us[v-2].Kind == 'P' {
			return -1 // "a spin-off from X run by P": X is not what is run
		}
		return v - 1
	}
	return -1
}

// isDescription reports whether entity unit i is a description ("the
// carrier") rather than a name.
func (c *clauses) isDescription(x *extractor, i int) bool {
	as := c.args(x, i)
	return len(as) == 1 && as[0].m != nil && as[0].m.Coref
}
