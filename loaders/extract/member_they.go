package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// An interview question can be a bare list, and the answer's "they" is
// that list:
//
//	Q: And Anthropic and OpenAI?
//	A: They are members of a different club, the Frontier Model Forum.
//
// The question has no verb and names organisations; the answer, the next
// sentence, says "they are members of" a group given as an indefinite
// group noun with the group's name in apposition ("a different club, the
// X") or by name. Nothing else resolves "they" here: a question with a
// verb ("Has Nvidia joined?"), or an answer a sentence later, states
// nothing.

// memberClubNouns head the indefinite description before an apposition.
var memberClubNouns = map[string]bool{"club": true, "group": true, "alliance": true, "body": true, "consortium": true, "forum": true, "coalition": true, "initiative": true}

// noteEllipticQuestion records the organisations of a verbless question.
func (x *extractor) noteEllipticQuestion(c *clauses) {
	if !strings.HasSuffix(strings.TrimSpace(c.s.text), "?") {
		return
	}
	var orgs []arg
	for k, u := range c.us {
		if u.Kind == 'V' {
			return
		}
		if u.Kind == 'E' && !c.isPerson(x, k) {
			orgs = append(orgs, c.args(x, k)...)
		}
	}
	if len(orgs) > 0 {
		x.elliptic, x.ellipticAt = orgs, x.sentIdx
	}
}

// famTheyMembers reads the answer's "They are members of ...".
func (x *extractor) famTheyMembers(c *clauses) {
	orgs := x.elliptic
	if x.ellipticAt != x.sentIdx-1 {
		orgs = nil
	}
	x.elliptic = nil
	x.noteEllipticQuestion(c)
	if len(orgs) == 0 {
		return
	}
	for v := 1; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "be" || u.Neg || c.us[v-1].words != "they" {
			continue
		}
		if c.us[v+1].Kind != 'N' || c.us[v+1].Lemma != "member" || c.us[v+2].Kind != 'P' || c.us[v+2].Lemma != "of" {
			continue
		}
		g, ok := x.namedClub(c, v+3)
		if !ok {
			continue
		}
		x.rule = "copula.member-they"
		for _, a := range orgs {
			x.emitFact(c.s, schema.RelMemberOf, a, g, c.modText(v-1, v), 0.7, schema.Fact{})
		}
		return
	}
}

// namedClub is the alliance named at unit k: by name, or as an indefinite
// group noun with the name in apposition ("a different club, the X").
func (x *extractor) namedClub(c *clauses, k int) (arg, bool) {
	if k < len(c.us) && c.us[k].Kind == 'N' && memberClubNouns[c.us[k].Lemma] && (strings.HasPrefix(c.us[k].words, "a ") || strings.HasPrefix(c.us[k].words, "an ")) {
		if !c.isPunct(k+1, ",") {
			return arg{}, false
		}
		k += 2
	}
	for k < len(c.us) && c.us[k].Kind == 'M' {
		k++
	}
	if k >= len(c.us) || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss {
		return arg{}, false
	}
	as := c.args(x, k)
	if len(as) != 1 || x.resolve(as[0], allianceTypes) == "" {
		return arg{}, false
	}
	return as[0], true
}
