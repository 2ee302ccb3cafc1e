package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A venture told by its owners' split and a founding relative (issue 13,
// drill ventures2): "Virgin Media O2, the 50:50 company Liberty Global and
// Telefonica set up in 2021, ...", "J, the 75:25 company A and B set up
// in 2010". A company noun with a share split ("the 60:40 business") or
// "joint" is a venture's noun as "venture" is, so famVenturePairRelative
// reads it; a plain "the company A and B set up" may be a merger or a
// consortium and stays out. The relative's time founds the venture:
// founded(J) with the date the sentence gives, when it gives one.

// splitCompanyNouns are the company nouns a share split makes a venture's.
var splitCompanyNouns = map[string]bool{
	"company": true, "business": true, "firm": true, "entity": true, "operator": true, "vehicle": true,
}

// splitNounRE is the apposition of a company noun with a share split or
// "joint": "the 75:25 company", "the 50:50 business", "a joint firm".
var splitNounRE = regexp.MustCompile(`^(?:the|a|an) (?:\d{1,2} ?[:/-] ?\d{1,2}|fifty-fifty|joint|jointly[- ]owned|equally[- ]owned)(?: [a-z][a-z-]*)? ([a-z]+)$`)

// splitNounName returns the unit of the name that the company noun at
// unit j, with a share split, stands in apposition to ("J, the 75:25
// company"), or -1. The tokenizer breaks "75:25" into three units, so the
// apposition's text decides.
func (c *clauses) splitNounName(j int) int {
	if !splitCompanyNouns[c.us[j].Lemma] {
		return -1
	}
	for k := j - 1; k >= 1 && k >= j-4; k-- {
		if !c.isPunct(k, ",") {
			continue
		}
		m := splitNounRE.FindStringSubmatch(strings.ToLower(c.text(k+1, j)))
		if c.us[k-1].Kind != 'E' || m == nil || !splitCompanyNouns[m[1]] {
			return -1
		}
		return k - 1
	}
	return -1
}

// foundedInRelative emits founded(venture) for the founding relative
// whose subject is unit s and verb unit v, when the clause gives a time
// ("set up in 2010").
func (x *extractor) foundedInRelative(c *clauses, venture arg, s, v int) {
	end := v + 1
	for end < len(c.us) && !c.isPunct(end, ",") && !c.boundary(end) && c.us[end].Kind != 'V' {
		end++
	}
	if !temporal(c.text(v+1, end-1)) {
		return
	}
	x.emitFact(c.s, schema.RelFounded, venture, arg{}, c.modText(s, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
}
