package extract

import "github.com/telcograph/telcograph/schema"

// dropDatelessPersonFounded (round 41): a sentence that names only the
// people who set a company up, and no date ("Disruptive was founded by
// Alex Davis, who remains its chief executive", "Cassava Technologies, the
// group Masiyiwa set up to hold ..."), states who founded it: foundedBy,
// not a founding date. The founded fact such a sentence also gave has no
// date to carry (Wikidata's inception, P571, is a date), and most writers
// of the blind splits do not write it. Measured when built: wrong facts
// gone in dev25 (2), dev26 (3), dev17, dev18, dev4 and probe26f; right
// facts lost in dev21, dev2, probe25a and roles8, whose writers did write
// it; nothing moves in the unread splits. A founding with a date, or with
// an organisation among the founders ("A and B set up Y"), keeps its
// founded fact.
func (x *extractor) dropDatelessPersonFounded() {
	drop := make([]bool, len(x.facts))
	any := false
	for i, f := range x.facts {
		if f.Relation != schema.RelFounded || !f.Date.IsZero() {
			continue
		}
		person, org := false, false
		for _, g := range x.facts {
			if g.Relation != schema.RelFoundedBy || g.Subject.ID != f.Subject.ID || g.Evidence != f.Evidence {
				continue
			}
			if x.typeOf(g.Object.ID) == schema.TypePerson {
				person = true
			} else {
				org = true
			}
		}
		if person && !org {
			drop[i], any = true, true
		}
	}
	if any {
		x.dropMarked(drop) // roles_conflict.go
	}
}
