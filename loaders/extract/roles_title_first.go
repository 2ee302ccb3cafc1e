package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Titles the sentence puts before the holder with no organisation of
// their own, so the company is the one under discussion (issue 13, roles3
// drill). Two shapes:
//
//   - a title apposition that opens a clause: "The chief executive,
//     Allison Kirkby, said ...", "The chairman, P, backed it" - the
//     mirror of "P, the chief executive, said" (famBareTitle). famTitle-
//     BeforePerson leaves "the ..." titles alone because "the chief
//     executive P" usually sits inside an "of X" phrase; between commas
//     the title can only describe the name;
//   - a board apposition: "The board, chaired by P, backed the plan",
//     "X's commissioner board, chaired by P," - the reduced relative of
//     "The board is chaired by P" (impliedLed names the board's owner).
//
// The company is the article's topic when the sentence names no other
// (bareTitleOrgOf, as for "P, the chief executive, said").

// famTitleFirst reads both shapes on one sentence.
func (x *extractor) famTitleFirst(c *clauses) {
	for j := 0; j+3 < len(c.us); j++ {
		u := c.us[j]
		if u.Kind != 'N' && u.Kind != 'M' || !c.isPunct(j+1, ",") {
			continue
		}
		if u.Lemma == "board" && c.us[j+2].Kind == 'V' && c.us[j+2].words == "chaired" {
			x.boardChairedBy(c, j+2)
			continue
		}
		if !strings.HasPrefix(u.words, "the ") || !c.opensClause(j) {
			continue // "the chief executive" opens its clause
		}
		if !strings.Contains(u.words, "chief") && !strings.Contains(u.words, "ceo") && !strings.Contains(u.words, "chair") && !strings.Contains(u.words, "boss") {
			continue // titleRels builds a replacer: only a title word earns the call
		}
		rels, past := titleRels(u.words)
		p := j + 2
		if len(rels) == 0 || c.us[p].Kind != 'E' || c.ents[c.us[p].ent].poss || !c.isPunct(p+1, ",") {
			continue // "The chief executive, P and Q": a list, not an apposition
		}
		people := c.args(x, p)
		if len(people) != 1 || x.resolve(people[0], personTypes) == "" {
			continue
		}
		skip := -1
		if j > 0 && c.us[j-1].Kind == 'O' && (c.us[j-1].words == "\"" || c.us[j-1].words == "”") {
			skip = 0 // names inside the quotation are the speaker's topic
		}
		org, ok := x.bareTitleOrgSkip(c, skip, j)(x)
		if !ok {
			continue
		}
		mod := ""
		if past {
			mod = "former"
		}
		x.rule = "title.first-apposition"
		for _, r := range rels {
			x.emitFact(c.s, r, people[0], org, mod, 0.65, schema.Fact{})
		}
	}
}

// boardChairedBy: "The board, chaired by P, ..." with the participle at v.
// A time may stand before "by", and a title before the person: "Its
// board, chaired since the spring by former finance chief P" (round 29).
func (x *extractor) boardChairedBy(c *clauses, v int) {
	by := v + 1
	if by+1 < len(c.us) && c.us[by].Kind == 'P' && (c.us[by].Lemma == "since" || c.us[by].Lemma == "from") && (c.us[by+1].Kind == 'N' || c.us[by+1].Kind == 'M') {
		by += 2 // "chaired since the spring by"
	}
	per := by + 1
	if per+1 < len(c.us) && (c.us[per].Kind == 'N' || c.us[per].Kind == 'M') && c.us[per+1].Kind == 'E' {
		per++ // "by former finance chief P"
	}
	if per >= len(c.us) || c.us[by].Kind != 'P' || c.us[by].Lemma != "by" || c.us[per].Kind != 'E' || !c.isPerson(x, per) {
		return
	}
	if (by > v+1 || per > by+1) && !(v >= 2 && (strings.HasPrefix(c.us[v-2].words, "its ") || strings.HasPrefix(c.us[v-2].words, "their "))) {
		return // the longer forms only for a board its owner's possessive names ("The board, chaired since the spring by P" after two companies: whose?)
	}
	led := x.impliedLed(c, v-1) // the unit before the comma is the board
	if len(led) != 1 {
		return
	}
	x.rule = "title.board-chaired-by"
	x.emitFact(c.s, schema.RelChairmanOf, c.args(x, per)[0], led[0], "", 0.7, schema.Fact{})
}

// opensClause reports whether unit j starts the sentence or follows a
// clause break, a comma, a colon, a closing quotation mark or ", and"
// ("The chairman, P, and the chief executive, Q, signed").
func (c *clauses) opensClause(j int) bool {
	if j == 0 || c.boundary(j-1) || c.isPunct(j-1, ",") || c.isPunct(j-1, ":") {
		return true
	}
	w := c.us[j-1].words
	return c.us[j-1].Kind == 'O' && (w == "\"" || w == "”" || w == "and" && c.isPunct(j-2, ","))
}
