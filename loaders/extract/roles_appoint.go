package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a title that a verb of appointing gives its object
// (issue 13, the roles drill, testdata/drills/roles):
//
//   - "Telia named P its chief executive officer", "Telenor has promoted
//     P to chief executive", "X confirmed P as chairperson of the board":
//     the title noun phrase after the person, over "as" or "to" and an
//     owner's possessive;
//   - "Telstra tapped P to lead the company": an infinitive of leading
//     whose object is the company (or a company noun) makes P its chief
//     executive;
//   - "..., and named P as chair": a verb coordinated after another takes
//     the organisation that is the subject of an earlier verb of its
//     sentence.
//
// The organisation is the verb's subject; a title "of" another
// organisation ("named P chief executive of Y") is that one's, and a title
// of anything else ("chair of its audit committee") states nothing.

// appointObjectLemmas are the verbs whose object receives a title.
var appointObjectLemmas = map[string]bool{
	"name": true, "appoint": true, "promote": true, "tap": true, "pick": true, "choose": true, "hire": true,
	"confirm": true, "elect": true, "install": true, "select": true,
}

// leadInfinitives are the verbs of "to lead the company".
var leadInfinitives = map[string]bool{"lead": true, "run": true, "head": true, "helm": true}

// famAppointObject runs the shapes above on one sentence.
func (x *extractor) famAppointObject(c *clauses) {
	x.rule = "title.appoint-object"
	for v := 0; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg || !appointObjectLemmas[u.Lemma] {
			continue
		}
		p := c.person(x, v+1)
		if p != v+1 {
			continue
		}
		people := c.coordPeople(x, p) // "named P and Q interim co-CEOs" (roles_coord_titles.go)
		k := c.skipAffiliation(x, people[len(people)-1]+1)
		if k < len(c.us) && c.us[k].Kind == 'P' && (c.us[k].Lemma == "as" || c.us[k].Lemma == "to") {
			k++
		}
		if k >= len(c.us) {
			continue
		}
		var owner *arg
		if c.us[k].Kind == 'E' && !c.isPerson(x, k) && !c.isCountry(k) && (c.ents[c.us[k].ent].poss || c.us[k].words == "its" || c.us[k].words == "their") {
			// "named P its chief executive", "named P Acme's chairman"
			if as := c.args(x, k); len(as) == 1 && c.us[k].words != "its" && c.us[k].words != "their" {
				owner = &as[0]
			}
			k++
		}
		if k >= len(c.us) {
			continue
		}
		var rels []schema.Relation
		designate := false
		switch {
		case c.us[k].Kind == 'V' && leadInfinitives[c.us[k].Lemma] && c.us[k-1].Kind == 'P' && c.us[k-1].Lemma == "to":
			// "tapped P to lead the company"
			o := k + 1
			if o >= len(c.us) {
				continue
			}
			switch {
			case c.us[o].Kind == 'E' && !c.isPerson(x, o) && !c.isCountry(o) && !c.ents[c.us[o].ent].poss:
				if as := c.args(x, o); len(as) == 1 && (as[0].m == nil || !as[0].m.Coref) {
					owner = &as[0] // a name; "the company" is the subject's
				}
			case c.us[o].Kind == 'N' && companyNouns[c.us[o].Lemma] && (strings.HasPrefix(c.us[o].words, "the ") || strings.HasPrefix(c.us[o].words, "its ")):
			default:
				continue
			}
			if len(people) > 1 {
				continue // "tapped P and Q to lead the company": which post is unsaid
			}
			rels = []schema.Relation{schema.RelCEOOf}
		case c.us[k].Kind == 'N':
			words, after := c.asTitleWords(k)    // "president and CEO last November"
			words, designate = designated(words) // "named P as Chairman-designate": planned
			rs, past := chairTitle(words)
			if len(rs) == 0 || past || len(people) > 1 && !pluralTitle(words) {
				continue // "named P and Q chief executive and chairman": whose is which is unsaid
			}
			rels = rs
			k = after - 1
			if k+2 < len(c.us) && c.us[k+1].Kind == 'P' && (c.us[k+1].Lemma == "of" || c.us[k+1].Lemma == "at") {
				o := k + 2
				switch {
				case c.us[o].Kind == 'N' && c.us[o].Lemma == "board" && !strings.Contains(c.us[o].words, "'s"):
					// "chairperson of the board": the subject's board
				case c.us[k+1].Lemma == "at" && c.us[o].Kind == 'N' && timeHeads[c.us[o].Lemma]:
					// "named P chief executive at the end of October": a time (round 37)
				case c.us[o].Kind == 'E' && !c.isPerson(x, o) && !c.isCountry(o) && !c.ents[c.us[o].ent].poss:
					if as := c.args(x, o); len(as) == 1 {
						owner = &as[0]
					} else {
						continue
					}
				default:
					continue
				}
			}
		default:
			continue
		}
		s := c.subject(v)
		if s >= 0 && s+4 == v && c.isPunct(s+1, ",") && c.us[s+2].Kind == 'E' && c.isPunct(s+3, ",") && !c.isPerson(x, s+2) && !c.isCountry(s+2) {
			s += 2 // "its venture with B, J, had appointed P": J appoints (round 25)
		}
		modSubj := s
		if owner == nil {
			if s < 0 && v > 0 && c.us[v-1].words == "and" {
				s = c.coordinatedOrgSubject(x, v-1) // its modality is its own clause's
			}
			if s >= 0 && c.us[s].Kind == 'N' && c.us[s].Lemma == "board" {
				if o, ok := c.boardSubject(x, s+2); ok {
					owner = &o // "The board of X ... named P interim CEO"
				}
			} else if s < 0 {
				if o, ok := c.boardSubject(x, v); ok {
					owner = &o // "X's board on Tuesday elected P as its chair"
				} else if o, ok := c.frontedOrg(x); ok && c.us[v-1].Kind == 'N' && c.us[v-1].Lemma == "board" && x.resolve(o, companyTypes) != "" {
					owner = &o // "At X, the board appointed P as its next CEO" (roles_coord_titles.go)
				} else if o, ok := c.electorsOwner(x, v); ok {
					owner = &o // "X said its members had elected P" (roles_electors.go)
				} else if o, ok := x.bareTitleOrgOf(c)(x); ok && !c.namesOrg(x, p+1, k) {
					owner = &o // "the board of X removed Q ... and named P interim CEO"
				}
			}
		}
		if owner == nil {
			if s < 0 || c.isPerson(x, s) || c.isCountry(s) {
				continue
			}
			as := c.args(x, s)
			if len(as) != 1 {
				continue
			}
			owner = &as[0]
		}
		if owner.slug == "" {
			continue // an unknown name ("Company" after "Telia") is no owner
		}
		mod := c.modText(modSubj, v)
		if designate {
			mod = "will" // the post is taken later
		}
		for _, rel := range rels {
			for _, q := range people {
				x.emitFact(c.s, rel, c.args(x, q)[0], *owner, mod, 0.75, schema.Fact{})
			}
		}
	}
}

// coordinatedOrgSubject is the subject of a verb coordinated before unit
// and (", and named P as chair"): the organisation that is the subject of
// the nearest earlier verb of the sentence that has one, or -1.
func (c *clauses) coordinatedOrgSubject(x *extractor, and int) int {
	for j := and - 1; j >= 0; j-- {
		if c.boundary(j) {
			return -1
		}
		if c.us[j].Kind != 'V' || c.relative(j-1) {
			continue
		}
		s := c.subject(j)
		if s >= 0 && !c.isPerson(x, s) && !c.isCountry(s) {
			return s
		}
	}
	return -1
}

// skipAffiliation steps over what may stand between an appointed person
// and the title: an affiliation ("elected P of NTT Docomo as its chair")
// or an apposition ("named P, the company's chief technology officer,
// interim CEO"), when a title or "as"/"to" follows it.
func (c *clauses) skipAffiliation(x *extractor, k int) int {
	titleAt := func(j int) bool {
		return j < len(c.us) && (c.us[j].Kind == 'N' || c.us[j].Kind == 'P' && (c.us[j].Lemma == "as" || c.us[j].Lemma == "to"))
	}
	if k+2 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "of" && c.us[k+1].Kind == 'E' && !c.isPerson(x, k+1) &&
		!c.ents[c.us[k+1].ent].poss && c.us[k+2].Kind == 'P' && c.us[k+2].Lemma == "as" {
		return k + 2
	}
	if c.isPunct(k, ",") {
		for j := k + 1; j < len(c.us) && j <= k+8; j++ {
			if c.us[j].Kind == 'V' || c.boundary(j) {
				return k
			}
			if c.isPunct(j, ",") {
				if j > k+1 && titleAt(j+1) {
					return j + 1
				}
				return k
			}
		}
	}
	return k
}

// boardSubject is X of a subject "X's board", "the X Board" (or "the board of X") that
// the clause reader left unattached to verb v: the organisation whose
// board acts.
func (c *clauses) boardSubject(x *extractor, v int) (arg, bool) {
	for i := v - 1; i >= 0; i-- {
		if c.us[i].Kind == 'V' || c.boundary(i) || c.isPunct(i, ",") {
			return arg{}, false
		}
		if c.us[i].Kind != 'N' || c.us[i].Lemma != "board" {
			continue
		}
		o := -1
		switch {
		case i > 0 && c.us[i-1].Kind == 'E' && c.ents[c.us[i-1].ent].poss:
			o = i - 1
		case i > 0 && c.us[i-1].Kind == 'E' && (c.us[i].words == "board" || c.us[i].words == "board of directors"):
			o = i - 1 // "The X Board has elected P as chair": a name before a bare "board"
		case i+2 < v && c.us[i+1].Kind == 'P' && c.us[i+1].Lemma == "of" && c.us[i+2].Kind == 'E':
			o = i + 2
		}
		if o < 0 || c.isPerson(x, o) || c.isCountry(o) {
			return arg{}, false
		}
		as := c.args(x, o)
		if len(as) != 1 || x.resolve(as[0], orgTypesAll) == "" {
			return arg{}, false
		}
		return as[0], true
	}
	return arg{}, false
}

// namesOrg reports whether units [a, b) name an organisation (not by a
// description or pronoun): "P, president of Acme Telecom, as its
// chairman" names the person's employer, not the owner of the title.
func (c *clauses) namesOrg(x *extractor, a, b int) bool {
	for j := a; j < b && j < len(c.us); j++ {
		if c.us[j].Kind != 'E' || c.isPerson(x, j) || c.isCountry(j) {
			continue
		}
		for _, ar := range c.args(x, j) {
			if ar.m == nil || !ar.m.Coref {
				return true
			}
		}
	}
	return false
}

// timeHeads head a time phrase after "at" ("at the end of October", "at the
// start of the year").
var timeHeads = map[string]bool{"end": true, "start": true, "beginning": true, "close": true, "turn": true, "time": true, "outset": true}
