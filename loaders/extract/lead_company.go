package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// The lead family's verbs ("run", "lead", "head", "steer", "drive") in
// an active clause ("Deutsche Telekom runs T-Mobile US as a separate
// company") or a fronted participle ("Led by A, X ...", where the led one
// is only guessed as the first name after the comma) with a plain company
// as the thing led mostly state ownership, operation or a guess, not the
// lead of a group: every writer's gold gives ledBy to alliances, joint
// ventures, projects, consortia and initiatives. A company the sentence
// calls a project, programme, consortium or initiative ("Led by A and B,
// the Rapidus project ...") is still led, and so is one an explicit
// passive states ("X, which is led by A"). Issue 13, roles3: on the blind
// dev split this took the lead rule from 8 true / 7 false to 8 / 3 (ledBy
// 10/6/5 -> 10/2/5); tune lost no fact and one false one.

// ledProjectNouns are the nouns that make a led company a joint effort.
var ledProjectNouns = map[string]bool{
	"project": true, "programme": true, "program": true, "venture": true, "consortium": true,
	"initiative": true, "partnership": true, "alliance": true, "coalition": true, "effort": true,
}

// emitLed emits ledBy(led, leader) unless led is a plain company; the
// passive branch of famLead calls emitFact itself.
func (x *extractor) emitLed(c *clauses, led, leader arg, modText string, base float64) {
	if x.typeOf(x.resolve(led, orgTypesAll)) == schema.TypeCompany && !calledProject(c.s, led) {
		return
	}
	x.emitFact(c.s, schema.RelLedBy, led, leader, modText, base, schema.Fact{})
}

// calledProject reports whether the sentence calls the led one a project:
// its own words end in a project noun ("The initiative") or the word after
// its name is one ("the Rapidus project").
func calledProject(s *sent, a arg) bool {
	ws := strings.Fields(strings.ToLower(a.text))
	if len(ws) > 0 && ledProjectNouns[strings.Trim(ws[len(ws)-1], ",.;:")] {
		return true
	}
	if a.m == nil || a.m.End >= len(s.text) {
		return false
	}
	next := strings.Fields(strings.ToLower(s.text[a.m.End:]))
	return len(next) > 0 && ledProjectNouns[strings.Trim(next[0], ",.;:'’")]
}

// reducedLedBy reports whether verb v is a bare participle between a name
// and its by-phrase, "X, headed by A and B, is ...": a reduced relative
// clause, as plain a statement of the lead as "X, which is headed by A",
// but unmarked for voice, so a company led this way is treated as in an
// active clause (emitLed).
func (x *extractor) reducedLedBy(c *clauses, v int, ps []pp) bool {
	form := c.ts[c.us[v].Head].Form
	return (form == formPast || form == formPart) && v >= 2 && c.isPunct(v-1, ",") && c.us[v-2].Kind == 'E' &&
		len(ps) > 0 && ps[0].prep == "by" && c.us[v+1].Kind == 'P' && !c.isPerson(x, v-2)
}
