package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// The found family: founding verbs in either voice, fronted participles and
// nominal formations.

// famFound: "X was co-founded by A, B and C", "A and B set up X in 2020",
// "X was set up in February 2018", "X came into being at ...".
func (x *extractor) famFound(c *clauses, v int) {
	rule := x.rule
	x.famFoundCompany(c, v) // found_company.go
	x.rule = rule
	u := c.us[v]
	subj := c.subject(v)
	ps := c.pps(v + 1)
	if u.Lemma == "come" {
		// "X came into being"
		if subj < 0 || !strings.Contains(c.text(v, min(v+3, len(c.us)-1)), "into being") {
			return
		}
		for _, a := range c.args(x, subj) {
			if x.emitFact(c.s, schema.RelFounded, a, arg{}, c.modText(subj, v), 0.8, schema.Fact{Date: x.dateOf(c.s)}) {
				x.foundedNow = x.resolve(a, allianceTypes)
			}
		}
		return
	}
	if !u.Passive && reducedRelative(c, v, ps) {
		// "The consortium, formed last year by A, B and C, plans ...": a
		// participle after the comma describes the name before it.
		u.Passive, subj = true, v-2
	} else if !u.Passive && c.describedParticiple(v, ps) {
		// "X, the group formed last year by A with B and C" (found_appos_participle.go)
		u.Passive, subj = true, v-1
	}
	if u.Passive {
		if subj < 0 || subj > 0 && c.us[subj-1].Kind == 'P' && (c.us[subj-1].Lemma == "with" || c.us[subj-1].Lemma == "between") {
			return // "its joint venture with Meta has been incorporated": Meta is the venture's partner, not what was founded (round 35)
		}
		alli := c.args(x, subj)
		if len(alli) != 1 {
			return
		}
		mt := c.modText(subj, v)
		if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.8, schema.Fact{Date: x.dateOf(c.s)}) {
			return
		}
		x.foundedNow = x.resolve(alli[0], allianceTypes)
		agents, byCompany := 0, false
		for _, p := range ps {
			if p.prep == "by" && (c.us[p.at].Kind == 'N' || c.us[p.at].Kind == 'M') {
				if ps := c.byPersons(x, p.at); personFoundVerb(u.Lemma) && len(ps) > 0 {
					// "Y had been founded by three former Apple chip
					// architects, P, Q and R" (round 41)
					for _, a := range ps {
						x.companyFounder(c.s, a, alli[0], mt, 0.8)
					}
					agents++
					continue
				}
				if c.us[p.at].Kind == 'N' {
					x.noteCountedFounders(c, p.at, alli[0]) // found_counted_next.go
				}
			}
			if p.prep == "by" && c.us[p.at].Kind == 'E' && !c.isPerson(x, p.at) && personFoundVerb(u.Lemma) {
				if ps := c.byPersons(x, p.at); len(ps) > 0 {
					// "by three former Apple chip architects, P, Q and R"
					for _, a := range ps {
						x.companyFounder(c.s, a, alli[0], mt, 0.8)
					}
					agents++
					continue
				}
			}
			if p.prep == "by" && c.us[p.at].Kind == 'E' {
				by := c.args(x, p.at)
				if personFoundVerb(u.Lemma) && c.isPerson(x, p.at) {
					// "Y was founded in 2019 by P, Q and R": people found a
					// company, no alliance (found_company_founders.go)
					for _, a := range c.personRun(x, p.at) {
						x.companyFounder(c.s, a, alli[0], mt, 0.8)
					}
					for _, k := range c.moreByAgents(p.at) {
						// "by P, who came from Google DeepMind, and by Q and
						// R" (round 45, dev29; lead_by_and_by.go)
						if !c.isPerson(x, k) {
							break
						}
						for _, a := range c.personRun(x, k) {
							x.companyFounder(c.s, a, alli[0], mt, 0.8)
						}
					}
					agents++
					continue
				}
				// "X was launched at MWC 2023 by A, B and C": launching
				// makes founders of several, not of one ("launched by
				// its chairman").
				if !founders[u.Lemma] && len(by) < 2 {
					continue
				}
				// (a company's founders: the names themselves, not "former
				// OpenAI researchers" - found_company_founders.go)
				company := founders[u.Lemma] && !(p.at+1 < len(c.us) && c.us[p.at+1].Kind == 'N')
				for _, a := range by {
					x.foundingMemberOf(c.s, a, alli[0], company, mt, 0.8)
				}
				if company && personFoundVerb(u.Lemma) && c.isPunct(p.at+1, ",") && p.at+2 < len(c.us) && c.us[p.at+2].Kind == 'E' &&
					c.isPerson(x, p.at+2) && !c.ents[c.us[p.at+2].ent].poss {
					// "by TPG, Bono and Jeff Skoll": the list goes on with
					// people, who found the company too (round 45, dev29)
					for _, a := range c.personRun(x, p.at+2) {
						x.companyFounder(c.s, a, alli[0], mt, 0.8)
					}
				}
				byCompany = company
				agents += len(by)
			}
			if p.prep == "with" && agents > 0 && c.us[p.at].Kind == 'E' && !(p.at+1 < len(c.us) && c.us[p.at+1].Lemma == "as") {
				// "X was formed by A with B and C": the founders the active
				// voice lists after "with" - not "with B and C as its launch
				// operators", the frames' reading (found_appos_participle.go)
				with := c.args(x, p.at)
				if byCompany && c.isPerson(x, p.at) && !c.ents[c.us[p.at].ent].poss {
					with = c.personRun(x, p.at) // "together with U2 singer Bono and Jeff Skoll" (round 45, dev29)
				}
				for _, a := range with {
					x.foundingMemberOf(c.s, a, alli[0], byCompany && !c.ents[c.us[p.at].ent].poss, mt, 0.8) // (not "with Carlyle's backing")
				}
			}
		}
		return
	}
	if v == 0 && (strings.HasSuffix(u.words, "ed") || c.bareParticiple(v)) { // "Set up in 2023 by A and B, X ..." (found_fronted_test.go)
		x.frontedFound(c, v, ps)
		return
	}
	obj := c.object(v)
	if obj < 0 {
		x.foundRelative(c, v, ps) // found_relative.go
		return
	}
	alli := c.args(x, obj)
	if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
		return
	}
	mt := c.modText(subj, v)
	if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.75, schema.Fact{Date: x.dateOf(c.s)}) {
		return
	}
	x.foundedNow = x.resolve(alli[0], allianceTypes)
	joinedWith := -1
	if s, w := c.joinedInGerund(v); s >= 0 {
		subj, joinedWith = s, w // "A joined B and C in launching X": all founded it (round 27, dev15)
	}
	if subj < 0 {
		return
	}
	subjArgs := c.args(x, subj)
	if led := x.ledGroupSubject(c, v); len(led) > 1 {
		subjArgs = led // "a group of firms led by A and B formed X" (found_led_group.go)
	}
	var with []arg
	if joinedWith >= 0 {
		with = append(with, c.args(x, joinedWith)...)
	}
	for _, p := range ps {
		if p.prep == "with" && c.us[p.at].Kind == 'E' {
			with = append(with, c.args(x, p.at)...)
		}
	}
	if !founders[u.Lemma] && len(subjArgs)+len(with) < 2 {
		return
	}
	for _, a := range append(subjArgs, with...) {
		if len(subjArgs)+len(with) == 1 && x.isHost(x.resolve(a, orgTypesAll)) {
			continue // "ATIS said it had set up X": the host, not a member
		}
		x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.75, schema.Fact{})
	}
}

// frontedFound: "Co-founded by A and B in 2016, X now has 60 members": a
// participle opening the sentence describes the subject after the comma.
func (x *extractor) frontedFound(c *clauses, v int, ps []pp) {
	k := c.afterFronted(v, false)
	if k < 0 || k >= len(c.us) {
		return
	}
	var alli []arg
	if g, ok := x.frontedGroupSubject(c, k); ok {
		// "Set up in 2023 by A and B, the group wants ...": the group in
		// discussion (lead_chair_org.go; found_fronted_test.go)
		alli = []arg{g}
	} else if c.us[k].Kind == 'E' {
		alli = c.args(x, k)
	}
	if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
		return
	}
	mt := c.text(0, v)
	if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.75, schema.Fact{Date: x.dateOf(c.s)}) {
		return
	}
	x.foundedNow = x.resolve(alli[0], allianceTypes)
	for _, p := range ps {
		if p.prep != "by" || c.us[p.at].Kind != 'E' || p.at > k {
			continue
		}
		by := c.args(x, p.at)
		if !founders[c.us[v].Lemma] && len(by) < 2 {
			continue
		}
		for _, a := range by {
			x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.75, schema.Fact{})
		}
	}
}

// famFormation: "announced the formation of X with A, B and C", "the
// launch of X".
func (x *extractor) famFormation(c *clauses) {
	for j, u := range c.us {
		if u.Kind != 'N' || (u.Lemma != "formation" && u.Lemma != "launch" && u.Lemma != "creation" && u.Lemma != "establishment" && u.Lemma != "founding") {
			continue
		}
		k := j + 2
		if j > 0 && c.us[j-1].Kind == 'E' && c.ents[c.us[j-1].ent].poss && u.words == u.Lemma && !(j+1 < len(c.us) && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "of") {
			// "since the Radio Forum's creation in 2018"
			k = j - 1
		} else {
			if j+2 >= len(c.us) || c.us[j+1].Kind != 'P' || c.us[j+1].Lemma != "of" {
				continue
			}
			for k < len(c.us) && c.us[k].Kind == 'M' {
				k++
			}
			if k >= len(c.us) || c.us[k].Kind != 'E' {
				continue
			}
		}
		alli := c.args(x, k)
		if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
			continue
		}
		mt := c.text(0, j)
		if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.75, schema.Fact{Date: x.dateOf(c.s)}) {
			continue
		}
		x.foundedNow = x.resolve(alli[0], allianceTypes)
		x.formationAnnouncers(c, j, alli[0], mt) // found_announcers.go
		for _, p := range c.pps(k + 1) {
			if p.prep == "by" && c.us[p.at].Kind == 'E' {
				// "the formation of X by A, B and C": the agents founded it;
				// a launch by one party alone makes no founder.
				by := c.args(x, p.at)
				if u.Lemma == "launch" && len(by) < 2 {
					continue
				}
				for _, a := range by {
					x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.7, schema.Fact{})
				}
				continue
			}
			if p.prep == "with" && c.us[p.at].Kind == 'E' {
				founders := c.args(x, p.at)
				// "A announced the formation of X with B": A founded it too.
				for v := j - 1; v >= 0; v-- {
					if c.us[v].Kind == 'V' {
						if subj := c.subject(v); subj >= 0 {
							founders = append(c.args(x, subj), founders...)
						}
						break
					}
				}
				for _, a := range founders {
					x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.7, schema.Fact{})
				}
			}
		}
	}
}

// afterFronted is the first unit after the comma that closes a fronted
// participle's clause at v, modifiers skipped, or -1 when no comma closes
// it; with stopAtVerb a verb ends the clause too.
func (c *clauses) afterFronted(v int, stopAtVerb bool) int {
	k := v + 1
	for k < len(c.us) && !c.isPunct(k, ",") && !c.boundary(k) && (!stopAtVerb || c.us[k].Kind != 'V') {
		k++
	}
	if !c.isPunct(k, ",") {
		return -1
	}
	k++
	for k < len(c.us) && c.us[k].Kind == 'M' {
		k++
	}
	return k
}
