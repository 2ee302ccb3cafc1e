package extract

import "github.com/telcograph/telcograph/schema"

// A second holding coordinated after a stake with its verb gapped (helper
// z19inv, issue 13, drill invest6): "A still holds about 5% of Y, the UK
// broadcaster, and a stake in Z", "A owns 20% of Y and a small stake in
// Z": Z is A's holding too. The second object must be a stake noun with
// "in" (or a share with "of") and a company, reached over Y's apposition
// only: a verb before "and" ends the reading ("..., and B holds a stake
// in Z" has a subject of its own and is read by its own verb).

// coordStakes emits A's gapped second holdings after the investee unit y.
func (x *extractor) coordStakes(c *clauses, y int, investors []arg, modText string) {
	k := y + 1
	for k < len(c.us) && !(c.us[k].Kind == 'O' && c.us[k].words == "and") {
		switch u := c.us[k]; {
		case u.Kind == 'V', c.isPunct(k, ";"), c.isPunct(k, "."):
			return
		case u.Kind == 'P' && u.Lemma != "of": // an apposition's "of" ("the parent of X") is all it may hold
			return
		}
		k++
	}
	n := k + 1
	for n < len(c.us) && c.us[n].Kind == 'O' && (c.us[n].tag == posAdv || approxWords[c.us[n].words]) {
		n++ // "and about 83% of Z" (round 45, dev29)
	}
	if n+2 >= len(c.us) || c.us[n].Kind != 'N' || c.us[n+1].Kind != 'P' || c.us[n+2].Kind != 'E' {
		return
	}
	stake := c.us[n].Lemma == "stake" && c.us[n+1].Lemma == "in"
	share := ownedShare(c.us[n].words) && partShare(c.us[n].words) && c.us[n+1].Lemma == "of"
	if !stake && !share || c.isCountry(n+2) {
		return
	}
	owned := c.args(x, n+2)
	if x.ownsItself(investors, owned) {
		return
	}
	for _, a := range investors {
		for _, b := range owned {
			x.emitFact(c.s, schema.RelInvestedIn, a, b, modText, 0.75, schema.Fact{Date: x.dateOf(c.s)})
		}
	}
}
