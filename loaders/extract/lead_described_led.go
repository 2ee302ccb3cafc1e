package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A led thing told only by a description (round 22, helper z26blead):
// news names a venture, a project or a programme once and then says who
// leads it through a bare definite description that no group in reach
// resolves, because the thing is typed a company or a joint venture, not
// an alliance:
//
//	"Stargate is a joint venture formed by A, B and C. ... the venture
//	is led by A"                                   -> ledBy(stargate, A)
//	"The starting gun was the launch of Y. The initiative, spearheaded
//	by A, is meant to ..."                         -> ledBy(Y, A)
//
// "the HEAD" (two words, a venture noun, the clause's subject: opening
// the sentence or after a colon or semicolon) stands for the one
// organisation other than the leaders that was named in the last three
// sentences and that the text described with that head ("X is a joint
// venture"), typed a joint venture, or said was launched or founded in
// the last two sentences. When two such organisations compete, which
// one the description means nothing says, and nothing is read. A person
// leading is left to the title rules ("the venture is run by P").

// ledDescHeads are the nouns a led venture or programme is described by.
var ledDescHeads = map[string]bool{
	"venture": true, "initiative": true, "project": true, "programme": true, "program": true,
	"consortium": true, "effort": true,
}

// ledDescLemmas are the leading verbs read here ("run" names a chief).
var ledDescLemmas = map[string]bool{"lead": true, "co-lead": true, "spearhead": true, "head": true, "steer": true}

// reducedDescLed reports whether verb v is the participle of "The
// initiative, spearheaded by A, is ...": a reduced relative on a
// sentence-opening description.
func (x *extractor) reducedDescLed(c *clauses, v int, ps []pp) bool {
	form := c.ts[c.us[v].Head].Form
	return (form == formPast || form == formPart) && v == 2 && c.isPunct(1, ",") && c.us[0].Kind == 'N' &&
		len(ps) > 0 && ps[0].prep == "by" && c.us[v+1].Kind == 'P' && ledDescHeads[c.us[0].Lemma]
}

// describedLed is the organisation the description before passive verb
// v stands for, or false.
func (x *extractor) describedLed(c *clauses, v int) (arg, bool) {
	if !ledDescLemmas[c.us[v].Lemma] {
		return arg{}, false
	}
	j := v - 1
	if c.isPunct(j, ",") && v == 2 {
		j = 0 // "The initiative, spearheaded by A, ..."
	}
	if j < 0 || j > 0 && !c.isPunct(j-1, ":") && !c.isPunct(j-1, ";") {
		return arg{}, false
	}
	var leaders []arg
	for _, p := range c.pps(v + 1) {
		if p.prep == "by" && c.us[p.at].Kind == 'E' {
			if c.isPerson(x, p.at) {
				return arg{}, false
			}
			leaders = c.byAgents(x, p.at) // lead_by_and_by.go
			break
		}
	}
	return x.descLedAt(c, j, leaders)
}

// frontedDescLed is what "Led by A, the venture plans ..." leads: the
// description at unit k, the main clause's subject.
func (x *extractor) frontedDescLed(c *clauses, k int, leaders []arg) (arg, bool) {
	if k+1 >= len(c.us) || c.us[k+1].Kind != 'V' {
		return arg{}, false
	}
	return x.descLedAt(c, k, leaders)
}

// descLedAt is the one organisation the bare description at unit j
// stands for, the leaders aside, or false.
func (x *extractor) descLedAt(c *clauses, j int, leaders []arg) (arg, bool) {
	if len(leaders) == 0 || j >= len(c.us) || c.us[j].Kind != 'N' || !ledDescHeads[c.us[j].Lemma] || c.us[j].words != "the "+c.us[j].Lemma {
		return arg{}, false
	}
	var not []string
	for _, l := range leaders {
		not = append(not, x.resolve(l, orgTypesAll))
	}
	head := descHead(c.us[j].Lemma)
	found := ""
	for s, last := range x.lastSeen {
		if x.sentIdx-last > groupWindow || slices.Contains(not, s) || !x.describedAs(s, head) {
			continue
		}
		if found != "" && found != s {
			return arg{}, false // two compete
		}
		found = s
	}
	if found == "" {
		return arg{}, false
	}
	return arg{slug: found, text: "(" + x.nameOf(found) + ")"}, true
}

// describedAs reports whether organisation s may be what "the HEAD"
// stands for: described with the head, a joint venture, or launched in
// the last two sentences.
func (x *extractor) describedAs(s, head string) bool {
	switch x.typeOf(s) {
	case schema.TypeCompany, schema.TypeJointVenture, schema.TypeAlliance:
	default:
		return false
	}
	if x.groupDescribed(s, head) || x.typeOf(s) == schema.TypeJointVenture {
		return true
	}
	for _, e := range x.descs {
		if e.slug == s && e.head == head {
			return true
		}
	}
	at, ok := x.launched[s]
	return ok && x.sentIdx-at <= 2
}

// noteLaunched remembers the sentence that said s was founded or
// launched.
func (x *extractor) noteLaunched(f schema.Fact) {
	if f.Relation != schema.RelFounded || f.Modality != "" || strings.HasPrefix(f.Subject.ID, "_") {
		return
	}
	if x.launched == nil {
		x.launched = map[string]int{}
	}
	x.launched[f.Subject.ID] = x.sentIdx
}
