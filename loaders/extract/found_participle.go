package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Companies founded, told by a participle that describes the name (issue
// 13, helper x13x, on the partners drill):
//   - right after the name's comma: "OpenAI, founded in 2015 as a lab,",
//     "Sarvam AI, co-founded in 2023 by P and Q,", "Humain, launched in
//     May,";
//   - after the head of an apposition, definite or not: "G42, the AI group
//     set up in 2018 by P", "Krutrim, the AI company started by P in
//     2023", "Core42, a G42 unit established last year";
//   - fronted before the name: "Founded in 1984, Vodafone serves ...".
// The name must be a registered company or group, by name (a joint
// venture's founding is the venture family's). Near misses: a product or
// an unregistered name, an owning or buying participle, a negation, a
// participle describing a noun that is no apposition of the name ("its
// network, set up in 2019,"), a participle with a subject of its own.

// participleFounders found what a participle after a name describes.
// Launching names products as often as companies; a registered company
// after a comma is the company.
var participleFounders = map[string]bool{
	"found": true, "co-found": true, "establish": true, "form": true, "create": true, "set up": true,
	"start": true, "launch": true,
}

// foundedKinds are what a describing participle founds.
var foundedKinds = []schema.EntityType{schema.TypeCompany, schema.TypeAlliance}

// bareParticiple reports whether unit v is a past participle with no
// auxiliary ("founded", "set up", "co-founded").
func (c *clauses) bareParticiple(v int) bool {
	u := c.us[v]
	if u.Kind != 'V' || u.Neg || u.Passive || u.From >= len(c.ts) {
		return false
	}
	if f := c.ts[u.From].Form; f != formPast && f != formPart {
		return false
	}
	n := u.To - u.From
	return n == 1 || n == 2 && u.Particle != ""
}

// famFoundParticiple reads the shapes above.
func (x *extractor) famFoundParticiple(c *clauses) {
	for v := range c.us {
		if !participleFounders[c.us[v].Lemma] || !c.bareParticiple(v) {
			continue
		}
		if v == c.skipBullet(0) {
			x.foundFronted(c, v)
			continue
		}
		if n := v + 1; n < len(c.us) && (c.us[n].Kind == 'E' || c.us[n].Kind == 'M' || c.us[n].Kind == 'N' && !temporal(c.us[n].words) ||
			c.us[n].Kind == 'P' && c.us[n].Lemma == "with") {
			continue // a finite verb with an object ("X, started the process"); "formed with A"
		}
		name := c.apposedName(v)
		if name < 0 {
			name = c.copulaDescribedName(v) // found_appos_desc.go
		}
		if name < 0 {
			continue
		}
		co, ok := x.foundedCompany(c, name, foundedKinds)
		if !ok {
			if co, ok = x.foundedDescribed(c, name); !ok { // found_described.go
				continue
			}
		}
		x.rule = "found.participle"
		x.emitFact(c.s, schema.RelFounded, co, arg{}, c.text(name, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
		for _, p := range c.pps(v + 1) {
			if ps := c.byPersons(x, p.at); p.prep == "by" && len(ps) > 0 {
				// "Y, the investment firm founded by P,": the people after
				// "by", as found.apposition-person reads them (round 41)
				x.rule = "found.participle-person"
				for _, a := range ps {
					x.companyFounder(c.s, a, co, c.text(name, v), 0.7)
				}
			}
		}
	}
}

// apposedName is the entity unit a participle at v describes: the name
// right before a comma ("X, founded"), or the name before the comma that
// opens an apposition whose head the participle follows ("X, the AI group
// set up", "X, a G42 unit established"). It returns -1 when there is none.
func (c *clauses) apposedName(v int) int {
	if c.isPunct(v-1, ",") {
		b := v - 3
		for b >= 0 && c.us[b].Kind == 'M' {
			b--
		}
		if v >= 2 && c.us[v-2].Kind == 'E' && !c.isPunct(b, ",") && (b < 0 || c.us[b].Kind != 'P') {
			return v - 2
		}
		return -1
	}
	k := v - 1
	for k >= 0 && v-k <= 4 && (c.us[k].Kind == 'N' || c.us[k].Kind == 'M' || c.us[k].Kind == 'E' && (k+1 < v || c.describingHead(k) && c.datedParticiple(v)) && !c.ents[c.us[k].ent].poss) {
		k--
	}
	if k == v-1 && !(c.describingHead(k) && c.datedParticiple(v)) || k < 1 || !c.isPunct(k, ",") || c.us[k-1].Kind != 'E' || c.us[v-1].Kind != 'N' && !c.describingHead(v-1) {
		return -1
	}
	first := c.us[k+1].words
	if !strings.HasPrefix(first, "a ") && !strings.HasPrefix(first, "an ") && !strings.HasPrefix(first, "the ") && first != "a" && first != "an" && first != "the" {
		return -1
	}
	if hasAnyWord(c.text(k+1, v-1), []string{"former", "planned", "proposed", "possible", "future"}) {
		return -1
	}
	if c.isPunct(k-2, ",") || k >= 2 && c.us[k-2].Kind == 'P' && c.us[k-2].Lemma != "of" && !(orgHeadNouns[lastWord(c.us[v-1].words)] && c.datedParticiple(v)) {
		return -1 // a list item; "under X, set up by": what is under X (but "in X, the chip designer founded in 2020")
	}
	return k - 1
}

// foundFronted: "Founded in 1984, Vodafone serves ...": the name after
// the comma that ends the participle's clause. Groups are the found
// family's (frontedFound).
func (x *extractor) foundFronted(c *clauses, v int) {
	k := c.afterFronted(v, true)
	if k < 0 {
		return
	}
	if x.founderApposed(c, k) {
		// "Founded in 2016 by P, a former Google engineer who remains
		// chief executive, Groq ...": the founder's apposition is no
		// subject; the company comes after its closing comma (round 35)
		if k = c.afterFronted(k, false); k < 0 {
			return
		}
	}
	co, ok := x.foundedCompany(c, k, companyOnly)
	if !ok || k+1 >= len(c.us) {
		return
	}
	x.rule = "found.fronted-company"
	x.emitFact(c.s, schema.RelFounded, co, arg{}, c.text(0, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
}

// founderApposed reports whether the text after a fronted participle's
// comma, at unit k (past its modifiers), is an apposition to the person
// before the comma: "by P, a former Google engineer ...".
func (x *extractor) founderApposed(c *clauses, k int) bool {
	ci := k - 1
	for ci > 0 && c.us[ci].Kind == 'M' {
		ci--
	}
	if ci < 1 || ci+1 >= len(c.us) || !c.isPunct(ci, ",") || c.us[ci-1].Kind != 'E' || !c.isPerson(x, ci-1) {
		return false
	}
	first := c.us[ci+1].words
	for _, a := range []string{"a", "an", "the"} {
		if first == a || strings.HasPrefix(first, a+" ") {
			return true
		}
	}
	return false
}
