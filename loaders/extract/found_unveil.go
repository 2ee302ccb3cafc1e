package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// famUnveilNew: "Iliad on Friday unveiled Kyutai, a non-profit research
// laboratory", "R launched Y, a new wholly owned subsidiary". Unveiling or
// launching names products as often as companies (found_company.go), so
// it founds a company only when an apposition right after the name tells
// it as an organisation: an indefinite description headed by a noun for a
// company, lab or unit. "unveiled Y, a family of models" or "launched Y,
// the group's chatbot" found nothing.
func (x *extractor) famUnveilNew(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || !unveilVerbs[u.Lemma] || u.Passive || u.Neg {
			continue
		}
		obj := c.object(v)
		if obj < 0 || obj+2 >= len(c.us) || !c.isPunct(obj+1, ",") {
			continue
		}
		d := c.us[obj+2]
		if d.Kind != 'N' || !(strings.HasPrefix(d.words, "a ") || strings.HasPrefix(d.words, "an ")) || !newOrgNouns[c.us[c.descHead(obj+2)].Lemma] {
			continue
		}
		co, ok := x.foundedCompany(c, obj, companyTypes)
		if !ok {
			continue
		}
		x.rule = "found.unveiled-as"
		x.emitFact(c.s, schema.RelFounded, co, arg{}, c.modText(max(0, c.subject(v)), v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
	}
}

// unveilVerbs present something new to the public.
var unveilVerbs = map[string]bool{"unveil": true, "launch": true, "introduce": true, "debut": true}

// newOrgNouns head a description of an organisation, not of a product.
var newOrgNouns = map[string]bool{
	"company": true, "subsidiary": true, "firm": true, "laboratory": true, "lab": true, "start-up": true,
	"startup": true, "venture": true, "unit": true, "business": true, "entity": true, "institute": true,
}

// descHead is the head of a description starting at noun unit k: the
// last noun of the run of nouns and adjectival participles from k ("a
// new" "wholly owned" "subsidiary").
func (c *clauses) descHead(k int) int {
	head := k
	for j := k + 1; j < len(c.us); j++ {
		u := c.us[j]
		if u.Kind == 'N' {
			head = j
			continue
		}
		if u.Kind == 'V' && strings.HasSuffix(u.words, "ed") && j+1 < len(c.us) && c.us[j+1].Kind == 'N' {
			continue // "wholly owned" before its noun
		}
		break
	}
	return head
}

// personFoundedDescribed: "Andrulis set up the company in 2019 with
// Weinbach" - a person founding a company told by a company noun that the
// mention layer resolved. A person founds a company, never a joint
// venture (whose founding by its owners is the venture family's), so the
// description needs a person as subject and a company as referent.
func (x *extractor) personFoundedDescribed(c *clauses, v, obj int) (arg, bool) {
	if obj < 0 || obj >= len(c.us) || c.us[obj].Kind != 'E' || c.ents[c.us[obj].ent].poss {
		return arg{}, false
	}
	subj := c.subject(v)
	if subj < 0 || c.person(x, subj) != subj {
		return arg{}, false
	}
	as := c.args(x, obj)
	if len(as) != 1 || as[0].m == nil || !as[0].m.Coref || x.resolve(as[0], companyOnly) == "" {
		return arg{}, false
	}
	// "the company", not "the Japanese company": a nationality picks
	// among the companies in reach and may pick another.
	head := strings.Fields(strings.ToLower(as[0].text))
	if len(head) != 2 || head[0] != "the" || !personFoundedHeads[head[1]] {
		return arg{}, false
	}
	return as[0], true
}

// personFoundedHeads are the company nouns a founder's company goes by.
var personFoundedHeads = map[string]bool{"company": true, "firm": true, "start-up": true, "startup": true, "business": true, "lab": true}
