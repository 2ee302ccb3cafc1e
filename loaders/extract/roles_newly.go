package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// famTitleOfAppos: "Masayoshi Son, the newly named chairman of Stargate,
// will ..." - a person, a comma, a title of an organisation told by a
// participle of appointment ("newly named", "recently appointed", "newly
// elected") that the tagger reads as a verb between the article and the
// title.
func (x *extractor) famTitleOfAppos(c *clauses) {
	for j := 0; j+5 < len(c.us); j++ {
		if c.us[j].Kind != 'E' || c.ents[c.us[j].ent].poss || !c.isPunct(j+1, ",") {
			continue
		}
		k := j + 2
		if (c.us[k].Kind == 'M' || c.us[k].Kind == 'N') && c.us[k].words == "the" {
			k++ // "the" alone before the participle is read as a noun unit
		}
		if k >= len(c.us) || c.us[k].Kind != 'V' || !appointParticiple(c.us[k].words) {
			continue
		}
		k++
		if k+2 >= len(c.us) || c.us[k].Kind != 'N' || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "of" {
			continue
		}
		rel, ok := titleRel(c.us[k].words)
		if !ok {
			continue
		}
		o := k + 2
		if c.us[o].Kind == 'M' && c.us[o].words == "the" {
			o++
		}
		if o >= len(c.us) || c.us[o].Kind != 'E' || c.ents[c.us[o].ent].poss {
			continue
		}
		orgs := c.args(x, o)
		if len(orgs) != 1 {
			continue
		}
		x.rule = "title.appointed-apposition"
		for _, p := range c.args(x, j) {
			x.emitFact(c.s, rel, p, orgs[0], "", 0.75, schema.Fact{})
		}
	}
}

// appointParticiple reports whether words are an adverb of recency and a
// participle of appointment: "newly named", "recently appointed", "newly
// elected", "just installed".
func appointParticiple(words string) bool {
	ws := strings.Fields(words)
	if len(ws) != 2 {
		return false
	}
	switch ws[0] {
	case "newly", "recently", "just":
	default:
		return false
	}
	switch ws[1] {
	case "named", "appointed", "elected", "installed", "chosen", "confirmed":
		return true
	}
	return false
}

// famTitleBeforePerson: "..., though chairman Sunil Bharti Mittal has spoken about
// it" - a bare title before a person, no organisation or possessive before
// it: the person holds it at the one company the sentence names, or, when
// the sentence names none, at the one company the previous sentence named.
// Two companies in reach decide nothing.
func (x *extractor) famTitleBeforePerson(c *clauses) {
	for j := 0; j+1 < len(c.us); j++ {
		u := c.us[j]
		if u.Kind != 'M' && u.Kind != 'N' || j > 0 && (c.us[j-1].Kind == 'E' || c.us[j-1].Kind == 'M' || c.us[j-1].Kind == 'N') {
			continue
		}
		if !strings.Contains(u.words, "chief") && !strings.Contains(u.words, "ceo") && !strings.Contains(u.words, "chair") {
			continue // titleRels builds a replacer: only a title word earns the call
		}
		rels, past := titleRels(u.words)
		if len(rels) == 0 || past || strings.HasPrefix(u.words, "the ") || strings.HasPrefix(u.words, "its ") || strings.HasPrefix(u.words, "their ") {
			continue
		}
		p := j + 1
		if c.us[p].Kind == 'E' && honorific(c.us[p].words) && p+1 < len(c.us) {
			p++ // "Chairman Prince Mohammed ..."
		}
		if c.us[p].Kind != 'E' || c.ents[c.us[p].ent].poss {
			continue
		}
		people := c.args(x, p)
		if len(people) != 1 || x.resolve(people[0], personTypes) == "" {
			continue
		}
		end := len(c.us)
		if p+1 < len(c.us) && c.us[p+1].Kind == 'V' && (reportVerbs[c.us[p+1].Lemma] || c.us[p+1].Lemma == "tell") {
			end = p // "Group CEO P said X had ...": X is what P speaks of, not P's company
		}
		org, ok := x.bareTitleOrgUntil(c, end, p)
		if !ok || c.unitOfBefore(x, org, j) {
			continue // "The cloud unit of X is led by chief executive P" (roles_title_other.go)
		}
		if o := x.resolve(org, companyTypes); o != "" && otherPersonsCompany(c.s, c.ents[c.us[p].ent].start, o) {
			continue // "CEO P flew to Redmond for the signing with Q, who has led Microsoft" (roles_bare_topic.go)
		}
		x.rule = "title.bare-before"
		for _, r := range rels {
			if !strings.Contains(u.words, "co-") && x.titleTaken(c.s, r, x.resolve(org, companyTypes), x.resolve(people[0], personTypes)) {
				continue // roles_scope.go; co-chief executives share the title
			}
			x.emitFact(c.s, r, people[0], org, "", 0.65, schema.Fact{})
			if pluralTitle(u.words) {
				for _, q := range c.coordPeople(x, p)[1:] {
					x.emitFact(c.s, r, c.args(x, q)[0], org, "", 0.65, schema.Fact{}) // "co-CEOs P and Q" (roles_coord_titles.go)
				}
			}
		}
	}
}

// bareTitleOrg is the one company a bare title can be at: the sentence's
// only named company, else the previous sentence's only company.
func (x *extractor) bareTitleOrg(c *clauses) (arg, bool) {
	return x.bareTitleOrgUntil(c, len(c.us), len(c.us))
}

// bareTitleOrgUntil is bareTitleOrg reading the sentence's units before
// end only; when the unread rest names an organisation, the previous
// sentence's company is no fallback either. A company after unit person
// that is the object of "with" is the person's counterpart, not their
// company, and leaves no fallback.
func (x *extractor) bareTitleOrgUntil(c *clauses, end, person int) (arg, bool) {
	var found []arg
	counterpart := false
	for k, u := range c.us[:end] {
		if u.Kind != 'E' || c.isCountry(k) || inQuote(c.s.text, u.Start) {
			continue // a name inside a quotation is the speaker's topic, not the title's owner
		}
		if k > person && !c.ents[u.ent].poss && c.afterWith(k) {
			counterpart = true
			continue // "Chief executive P signed a partnership with Google": the counterpart (round 33)
		}
		if end == person && k < person && !c.ents[u.ent].poss && c.afterWith(k) {
			continue // "A will build software with B, chairman P told shareholders": the counterpart of the speaker's company (round 34)
		}
		for _, a := range c.args(x, k) {
			if a.m != nil && a.m.Coref {
				continue // "it", "the company": what a name already stated
			}
			if formerEmployer(c.s, a) {
				continue // "Chief executive P, a former Qualcomm executive": roles_former_appos.go
			}
			if s := x.resolve(a, companyTypes); s != "" {
				if !slices.ContainsFunc(found, func(f arg) bool { return x.resolve(f, companyTypes) == s }) {
					found = append(found, a) // "On the e& side, Group CEO P ... e& chairman Q": one company
				}
			} else if x.resolve(a, orgTypesAll) != "" {
				return arg{}, false // an alliance or an unknown organisation
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	if len(found) == 0 && !counterpart && !c.namesOrg(x, end, len(c.us)) && len(x.prevOrgs) == 1 && x.typeOf(x.prevOrgs[0]) == schema.TypeCompany {
		return arg{slug: x.prevOrgs[0], text: "(" + x.nameOf(x.prevOrgs[0]) + ")"}, true
	}
	return arg{}, false
}

// afterWith reports whether entity unit k is the object of "with", maybe
// after a describing modifier ("with chipmaker B").
func (c *clauses) afterWith(k int) bool {
	j := k - 1
	if j >= 1 && c.us[j].Kind == 'M' {
		j--
	}
	return j >= 0 && c.us[j].Kind == 'P' && c.us[j].Lemma == "with"
}

// stepDownRE finds a predecessor leaving a title in the same sentence:
// "Q will step down as president and chief executive", "Q retires as
// chairman".
var stepDownRE = regexp.MustCompile(`\b(?:step|steps|stepping|stepped|resign|resigns|resigned|retire|retires|retired) (?:down )?as ([a-z&, -]+?)(?: (?:of|at) | and that |,|;|\.| on | in |$)`)

// famSucceedsHim: "Q will step down as president and chief executive and
// P ... will succeed him on April 1" - a successor of a pronoun takes the
// title the sentence says the predecessor leaves, at the one company in
// reach; the modality and date are the succession's.
func (x *extractor) famSucceedsHim(c *clauses) {
	for v := 1; v+1 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Passive || u.Lemma != "succeed" && u.Lemma != "replace" {
			continue
		}
		if o := v + 1; c.us[o].words != "him" && c.us[o].words != "her" {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.person(x, s) != s {
			continue
		}
		m := stepDownRE.FindStringSubmatch(strings.ToLower(c.text(0, s)))
		if m == nil {
			continue
		}
		rels, past := titleRels(strings.TrimSpace(m[1]))
		if len(rels) == 0 || past {
			continue
		}
		org, ok := c.reportingCompany(x)
		if !ok {
			org, ok = x.bareTitleOrg(c)
		}
		if !ok {
			continue
		}
		x.rule = "title.succeeds-him"
		for _, p := range c.args(x, s) {
			for _, r := range rels {
				x.emitFact(c.s, r, p, org, c.modText(s, v), 0.7, schema.Fact{Since: x.dateOf(c.s)})
			}
		}
	}
}

// reportingCompany is the company that opens the sentence as the subject
// of a reporting verb ("Nokia said on Monday that ..."): the company whose
// news the sentence reports.
func (c *clauses) reportingCompany(x *extractor) (arg, bool) {
	if len(c.us) < 2 || c.us[0].Kind != 'E' || c.us[1].Kind != 'V' || !reportVerbs[c.us[1].Lemma] {
		return arg{}, false
	}
	as := c.args(x, 0)
	if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
		return arg{}, false
	}
	return as[0], true
}

// reportVerbs report a company's own news.
var reportVerbs = map[string]bool{"say": true, "announce": true, "confirm": true, "disclose": true}
