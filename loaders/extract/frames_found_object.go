package extract

import "regexp"

// A group that founds something else (helper z25found, round 21, from the
// wrong facts of tune's q-d04): "The lab has also formed a partnership with
// the University of Washington", "The forum launched a working group with A
// and B", "It has set up a test bed with A". The founding verb is active,
// its object is an indefinite noun phrase, and every group the clause
// names stands before the verb: the group is the founder of that thing, and
// the parties after "with" joined no group and founded none. "A and B
// formed a new alliance, X" names its group after the verb, and "X was
// formed with A" has no object: both stay founding frames.

// beForms are the forms of "be" that make a founding participle passive.
var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true}

// agoUnits are the time nouns of "a year ago", "a few months later".
var agoUnits = map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true,
	"decade": true, "decades": true, "day": true, "days": true, "quarter": true, "while": true, "time": true}

// foundsOther reports whether the clause's founding verb founds an
// indefinite thing other than the group named before it.
func foundsOther(c *clauses, sp clauseSpan, cs []cue) bool {
	ts := c.ts
	for _, cu := range cs {
		if cu.class != cueFound || cu.at == 0 || ts[cu.at].Pos != posVerb {
			continue
		}
		k := cu.at - 1
		for k > 0 && (ts[k].Pos == posAdv || ts[k].Key == "has" || ts[k].Key == "have" || ts[k].Key == "had") {
			k--
		}
		if beForms[ts[k].Key] {
			continue // passive: "was formed"
		}
		j := cu.at + cu.n
		if j >= sp.to || ts[j].Key != "a" && ts[j].Key != "an" {
			continue
		}
		if n := j + 1; n < sp.to && (agoUnits[ts[n].Key] || n+1 < sp.to && agoUnits[ts[n+1].Key]) {
			continue // "launched a year ago with A and B", "set up a few years back"
		}
		verb, before, after := ts[cu.at].Start, false, false
		for i := range c.s.ms {
			m := &c.s.ms[i]
			if m.Kind != 'A' || m.Start < ts[sp.from].Start || m.Start >= ts[sp.to-1].End {
				continue
			}
			if m.Start < verb {
				before = true
			} else {
				after = true
			}
		}
		if before && !after {
			return true
		}
	}
	return false
}

// activeFoundObjectRE opens the text of the flat "Y launched with A" rule
// (relations.go) with an active founding verb and an indefinite object:
// "<A1> started a pilot with A".
var activeFoundObjectRE = regexp.MustCompile(`^<A\d+> (?:officially |formally )?(?:launched|founded|formed|established|created|set up|started) an? (\w+)(?: (\w+))?`)

// foundsOtherText reports whether the text m0 of that rule has its group
// found an indefinite thing other than itself - not a time ("launched a
// year ago with").
func foundsOtherText(m0 string) bool {
	sm := activeFoundObjectRE.FindStringSubmatch(m0)
	return sm != nil && !agoUnits[sm[1]] && !agoUnits[sm[2]]
}
