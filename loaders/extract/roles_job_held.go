package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A post told first and its holder named after it (round 15, roles5
// drill): "X's chief executive is not P; that job is held by Q", "The
// chairmanship of X is vacant no longer: the post is held by Q". The post
// noun ("that job", "the role", "the post") of a passive "hold" stands
// for the first title the sentence named before it, with its organisation:
// a possessive company before the title ("X's chief executive") or "of X"
// after it.

// heldPostNouns are the subjects of "is held by Q" that stand for a title.
var heldPostNouns = map[string]bool{
	"that job": true, "the job": true, "that post": true, "the post": true, "that role": true, "the role": true,
	"that position": true, "the position": true, "the top job": true, "that seat": true, "the seat": true,
}

// postHolderVerbs are the active verbs that give a post to its holder,
// with the preposition before the holder (round 20: "that post belongs to
// Q" beside "that post is held by Q").
var postHolderVerbs = map[string]string{
	"belong": "to", "remain": "with",
}

// famJobHeld runs the shape above on one sentence.
func (x *extractor) famJobHeld(c *clauses) {
	for v := 2; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || c.us[v-1].Kind != 'N' || !heldPostNouns[c.us[v-1].words] || c.us[v+1].Kind != 'P' {
			continue
		}
		// "is held by Q", or an active verb of the post's holder:
		// "that post belongs to Q", "the seat remains with Q"
		if !(u.Passive && u.Lemma == "hold" && c.us[v+1].Lemma == "by" || !u.Passive && postHolderVerbs[u.Lemma] == c.us[v+1].Lemma) {
			continue
		}
		q := c.person(x, v+2)
		if q != v+2 || c.ents[c.us[q].ent].poss {
			continue
		}
		rel, org, ok := x.titleNamedBefore(c, v-1)
		if !ok {
			continue
		}
		x.rule = "title.job-held"
		x.emitFact(c.s, rel, c.args(x, q)[0], org, c.modText(v-1, v), 0.65, schema.Fact{})
	}
}

// titleNamedBefore is the one title the sentence names before unit end,
// first, with its company: "X's chief executive" or "chief executive of
// X"; the titles after it describe others ("is not P, the chairman of Y").
func (x *extractor) titleNamedBefore(c *clauses, end int) (schema.Relation, arg, bool) {
	type post struct {
		rel schema.Relation
		org arg
	}
	var found []post
	company := func(k int) (arg, bool) {
		if k < 0 || k >= end || c.us[k].Kind != 'E' || c.isPerson(x, k) || c.isCountry(k) {
			return arg{}, false
		}
		as := c.args(x, k)
		if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
			return arg{}, false
		}
		return as[0], true
	}
	for k := 0; k < end; k++ {
		if c.us[k].Kind != 'N' && c.us[k].Kind != 'M' {
			continue
		}
		w := c.us[k].words
		if !strings.Contains(w, "chief") && !strings.Contains(w, "ceo") && !strings.Contains(w, "chair") {
			continue
		}
		rels, past := titleRels(w)
		if len(rels) != 1 || past {
			continue
		}
		o, ok := arg{}, false
		if k > 0 && c.us[k-1].Kind == 'E' && c.ents[c.us[k-1].ent].poss {
			o, ok = company(k - 1)
		} else if k+2 < end && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "of" {
			o, ok = company(k + 2)
		}
		if ok {
			found = append(found, post{rels[0], o})
		}
	}
	if len(found) == 0 {
		return "", arg{}, false
	}
	return found[0].rel, found[0].org, true // the first: "X's CEO is not P, the chairman of Y; that job ..."
}
