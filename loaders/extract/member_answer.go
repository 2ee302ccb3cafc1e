package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// An interview can give a roster as a verbless answer to a question about
// a group's members:
//
//	Q: Who else is in it?
//	A: AMD, Dell Technologies and Sony Group, to name a few.
//
// The question is a "who" subject with a membership predicate ("is in",
// "are members of", "has joined", "belongs to", "has signed up to") over
// a group; the answer, the next sentence, opens with the names and no
// verb of their own follows them (an infinitive aside, "to name a few",
// is no verb of theirs). "A: Nvidia has declined" or a question about who
// runs the group states nothing.

// memberAskVerbs are the predicates a question about members uses.
var memberAskVerbs = map[string]bool{"be": true, "join": true, "belong": true, "sign up": true, "sign": true}

// noteMemberQuestion records the group a "who ... is in X?" question asks
// the members of.
func (x *extractor) noteMemberQuestion(c *clauses) {
	if !strings.HasSuffix(strings.TrimSpace(c.s.text), "?") {
		return
	}
	w := -1
	for i, u := range c.us {
		if u.words == "who" {
			w = i
			break
		}
	}
	if w < 0 {
		return
	}
	v := w + 1
	if v < len(c.us) && c.us[v].words == "else" {
		v++
	}
	if v >= len(c.us) || c.us[v].Kind != 'V' || !memberAskVerbs[c.us[v].Lemma] {
		return
	}
	// The group: right after the verb, or after "in", "to", "of" or
	// "members of" (a copula needs one of those: "who is the chair of X"
	// is no roster question).
	k := v + 1
	linked := c.us[v].Lemma != "be"
	for k < len(c.us) && k <= v+3 {
		u := c.us[k]
		if u.Kind == 'M' && k+1 < len(c.us) && c.us[k+1].Kind == 'E' {
			k++ // "the" before the group's name
			break
		}
		if u.Kind == 'P' && (u.Lemma == "in" || u.Lemma == "to" || u.Lemma == "of") || u.Kind == 'N' && (u.Lemma == "member" || u.Lemma == "members") {
			linked = true
			k++
			continue
		}
		break
	}
	if !linked || k >= len(c.us) || c.us[k].Kind != 'E' {
		return
	}
	as := c.args(x, k)
	if len(as) != 1 {
		return
	}
	g := as[0]
	if x.resolve(g, allianceTypes) == "" {
		// "Who else is in it?": the pronoun of a membership predicate is a
		// group, so it is the group under discussion, not the company the
		// last answer named.
		// An interview's questions keep to the group the interview is
		// about, however many answers ago it was named.
		window := groupWindow
		if strings.HasPrefix(c.s.text, "Q:") || strings.HasPrefix(c.s.text, "Q :") {
			window = 1 << 20
		}
		if c.us[k].words != "it" || x.curAlli == "" || x.sentIdx-x.lastSeen[x.curAlli] > window {
			return
		}
		g = arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}
	}
	x.asked, x.askedAt = g, x.sentIdx
}

// famAnswerRoster reads the verbless answer to a roster question.
func (x *extractor) famAnswerRoster(c *clauses) {
	asked := x.asked
	if x.asked.slug == "" || x.askedAt != x.sentIdx-1 {
		asked = arg{}
	}
	x.asked = arg{}
	x.noteMemberQuestion(c)
	if asked.slug == "" || !strings.HasPrefix(c.s.text, "A:") && !strings.HasPrefix(c.s.text, "A :") {
		return
	}
	if len(c.us) < 3 || !c.isPunct(1, ":") || c.us[2].Kind != 'E' {
		return
	}
	for k := 3; k < len(c.us); k++ {
		if c.us[k].Kind == 'V' && !(k > 0 && c.us[k-1].Kind == 'P' && c.us[k-1].Lemma == "to") {
			return // "A: Nvidia has declined": the names have a verb
		}
	}
	if 3 < len(c.us) && c.us[3].Kind != 'O' {
		return
	}
	for _, a := range c.args(x, 2) {
		x.emitFact(c.s, schema.RelMemberOf, a, asked, "", 0.7, schema.Fact{})
	}
}
