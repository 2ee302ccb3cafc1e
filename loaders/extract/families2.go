package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// membershipNouns are the nouns whose list is an alliance's members.
var membershipNouns = map[string]bool{
	"member": true, "newcomer": true, "participant": true, "roster": true, "founder": true, "co-founder": true,
	"signatory": true, "line-up": true, "lineup": true, "membership": true,
}

// famInclude: lists as predicates. "The seven new members are A, B and
// C", "Among the newcomers are A and B", "its founding roster included A
// and B", "Partners include A and B", "investors include A".
func (x *extractor) famInclude(c *clauses, v int) {
	u := c.us[v]
	if x.famWhichIncludes(c, v) { // member_which_includes.go
		return
	}
	if u.Lemma == "count" {
		// "X counts A, B and C among its members"; famInvest reads "Y
		// counts A among its investors".
		subj, obj := c.subject(v), c.object(v)
		if subj < 0 || obj < 0 {
			return
		}
		for _, p := range c.pps(obj + 1) {
			if p.prep == "among" && c.us[p.at].Kind == 'N' && membershipNouns[c.us[p.at].Lemma] {
				alli := c.args(x, subj)
				if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
					return
				}
				rel := schema.RelMemberOf
				if c.us[p.at].hasMod("founding") || c.us[p.at].Lemma == "founder" {
					rel = schema.RelFoundingMember
				}
				for _, a := range c.args(x, obj) {
					x.emitFact(c.s, rel, a, alli[0], c.modText(subj, v), 0.75, schema.Fact{})
				}
			}
		}
		return
	}
	if u.Passive {
		return
	}
	// The noun phrase the list predicates: the subject, or after "among".
	n := v - 1
	for n > 0 && c.us[n].Kind == 'O' && c.us[n].tag == posAdv {
		n-- // "Telekom's partners also include"
	}
	if c.relative(n) && n > 0 && c.us[n-1].Kind == 'N' {
		n-- // "a portfolio that already includes"
	}
	among := false
	if n >= 0 && c.us[n].Kind == 'N' && n > 0 && c.us[n-1].Kind == 'P' && c.us[n-1].Lemma == "among" {
		among = true
	}
	// "The founding members of X are A, B and C", "the founders of the
	// alliance include A": the noun is before the of-phrase, and the
	// of-phrase names whose they are.
	var ofArg arg
	ofFound := false
	if n >= 2 && c.us[n].Kind == 'E' {
		k := n - 1
		for k > 0 && c.us[k].Kind == 'M' {
			k--
		}
		if k >= 1 && c.us[k].Kind == 'P' && (c.us[k].Lemma == "of" || c.us[k].Lemma == "in") && c.us[k-1].Kind == 'N' {
			if as := c.args(x, n); len(as) == 1 {
				ofArg, ofFound = as[0], true
				n = k - 1
			}
		}
	} else if n >= 2 && c.us[n].Kind == 'N' && c.us[n-1].Kind == 'P' && (c.us[n-1].Lemma == "in" || c.us[n-1].Lemma == "of") && c.us[n-2].Kind == 'N' {
		if l := c.us[n-2].Lemma; membershipNouns[l] || investorNouns[l] || l == "partner" {
			n -= 2 // "Investors in the round include A"
		}
	}
	if n < 0 || (c.us[n].Kind != 'N' && c.us[n].Kind != 'M') {
		return
	}
	noun := c.us[n]
	// "The equity partners of Y are A, B and C": holders the of-phrase
	// names (invest_equity_party.go)
	ofHolders := (ofFound || n > 0 && c.us[n-1].Kind == 'E' && c.ents[c.us[n-1].ent].poss) && equityPartyNoun(noun) && !tentativeHolder(noun) && !u.Neg
	if u.Lemma == "be" && !among && !strings.Contains(noun.words, "member") && !strings.Contains(noun.words, "founder") && !noun.hasMod("founding") &&
		!c.ownedInvestorNoun(n) && !ofHolders { // "whose largest investor is A" (invest_whose.go)
		return
	}
	// The list: the first entity unit after the verb, across "such as".
	list := -1
	var items []arg
	for j := v + 1; j < len(c.us) && !c.boundary(j) && !c.relative(j); j++ {
		if c.us[j].Kind == 'E' {
			list = c.described(j) // "include Finnish operator A"
			if as, ok := c.titledTail(x, j); ok {
				list, items = j+2, as // "include A and Amazon founder P" (list_titled_tail.go)
			}
			break
		}
		if c.us[j].Kind == 'V' {
			break
		}
	}
	if list < 0 {
		return
	}
	if items == nil {
		items = c.args(x, list)
	}
	// "A, whose robots ..., and B, which ...": items split by relative
	// clauses, or by appositions ("A, the sovereign wealth fund, and B,
	// the local AI group": helper z15inv).
	for j := list + 1; j+2 < len(c.us) && c.isPunct(j, ",") && (c.relative(j+1) || c.apposDescription(j+1)); {
		k := j + 2
		for k < len(c.us) && !c.isPunct(k, ",") && !c.boundary(k) {
			k++
		}
		if k+2 < len(c.us) && c.isPunct(k, ",") && c.us[k+1].words == "and" && c.us[k+2].Kind == 'E' {
			items = append(items, c.args(x, k+2)...)
			j = k + 3
			continue
		}
		break
	}
	// "A and B, Japan's three megabanks – C, D and E – and F"
	// (list_dashed_group.go).
	for _, d := range c.dashedGroup(list + 1) {
		items = append(items, c.args(x, d)...)
	}
	// "operators such as A and B and vendors such as C": further lists
	// introduced by a noun.
	for j := list + 1; j < len(c.us) && !c.boundary(j) && !c.relative(j) && c.us[j].Kind != 'V'; j++ {
		if e := c.afterColon(j); e > j && c.us[j].Kind == 'N' && (c.us[j-1].Kind == 'O' || c.us[j-1].Kind == 'P' && c.us[j-1].Lemma == "to") {
			items = append(items, c.args(x, e)...)
			j = e
		}
	}
	mt := c.modText(-1, v)
	switch {
	case membershipNouns[noun.Lemma] || memberKinds[noun.Lemma] && noun.hasMod("participating", "member", "founding"):
		rel := schema.RelMemberOf
		if noun.hasMod("founding", "co-founding") || noun.Lemma == "founder" || noun.Lemma == "co-founder" {
			rel = schema.RelFoundingMember
		}
		if noun.Lemma == "newcomer" && x.lastJoin != "" {
			rel = x.lastJoin
		}
		alliance, ok := x.possessorAlliance(c, n)
		if ofFound {
			alliance, ok = ofArg, x.resolve(ofArg, allianceTypes) != ""
		} else if ok {
			alliance, ok = x.rosterOwnerOutsideList(alliance, items) // member_roster_owner.go
		}
		if !ok {
			return
		}
		for _, a := range items {
			x.emitFact(c.s, rel, a, alliance, mt, 0.75, schema.Fact{})
		}
	case ofHolders && !investorNouns[noun.Lemma]:
		// "The equity partners of Y are A and B", "Y's equity partners
		// are A and B": investors in Y
		owner, ok := ofArg, ofFound
		if !ofFound {
			owner, ok = c.args(x, n-1)[0], len(c.args(x, n-1)) == 1
		}
		if !ok {
			return
		}
		for _, a := range items {
			x.emitFact(c.s, schema.RelInvestedIn, a, owner, mt, 0.7, schema.Fact{})
		}
	case noun.Lemma == "partner":
		if strings.Contains(strings.ToLower(c.text(n-1, n)), "limited partner") {
			return // "Limited partners include A": a fund's investors, no partners (round 26)
		}
		owner, ok := x.possessorCompany(c, n)
		if ofFound {
			owner, ok = ofArg, true
		}
		if !ok || x.resolve(owner, allianceTypes) != "" {
			return // "the alliance whose partners include A": its members, no partners of it (partner_members_test.go)
		}
		for _, a := range items {
			x.emitFact(c.s, schema.RelPartnerOf, owner, a, mt, 0.7, schema.Fact{})
		}
	case noun.Lemma == "portfolio" || noun.Lemma == "investment" && !noun.hasMod("planned", "proposed", "potential", "possible") ||
		noun.hasMod("portfolio") && (noun.Lemma == "company" || noun.Lemma == "firm" || noun.Lemma == "holding" || noun.Lemma == "start-up" || noun.Lemma == "startup"):
		// "Its 28 portfolio companies include A and B" (round 26)
		// "a portfolio that already includes A, B and C": the investor's
		owner, ok := x.possessorCompany(c, n)
		if ofFound {
			owner, ok = ofArg, true
		}
		if !ok {
			return
		}
		for _, a := range items {
			x.emitFact(c.s, schema.RelInvestedIn, owner, a, mt, 0.65, schema.Fact{})
		}
	case investorNouns[noun.Lemma]:
		owner, ok := x.investorsOwner(c, n, items) // invest_owner.go
		if ofFound {
			owner, ok = ofArg, true
		}
		if !ok {
			return
		}
		for _, a := range items {
			x.emitFact(c.s, schema.RelInvestedIn, a, owner, mt, 0.7, schema.Fact{})
		}
	}
}

// famFoundingList: a founding group followed by its list anywhere in a
// sentence: "They join the five founding operators - A, B and C - which
// announced the alliance", "with founding members such as A and B".
func (x *extractor) famFoundingList(c *clauses) {
	for j, u := range c.us {
		if u.Kind != 'N' || !u.hasMod("founding", "co-founding") || !membershipNouns[u.Lemma] && !memberKinds[u.Lemma] {
			continue
		}
		e := c.afterColon(j)
		if e < 0 {
			continue
		}
		alliance, ok := x.possessorAlliance(c, j)
		if !ok {
			return
		}
		alliance = x.rosterGroup(c, alliance) // roster_lead.go
		for _, a := range c.args(x, e) {
			x.emitFact(c.s, schema.RelFoundingMember, a, alliance, c.text(0, j), 0.7, schema.Fact{})
		}
	}
}

// memberKinds are the kinds of organisation a participating or founding
// modifier makes members ("the founding companies were").
var memberKinds = map[string]bool{
	"company": true, "operator": true, "organisation": true, "organization": true, "firm": true, "carrier": true,
	"telco": true, "vendor": true, "player": true, "partner": true,
	"sponsor": true, // "founding sponsors" of a coalition are its founders
}

// possessorAlliance is the alliance a noun phrase belongs to: an
// alliance named just before it ("the alliance's members"), else the one
// the sentence names or discusses.
func (x *extractor) possessorAlliance(c *clauses, n int) (arg, bool) {
	if n > 0 && c.us[n-1].Kind == 'E' && c.ents[c.us[n-1].ent].poss {
		if as := c.args(x, n-1); len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
			return as[0], true
		}
	}
	if a := c.whoseAntecedent(n); a > -2 {
		// "the Forum, whose members include": the antecedent or nothing
		if a < 0 {
			return arg{}, false
		}
		if as := c.args(x, a); len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
			return as[0], true
		}
		return arg{}, false
	}
	return x.allianceUnitBefore(c, n) // member_owner_before.go
}

// possessorCompany is the company a noun phrase belongs to: one named
// just before it ("Acme's partners"), else the subject carried from the
// previous sentence ("Partners include A and B").
func (x *extractor) possessorCompany(c *clauses, n int) (arg, bool) {
	if n > 0 && c.us[n-1].Kind == 'E' && c.ents[c.us[n-1].ent].poss {
		if as := c.args(x, n-1); len(as) == 1 {
			return as[0], true
		}
	}
	if a := c.whoseAntecedent(n); a > -2 {
		// "Cohere, whose investors include": the antecedent or nothing
		if a < 0 {
			return arg{}, false
		}
		if as := c.args(x, a); len(as) == 1 {
			return as[0], true
		}
		return arg{}, false
	}
	if x.prevSubj != "" {
		return arg{slug: x.prevSubj, text: "(" + x.nameOf(x.prevSubj) + ")"}, true
	}
	return arg{}, false
}

// titleRel reads a job title in a noun phrase: chairmanOf for a chair,
// ceoOf for a chief executive, nothing for vice or deputy titles.
func titleRel(words string) (schema.Relation, bool) {
	if strings.Contains(words, "vice") || strings.Contains(words, "deputy") || strings.Contains(words, "former") {
		return "", false
	}
	switch {
	case strings.Contains(words, "chief executive") || strings.HasSuffix(words, "ceo") || strings.Contains(words, "ceo "):
		return schema.RelCEOOf, true
	case strings.HasSuffix(words, "chair") || strings.HasSuffix(words, "chairman") || strings.HasSuffix(words, "chairwoman") || strings.HasSuffix(words, "chairperson"):
		return schema.RelChairmanOf, true
	}
	return "", false
}

// famTitle: titles in apposition. "Subramaniam, the alliance's newly
// appointed chairman, said", "The board's newly elected chair, Abdu
// Mudesir, ...".
func (x *extractor) famTitle(c *clauses) {
	for j := 0; j+2 < len(c.us); j++ {
		// person , [org's] title ,
		if c.us[j].Kind == 'E' && c.isPunct(j+1, ",") {
			k := j + 2
			var org []arg
			if k < len(c.us) && c.us[k].Kind == 'E' && c.ents[c.us[k].ent].poss {
				org = c.args(x, k)
				k++
			}
			if k < len(c.us) && c.us[k].Kind == 'N' && org != nil {
				if rel, ok := titleRel(c.us[k].words); ok && len(org) == 1 && (k+1 >= len(c.us) || c.isPunct(k+1, ",") || c.boundary(k+1)) {
					for _, p := range c.args(x, j) {
						x.emitFact(c.s, rel, p, org[0], "", 0.75, schema.Fact{})
					}
				}
			}
		}
		// the body's title , person ,
		if c.us[j].Kind == 'N' && c.isPunct(j+1, ",") && c.us[j+2].Kind == 'E' && strings.Contains(c.us[j].words, "'s ") {
			rel, ok := titleRel(c.us[j].words)
			if !ok || !strings.HasPrefix(c.us[j].words, "the board") {
				continue
			}
			alliance, found := x.sentenceAllianceArg(c)
			if !found {
				continue
			}
			for _, p := range c.args(x, j+2) {
				x.emitFact(c.s, rel, p, alliance, "", 0.7, schema.Fact{})
			}
		}
	}
}

// famAppoint: "Z was named its chairman", "X appointed Z as chair".
func (x *extractor) famAppoint(c *clauses, v int) {
	u := c.us[v]
	if !u.Passive {
		return // the phrasing rules read "X named Z as CEO"
	}
	subj := c.subject(v)
	if subj < 0 {
		return
	}
	n := v + 1
	if n < len(c.us) && c.us[n].Kind == 'P' && c.us[n].Lemma == "as" {
		n++
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' {
		return
	}
	rel, ok := titleRel(c.us[n].words)
	if !ok {
		return
	}
	var org arg
	found := false
	for _, p := range c.pps(n + 1) {
		if p.prep == "of" && c.us[p.at].Kind == 'N' && unitNouns[c.us[p.at].Lemma] {
			return // "P was named CEO of the cloud unit of X": the unit's chief (roles_title_other.go)
		}
		if p.prep == "of" && c.us[p.at].Kind == 'E' {
			if as := c.args(x, p.at); len(as) == 1 {
				org, found = as[0], true
			}
		}
	}
	if !found && strings.HasPrefix(c.us[n].words, "its ") && x.curAlli != "" && rel == schema.RelChairmanOf {
		org, found = arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}, true
	}
	if !found {
		return
	}
	for _, p := range c.args(x, subj) {
		x.emitFact(c.s, rel, p, org, c.modText(subj, v), 0.75, schema.Fact{})
	}
}

// famCopula: a role stated with a copula. "e& will stay on as a strategic
// partner of Khazna", "A is a founding member of X", "B remains the
// largest shareholder in Y".
func (x *extractor) famCopula(c *clauses, v int) {
	u := c.us[v]
	if u.Passive {
		return
	}
	subj := c.subject(v)
	if subj < 0 {
		return
	}
	n := v + 1
	for n < len(c.us) && (c.us[n].Kind == 'O' && c.us[n].tag == posAdv || c.us[n].words == "on" || c.us[n].Kind == 'P' && c.us[n].Lemma == "as") {
		n++
	}
	if n < len(c.us) && c.us[n].Kind == 'E' && c.isCountry(n) && c.ents[c.us[n].ent].poss && n+1 < len(c.us) && c.us[n+1].Kind == 'N' &&
		(companyNouns[c.us[n+1].Lemma] || orgNouns[c.us[n+1].Lemma]) && c.us[v].Lemma == "be" {
		// "SK Telecom is South Korea's largest mobile operator"
		x.rule = "copula.nationality"
		for _, a := range c.args(x, subj) {
			x.emitFact(c.s, schema.RelHeadquarteredIn, a, c.args(x, n)[0], c.modText(subj, v), 0.8, schema.Fact{})
		}
		return
	}
	if n+1 < len(c.us) && c.us[n].Kind == 'E' && c.ents[c.us[n].ent].poss && c.us[n+1].Kind == 'N' && (c.us[v].Lemma == "be" || c.us[v].Lemma == "remain") {
		// "Jane Park of Acme Telecom is the forum's president and
		// chairperson": a title the possessor gives.
		p := subj
		if !c.isPerson(x, p) && p >= 2 && c.us[p-1].Kind == 'P' && c.us[p-1].Lemma == "of" && c.us[p-2].Kind == 'E' {
			p -= 2
		}
		org := c.args(x, n)
		k := n + 1
		for k+2 < len(c.us) && c.us[k+1].Kind == 'O' && c.us[k+1].words == "and" && c.us[k+2].Kind == 'N' {
			k += 2 // "president and chairperson"
		}
		if rels, past := titleRels(strings.ToLower(c.text(n+1, k))); len(rels) > 0 && !past && c.isPerson(x, p) && len(org) == 1 {
			x.rule = "copula.title"
			mt := c.modText(subj, v)
			if n > v+1 {
				mt += " " + c.text(v+1, n-1) // "P was previously Y's CEO": the adverb after the verb (roles_past_adverb.go)
			}
			for _, rel := range rels {
				x.emitFact(c.s, rel, c.args(x, p)[0], org[0], mt, 0.75, schema.Fact{})
			}
		}
		return
	}
	if n+2 < len(c.us) && c.us[n].Kind == 'N' && (c.us[n].tag == posNum || c.us[n].Lemma == "one") && c.us[n+1].Kind == 'P' && c.us[n+1].Lemma == "of" && c.us[n+2].Kind == 'N' {
		n += 2 // "one of the founders of X"
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' {
		return
	}
	for n+3 < len(c.us) && c.us[n+1].Kind == 'O' && c.us[n+1].words == "and" && c.us[n+2].Kind == 'N' && c.us[n+3].Kind == 'P' && !c.isPerson(x, subj) {
		n += 2 // "stays anchor tenant and strategic partner of B": the of-phrase's noun is the last (nlp_copula_noun.go)
	}
	noun := c.us[n]
	var org []arg
	orgAt := -1
	for _, p := range c.pps(n + 1) {
		if (p.prep == "of" || p.prep == "in") && c.us[p.at].Kind == 'E' {
			org, orgAt = c.args(x, p.at), p.at
		}
		break
	}
	if org == nil && (c.boundary(n+1) || c.isPunct(n+1, ",") || c.whereSince(x, subj, n+1)) && c.isPerson(x, subj) {
		// "Sunil Bharti Mittal remains chairman.": the article's company
		if rels, _ := titleRels(noun.words); len(rels) > 0 {
			if org, ok := c.whereAntecedent(x, subj); ok {
				// "Microsoft, where Satya Nadella is chief executive": the
				// place the clause hangs on (title_where.go).
				if len(org) == 1 {
					x.rule = "copula.title-where"
					for _, rel := range rels {
						x.emitFact(c.s, rel, c.args(x, subj)[0], org[0], c.modText(subj, v), 0.7, schema.Fact{})
					}
				}
				return
			}
			t := x.topicCompany()
			if o := soleCompanyBefore(c.s, c.us[subj].Start); o != "" {
				t = o // "Sarvam was set up by P and Q; P is chief executive" (round 30)
			}
			if strings.HasPrefix(noun.words, "its ") {
				if p := x.itsPastPluralLead(c.s.text, noun.Start); p != "" {
					t = p // "A and B fund Y, and P serves as its chairman" (coref_its_plural.go)
				}
			}
			if t != "" {
				x.rule = "copula.title"
				for _, rel := range rels {
					x.emitFact(c.s, rel, c.args(x, subj)[0], arg{slug: t, text: "(" + x.nameOf(t) + ")"}, c.modText(subj, v), 0.6, schema.Fact{})
				}
			}
		}
		return
	}
	if org == nil && noun.Lemma == "member" && !noun.hasMod("board", "staff", "team", "committee") && (c.boundary(n+1) || c.isPunct(n+1, ",")) && !c.isPerson(x, subj) {
		// "KDDI, Fujitsu and NEC are members, as is NTT DOCOMO": members
		// of the alliance under discussion.
		if alli, ok := x.sentenceAllianceArg(c); ok {
			rel := schema.RelMemberOf
			if noun.hasMod("founding") {
				rel = schema.RelFoundingMember
			}
			x.rule = "copula.member-implied"
			as := c.args(x, subj)
			if k := n + 1; k+3 < len(c.us) && c.isPunct(k, ",") && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "as" && c.us[k+2].Kind == 'V' && c.us[k+2].Lemma == "be" && c.us[k+3].Kind == 'E' {
				for _, a := range c.args(x, k+3) {
					if a.m == nil || a.m.Kind != 'P' && !a.m.Poss {
						as = append(as, a) // "as is Elon Musk's xAI": xAI, not its owner (helper z25bellip)
					}
				}
			}
			for _, a := range as {
				if a.slug == alli.slug {
					return // "A, B and the X Forum are also members": the group is an item of the list (frames_listed_group.go)
				}
			}
			for _, a := range as {
				x.emitFact(c.s, rel, a, alli, c.modText(subj, v), 0.7, schema.Fact{})
			}
		}
		return
	}
	if len(org) != 1 {
		return
	}
	mt := c.modText(subj, v)
	for _, a := range append(c.sharedItemsBefore(x, subj), c.args(x, subj)...) {
		switch {
		case equityPartyNoun(noun) && !investorNouns[noun.Lemma] && !tentativeHolder(noun):
			// "A is an equity partner in Y" (invest_equity_party.go)
			x.rule = "copula.equity-partner"
			x.emitFact(c.s, schema.RelInvestedIn, a, org[0], mt, 0.75, schema.Fact{})
		case (noun.Lemma == "partner" || noun.Lemma == "ally") && !noun.hasMod(tentativeMods...) && !hasAnyWord(noun.words, tentativeMods):
			x.rule = "copula.partner"
			x.emitFact(c.s, schema.RelPartnerOf, a, org[0], mt, 0.75, schema.Fact{})
		case noun.Lemma == "member" || noun.Lemma == "founder" || noun.Lemma == "co-founder":
			rel := schema.RelMemberOf
			if noun.hasMod("founding") || noun.Lemma != "member" {
				rel = schema.RelFoundingMember
			}
			x.rule = "copula.member"
			x.emitFact(c.s, rel, a, org[0], mt, 0.75, schema.Fact{})
		case investorNouns[noun.Lemma] && org[0].m != nil && !org[0].m.Coref && !noun.hasMod("former") && !hasAnyWord(noun.words, []string{"former"}):
			// a former holder holds nothing now (invest_percent_test.go)
			// ("the largest investors in the company": which company is
			// too uncertain for an investment)
			x.rule = "copula.investor"
			x.emitFact(c.s, schema.RelInvestedIn, a, org[0], mt, 0.75, schema.Fact{})
			for _, b := range c.alongsideAfter(x, orgAt) { // invest_copula_alongside.go
				x.emitFact(c.s, schema.RelInvestedIn, b, org[0], mt, 0.7, schema.Fact{})
			}
			for _, e := range c.morePrepObjects(orgAt, c.us[orgAt-1].Lemma) { // invest_more_prep.go
				for _, o := range c.args(x, e) {
					x.emitFact(c.s, schema.RelInvestedIn, a, o, mt, 0.7, schema.Fact{})
				}
			}
		}
	}
}

// famShareholder: "Its largest shareholder, UAE group e&, ...", "e&, its
// largest shareholder, ...": an investor in apposition.
func (x *extractor) famShareholder(c *clauses) {
	for j := 0; j+2 < len(c.us); j++ {
		if c.us[j].Kind != 'N' || !investorNouns[c.us[j].Lemma] || !c.isPunct(j+1, ",") {
			continue
		}
		k := c.skipDescriptors(j + 2)
		if k >= len(c.us) || c.us[k].Kind != 'E' {
			if k = c.listedAfter(j); k < 0 {
				continue // "Y's owners, among them A, B and C, will sell" (round 45, dev29)
			}
		}
		var owner arg
		switch {
		case j > 0 && c.us[j-1].Kind == 'E' && c.ents[c.us[j-1].ent].poss:
			owner = c.args(x, j-1)[0]
		case strings.HasPrefix(c.us[j].words, "its ") && x.prevSubj != "":
			owner = arg{slug: x.prevSubj, text: "(" + x.nameOf(x.prevSubj) + ")"}
		default:
			continue
		}
		for _, a := range c.args(x, k) {
			x.emitFact(c.s, schema.RelInvestedIn, a, owner, c.text(0, j), 0.7, schema.Fact{})
		}
	}
}

// skipDescriptors skips the words that describe the entity that follows:
// "the", "Norwegian group", "UAE group".
func (c *clauses) skipDescriptors(k int) int {
	for k < len(c.us) {
		switch {
		case c.us[k].Kind == 'M':
			k++
		case c.us[k].Kind == 'E' && k+1 < len(c.us) && (c.us[k+1].Kind == 'M' || c.us[k+1].Kind == 'N') && c.isCountry(k):
			k++
		default:
			return k
		}
	}
	return k
}

// isCountry reports whether entity unit u is one country or nationality.
func (c *clauses) isCountry(u int) bool {
	ms := c.ents[c.us[u].ent].ms
	return len(ms) == 1 && c.s.ms[ms[0]].Kind == 'N'
}

// famJointVenture: "A, B and C signed an agreement to set up a joint
// venture", "A and B announced a proposed joint venture", "Y, its
// existing joint venture with B".
func (x *extractor) famJointVenture(c *clauses) {
	for j, u := range c.us {
		if u.Kind == 'V' && u.Lemma == "own" && u.Passive && strings.Contains(u.words, "jointly") {
			// "Y is jointly owned by A and B"
			for _, p := range c.pps(j + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' && len(c.args(x, p.at)) >= 2 {
					x.rule = "jointVenture.owned"
					x.jointVenture(c.s, c.args(x, p.at), c.modText(c.subject(j), j), "", "", "", 0.7)
				}
			}
			continue
		}
		if u.Kind == 'E' && u.words == "jv" && j+2 < len(c.us) && c.us[j+1].Kind == 'M' && c.us[j+1].Lemma == "partner" && c.us[j+2].Kind == 'E' ||
			(u.Kind == 'N' || u.Kind == 'M') && strings.HasPrefix(u.words, "jv partner") && j+1 < len(c.us) && c.us[j+1].Kind == 'E' {
			// "JV partners A and B"
			at := j + 1
			if u.Kind == 'E' {
				at = j + 2
			}
			if as := c.args(x, at); len(as) >= 2 {
				x.rule = "jointVenture.partners"
				x.jointVenture(c.s, as, c.text(0, at), "", "", "", 0.7)
			}
			continue
		}
		jv := u.Kind == 'N' && (u.Lemma == "jv" || u.Lemma == "venture" && strings.Contains(u.words, "joint") || jointCompanyNoun(u)) || u.Kind == 'E' && u.words == "jv" ||
			// "A and B's joint venture J": the tagger makes the venture noun
			// a modifier of the name after it (helper x14jv)
			u.Kind == 'M' && u.Lemma == "venture" && strings.Contains(u.words, "joint") && j >= 1 && j+1 < len(c.us) && c.us[j+1].Kind == 'E' && c.us[j-1].Kind == 'E' && c.ents[c.us[j-1].ent].poss
		share := ""
		if u.Kind == 'N' && u.Lemma == "venture" && !jv {
			// "a 51:49 venture between A and B", "J, a 60/40 venture of A
			// and B" (helper x14jv). Without the split "a venture between
			// A and B" is mostly one talked about or called off.
			share = shareRE.FindString(c.text(max(j-2, 0), j))
			jv = share != "" && j+1 < len(c.us) && c.us[j+1].Kind == 'P' && (c.us[j+1].Lemma == "between" || c.us[j+1].Lemma == "of")
		}
		if !jv {
			continue
		}
		var parts []arg
		mt := c.text(0, j)
		if p := c.skipNationality(j - 1); p >= 0 && c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss && !c.isCountry(p) {
			// "A's joint venture with B"
			parts = c.args(x, p)
			if rest, ok := c.apposedVenture(x, p, j); ok {
				parts = rest // "J, A and B's 50-50 JV, has run": J is the venture
			}
		}
		if ps := c.pps(j + 1); len(ps) > 0 && (ps[0].prep == "between" || ps[0].prep == "of") && c.us[ps[0].at].Kind == 'E' && parts == nil {
			// "a joint venture between A and B", "X, a joint venture of A and B"
			if as := c.betweenParties(x, ps[0].at); len(as) >= 2 {
				x.rule = "jointVenture.between"
				x.jointVentureOf(c.s, c.sharedVenture(x, j, share), as, mt, "", "", share, 0.75)
			}
			continue
		}
		if parts == nil {
			if (strings.HasPrefix(u.words, "its ") || strings.HasPrefix(u.words, "their ")) && !ownVentureObject(c, j) {
				// "Y, its existing joint venture with B"
				// (a previous sentence whose only company was a passive's
				// agent has no subject, coref_it_agent.go, but still opens)
				if j >= 2 && c.isPunct(j-1, ",") && c.us[j-2].Kind == 'E' && (x.prevSubj != "" || len(x.prevOrgs) > 0) {
					if x.prevSubj != "" {
						parts = append(parts, arg{slug: x.prevSubj, text: "(" + x.nameOf(x.prevSubj) + ")"})
					}
					// the owner named earlier in the same sentence, else the
					// previous sentence's subject
					for k := j - 3; k >= 0; k-- {
						if c.us[k].Kind == 'E' && !c.isCountry(k) {
							parts = c.args(x, k)[:1]
							break
						}
					}
				}
			} else if v := c.ventureVerbBefore(j); v >= 0 && c.us[v].Kind == 'V' { // venture_desc.go
				switch c.us[v].Lemma {
				case "set up", "form", "create", "establish", "launch", "announce", "unveil", "propose", "plan", "complete", "seal":
				default:
					continue
				}
				subj := c.subject(v)
				if subj < 0 && v > 0 && c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to" {
					// "signed an agreement to set up a joint venture": the
					// subject of the main verb
					for k := v - 2; k >= 0; k-- {
						if c.us[k].Kind == 'V' {
							subj = c.subject(k)
							mt = c.text(0, j) + " planned"
							break
						}
					}
				}
				if subj < 0 {
					continue
				}
				parts = c.args(x, subj)
			} else {
				continue
			}
		}
		for _, p := range c.pps(j + 1) {
			if p.prep == "with" && c.us[p.at].Kind == 'E' {
				parts = append(parts, c.args(x, p.at)...)
			}
			break
		}
		if len(parts) < 2 {
			continue
		}
		x.rule = "jointVenture"
		x.jointVenture(c.s, parts, mt, "", "", "", 0.75)
	}
}

// shareRE finds the shares of a venture: "51:49", "60-40", "50/50".
var shareRE = regexp.MustCompile(`\b\d{1,2} ?[:/-] ?\d{1,2}\b`)

// famBetween: "the partnerships between SK Telecom-Anthropic and,
// separately, KT and Microsoft", "a partnership between A and B": each
// pair named after "between" are partners.
func (x *extractor) famBetween(c *clauses) {
	for j := 0; j+2 < len(c.us); j++ {
		b := c.betweenAfterNoun(j) // partner_mou_between.go
		if b < 0 {
			continue
		}
		if c.us[j].hasMod(tentativeMods...) || hasAnyWord(strings.ToLower(c.text(max(0, j-2), j)), tentativeMods) {
			continue // "A planned cooperation between A and B" (partner_shapes.go)
		}
		var pairs [][2]arg
		var pending []arg // a single entity waiting for its pair
		for k := b + 1; k < len(c.us) && !c.boundary(k) && c.us[k].Kind != 'V'; k++ {
			u := c.us[k]
			switch {
			case u.Kind == 'E':
				as := c.args(x, k)
				switch {
				case len(as) == 2 && pending == nil:
					pairs = append(pairs, [2]arg{as[0], as[1]})
				case len(as) > 2 && pending == nil && c.leadingPair(k):
					// "between A and B, C subscribers get": C opens the
					// next clause (partner_roles.go)
					pairs = append(pairs, [2]arg{as[0], as[1]})
					k = len(c.us)
				case len(as) == 1 && pending != nil:
					pairs = append(pairs, [2]arg{pending[0], as[0]})
					pending = nil
				case len(as) == 1:
					pending = as
				default:
					k = len(c.us)
				}
			case u.Kind == 'O' && (u.words == "-" || u.words == "and" || u.words == "," || u.words == "separately" || u.words == "respectively"):
			case u.Kind == 'N' && (u.words == "separately" || u.words == "respectively"):
			case u.Kind == 'P' && u.Lemma == "between" && pending == nil && len(pairs) > 0 && c.us[k-1].Kind == 'O':
				// "between A and B and, separately, between C and D" (partner_between_again.go)
			case u.Kind == 'M' && k+1 < len(c.us) && c.us[k+1].Kind == 'E': // "between drone-analytics firm A and B"
			case u.Kind == 'P' && c.isPunct(k-1, ","):
				// ", on an AI assistant for its AI Phone,": an insertion
				for k+1 < len(c.us) && !c.isPunct(k+1, ",") && !c.boundary(k+1) {
					k++
				}
			default:
				k = len(c.us)
			}
		}
		x.rule = "partner.between"
		for _, p := range pairs {
			x.partnerPairs(c, p[:1], p[1:], c.text(0, j), 0.75)
		}
	}
}

// famAgreementSigned: "a strategic relationship agreement the two
// operators signed in May": an agreement signed by a pair.
func (x *extractor) famAgreementSigned(c *clauses) {
	for j := 0; j+2 < len(c.us); j++ {
		if (c.us[j].Kind != 'N' && c.us[j].Kind != 'M') || !partnershipNouns[c.us[j].Lemma] || c.us[j+1].Kind != 'E' || c.us[j+2].Kind != 'V' {
			continue
		}
		switch c.us[j+2].Lemma {
		case "sign", "strike", "ink", "seal", "reach", "agree":
		default:
			continue
		}
		if as := c.args(x, j+1); len(as) == 2 {
			x.rule = "partner.agreement-signed"
			x.partnerPairs(c, as[:1], as[1:], c.text(j, j+2), 0.7)
		}
	}
}

// soleCompanyBefore is the one company a sentence names before offset at
// (by name or by a resolved description), or "" when it names none or
// several organisations of any kind: "Sarvam was set up by Vivek Raghavan and Pratyush Kumar;
// Raghavan is chief executive" is Sarvam's chief executive, whatever
// company the article dwells on.
func soleCompanyBefore(s *sent, at int) string {
	one := ""
	for _, m := range s.ms {
		if m.Start >= at {
			break
		}
		if m.Kind != 'C' && m.Kind != 'V' && m.Kind != 'A' || m.Slug == "" {
			continue
		}
		if m.Kind != 'C' || one != "" && one != m.Slug {
			return "" // another organisation: "Aduna, the company created by Ericsson and ..., announced that P has been appointed"
		}
		one = m.Slug
	}
	return one
}

// sharedItemsBefore gathers the list items before unit subj that each
// carry a share in a parenthesis: "A, with about 4.9%, and B, with roughly
// 4.5%, had been the largest investors" (round 38); subject() reaches B
// only.
func (c *clauses) sharedItemsBefore(x *extractor, subj int) []arg {
	var out []arg
	k := subj
	for k >= 5 {
		j := k - 2 // back over ", and" (or a comma) and "with (about) N%" to its comma
		if c.us[k-1].Kind == 'O' && c.us[k-1].words == "and" && c.isPunct(k-2, ",") {
			j = k - 3
		} else if !c.isPunct(k-1, ",") {
			break
		}
		if j < 0 || c.us[j].Kind != 'N' || !strings.Contains(c.us[j].words, "%") {
			break
		}
		j--
		for j >= 0 && c.us[j].Kind == 'O' && (c.us[j].tag == posAdv || approxWords[c.us[j].words]) {
			j--
		}
		if j < 2 || c.us[j].Kind != 'P' || c.us[j].Lemma != "with" || !c.isPunct(j-1, ",") || c.us[j-2].Kind != 'E' {
			break
		}
		k = j - 2
		out = append(c.args(x, k), out...)
	}
	return out
}
