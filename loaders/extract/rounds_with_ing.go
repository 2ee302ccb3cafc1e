package extract

import "strings"

// This file reads a round's backers named in an absolute "with" phrase
// whose verb is an -ing form of joining in (helper z25inv, issue 13):
// "The round was led by A, with B and C joining", "A led it, with D also
// investing", "with existing backers E and F coming back". The phrase
// has no object of its own (intransitiveEnd, rounds_return.go), so "with
// B joining the board" or "with C investing in its own chips" states
// nothing; the backers invested in the round under discussion, as "with
// B and C taking part" (rounds.go) already read.

// absoluteWith is the entity unit that an absolute "with" phrase makes
// the subject of the -ing verb v (", with B and C (also) joining"), or -1.
// A description may stand between "with" and the name ("with existing
// investors B and C returning").
func (c *clauses) absoluteWith(v int) int {
	if c.ts[c.us[v].Head].Form != formIng {
		return -1
	}
	k := v - 1
	if k >= 0 && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k-- // "also", "again"
	}
	if k < 1 || c.us[k].Kind != 'E' {
		return -1
	}
	w := k - 1
	if c.us[w].Kind == 'N' && !strings.HasSuffix(c.us[w].words, "'s") {
		w-- // "with existing investors B and C"
	}
	if w < 1 || c.us[w].Kind != 'P' || c.us[w].Lemma != "with" || !c.isPunct(w-1, ",") {
		return -1
	}
	return k
}
