package extract

import "github.com/telcograph/telcograph/schema"

// A seat on an alliance's board makes a member of the alliance, however
// the seat is told: "A, B and C have taken seats on the board of directors
// of X", "A took a seat on X's board in May", "X named A to its board"
// (joining the board is read by joinBoard, batch.go).

// seatVerbs take, hold or win a seat.
var seatVerbs = map[string]bool{"take": true, "hold": true, "have": true, "win": true, "gain": true, "get": true, "secure": true, "occupy": true}

// boardNamers put a member on a board.
var boardNamers = map[string]bool{"name": true, "appoint": true, "elect": true, "add": true, "welcome": true, "admit": true}

// famBoardSeat reads both shapes at verb v.
func (x *extractor) famBoardSeat(c *clauses, v int) {
	u := c.us[v]
	if u.Kind != 'V' || u.Neg {
		return
	}
	switch {
	case seatVerbs[u.Lemma] && !u.Passive && v+3 < len(c.us) && c.us[v+1].Kind == 'N' && c.us[v+1].Lemma == "seat" &&
		c.us[v+2].Kind == 'P' && c.us[v+2].Lemma == "on":
		alli, ok := x.boardAlliance(c, v+3)
		subj := c.subject(v)
		if !ok || subj < 0 {
			return
		}
		x.rule = "members.board-seat"
		for _, a := range c.args(x, subj) {
			x.emitFact(c.s, schema.RelMemberOf, a, alli, c.modText(subj, v), 0.75, schema.Fact{Since: x.dateOf(c.s)})
		}
	case boardNamers[u.Lemma] && !u.Passive && v+3 < len(c.us) && c.us[v+1].Kind == 'E' && c.us[v+2].Kind == 'P' && c.us[v+2].Lemma == "to":
		alli, ok := x.boardAlliance(c, v+3)
		if !ok {
			return
		}
		if subj := c.subject(v); subj >= 0 {
			if as := c.args(x, subj); len(as) != 1 || x.resolve(as[0], allianceTypes) == "" {
				return // "Acme named Ion Cloud's founder to its board": a company's own board
			}
		}
		x.rule = "members.named-to-board"
		for _, a := range c.args(x, v+1) {
			x.emitFact(c.s, schema.RelMemberOf, a, alli, c.modText(c.subject(v), v), 0.7, schema.Fact{})
		}
	}
}
