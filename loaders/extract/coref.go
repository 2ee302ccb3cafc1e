package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file resolves descriptions and pronouns to the entities they refer
// to: "the company", "the German operator", "its chief executive", "it",
// "he", "we" in an interview's answers, "the five partners", "the telcos".

// description recognises a description or pronoun at toks[i] and resolves
// it. It returns the mention and how many tokens it covers.
func (x *extractor) description(text string, toks []token, i int, covered []bool) (mention, int, bool) {
	key := func(k int) string {
		if k < len(toks) && toks[k].Word && !covered[k] {
			return toks[k].Key
		}
		return ""
	}
	span := func(n int) mention {
		last := toks[i+n-1]
		return mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
	}
	if m, n, ok := x.countryPossessive(toks, i, covered); ok { // coref_country_poss.go
		return m, n, true
	}
	if m, n, ok := x.placeGroup(toks, i, covered); ok { // coref_place_group.go
		return m, n, true
	}
	k0 := key(i)
	switch k0 {
	case "it":
		if toks[i].Poss || toks[i].Text == "IT" || cleftIt(text, toks, i) {
			return mention{}, 0, false
		}
		if i > 0 && foundingVerbs[toks[i-1].Key] && len(x.curOrgs) > 0 {
			// "A and B set it up in 2023": what the founders founded is
			// the group in reach, never one of them.
			if s := x.groupRef("", false); s != "" {
				m := span(1)
				m.Kind, m.Slug = 'A', s
				return m, 1, true
			}
			if s := x.personFoundedIt(toks, i); s != "" { // coref_found_it.go
				m := span(1)
				m.Kind, m.Slug = x.kindFor(s), s
				return m, 1, true
			}
			return mention{}, 0, false
		}
		s := x.pronounCompany(text[:toks[i].Start])
		if c, ok := x.itByClause(toks, i, s); ok {
			s = c
		}
		if g := x.clauseGroupIt(text[:toks[i].Start]); g != "" {
			s = g // "The X writes specifications; it was founded by" (coref_clause.go)
		}
		if t := x.aboutTopic(); t != "" {
			s = t // the paragraph under an "About X" heading
		} else if len(x.curOrgs) == 0 && x.prevIt != "" && x.typeOf(x.prevIt) == schema.TypeAlliance && x.prevIt == x.curAlli {
			s = x.prevIt // "Helix Wireless joined it in March. It is chaired by" (coref_subject_next.go)
		} else if len(x.curOrgs) == 0 && x.prevFirst != "" && x.typeOf(x.prevFirst) == schema.TypeAlliance && x.prevFirst == x.curAlli {
			// "The Radio Forum publishes test plans. It was co-founded by
			// ...": the previous sentence opened with the alliance.
			s = x.prevFirst
		}
		if o := x.openerIts(text, toks[i].Start); o != "" {
			s = o // "Beyond its stake in Y, it led ...": the opener's "its" (coref_opener_its.go)
		}
		if g, ok := x.foundedBySelf(toks, i, s); ok {
			s = g // "It was set up by A, B and C": not A (coref_found_by.go)
		}
		if g, ok := x.joinedGroupIt(toks, i, s); ok {
			s = g // "A and B have joined X. It was set up by C and D" (coref_found_joined.go)
		}
		if s != "" {
			m := span(1)
			m.Kind, m.Slug = x.kindFor(s), s
			return m, 1, true
		}
		return mention{}, 0, false
	case "your":
		return x.yourCompany(text, toks, i) // coref_you.go
	case "you":
		return x.youCompany(text, toks, i) // coref_you.go
	case "we", "our", "us":
		// In an interview's answers, "we" is the interviewee's company:
		// the company of the first chief executive or chairman the article
		// named, else the company it names most (coref_you.go; "P, CEO of
		// X, on Y and Z": not Y, however often the answers name it).
		if s := x.interviewee(); x.inAnswer && s != "" && !(k0 == "us" && i > 0 && toks[i-1].Key == "to") {
			m := span(1)
			m.Kind, m.Slug, m.Poss = x.kindFor(s), s, k0 == "our"
			return m, 1, true
		}
		if s := x.author; s != "" && !inQuote(text, toks[i].Start) {
			m := span(1) // an op-ed's "we" is its writer's company (roles_byline.go)
			m.Kind, m.Slug, m.Poss = x.kindFor(s), s, k0 == "our"
			return m, 1, true
		}
		if s := x.quoteSpeakerCompany(text, toks, i); s != "" && !x.inAnswer {
			m := span(1) // "\"We ...,\" said P, chief executive of X" (coref_quote_we.go)
			m.Kind, m.Slug, m.Poss = x.kindFor(s), s, k0 == "our"
			return m, 1, true
		}
		return mention{}, 0, false
	case "i", "me", "my":
		if m, ok := x.writerRef(text, toks, i); ok {
			return m, 1, true // an op-ed's writer (roles_byline.go)
		}
		return mention{}, 0, false
	case "he", "him", "she":
		if p := x.heRef(toks, i); p != "" {
			m := span(1)
			m.Kind, m.Slug = 'P', p
			return m, 1, true
		}
		return mention{}, 0, false
	case "the", "its", "their", "all", "both":
		if m, n, ok := x.aboutDescription(toks, i); ok {
			return m, n, true // "the company" under "About X" (about.go)
		}
		if m, n, ok := x.descPairRef(toks, i, covered); ok {
			return m, n, true // "The operator and the Swedish vendor" (coref_desc_pair.go)
		}
		if m, n, ok := x.newEntityRef(toks, i, covered); ok {
			return m, n, true // "The new company is chaired by" (coref_new_entity.go)
		}
		if m, n, ok := x.nationPair(toks, i, covered); ok {
			return m, n, true // "The Swedish and Finnish vendors" (coref_nation_pair.go)
		}
		if m, n, ok := x.cityRef(toks, i, covered); ok {
			return m, n, true // "the San Diego company's chief executive" (coref_city.go)
		}
		// "the lab", "the Heidelberg firm", "Both start-ups": a descriptor
		// the article gave a name (coref_descriptor.go).
		if m, n, ok, stop := x.descriptorRef(toks, i, covered); ok || stop {
			return m, n, ok
		}
		if k0 == "its" && !(i > 0 && toks[i-1].Key == "as") && (titleWords[key(i+1)] || x.itsCoTitle(key, i) || (key(i+1) == "group" || key(i+1) == "global" || key(i+1) == "executive") && titleWords[key(i+2)] || key(i+1) == "managing" && key(i+2) == "director" ||
			itsHolding(key, i) || itsPartnership(key, i) || itsPartnerNamed(toks, i) || itsHolderOfOther(key, i) || itsHolderSubject(key, i)) { // coref_its_holding.go, coref_its_partner.go, coref_its_investor.go
			s := x.pronounCompany(text[:toks[i].Start])
			if i > 2 && len(x.curOrgs) > 0 && x.typeOf(x.curOrgs[0]) == schema.TypeCompany && !itsHolderOfOther(key, i) {
				// later in a sentence, "its chairman" is the subject's
				// ("X signed with Y, in the presence of its chairman")
				s = x.curOrgs[0]
				if h, ok := x.headedOrg(text[:toks[i].Start]); ok {
					s = h // "the arm run by P, its chief executive" (coref_its_headed.go)
				} else if p := x.possApposed(text, toks[i].Start); p != "" {
					s = p // "SKT's parent, SK Group, said ... its chairman" (coref_its_headed.go)
				} else if f := x.frontedSubject(text, toks[i].Start); f != "" {
					s = f // "Created to offer A's services, the venture is headed by P, its chief" (coref_fronted.go)
				} else if o, ok := x.itsOwnClause(toks, i); ok {
					s = o // "..., and C its chief executive Q", "B, the firm led by its CEO P" (coref_its_clause.go)
				}
			}
			if itsPartnership(key, i) && i > 1 && len(x.curOrgs) == 0 && len(x.curGroups) == 1 {
				s = x.curGroups[0] // "The B6GA signed its agreement with 6G-IA": the group before it, not the last company (round 29)
			}
			if itsHolderOfOther(key, i) {
				s = x.holderInvestee(toks, i) // coref_its_investor.go
			}
			if o := x.itsOpener(toks, i); o != "" {
				s = o // coref_opener.go
			}
			if c, ok := x.itsCoordinated(toks, i); ok {
				s = c // "GTI was set up by A, and its chairman, P, ..." ("" after "A and B")
			}
			if f := x.frontedRelativeIts(text, toks[i].Start); f != "" {
				s = f // "Founded by P, who remains its chief executive, X employs" (coref_fronted_its.go)
			}
			if p := x.personIts(text, toks, i); p != "" {
				s = p // "P is still its chairman": the company P founded or runs (coref_person_its.go)
			}
			if x.affiliationSubject(text[:toks[i].Start]) {
				// "P of Audi is its chairman": the company names where P
				// comes from; "its" is what the text is about.
				s = x.prevFirst
				if s == "" {
					s = x.topicCompany()
				}
			}
			if s != "" {
				m := span(1)
				m.Kind, m.Slug, m.Poss = x.kindFor(s), s, true
				return m, 1, true
			}
		}
		n := 1
		// "the association's new alliance", "its alliance"
		if k0 == "the" && i+2 < len(toks) && toks[i+1].Poss && (allianceNouns[key(i+2)] || key(i+2) == "new") {
			n = 2
		}
		k := key(i + n)
		counted := false
		if k0 == "the" && n == 1 && memberCountRE.MatchString(k) && groupHeads[key(i+2)] {
			n, k = 2, key(i+2) // "the 18-member group", "the 40-strong alliance" (round 26)
			counted = true
		}
		if n == 1 {
			if s := x.ageRef(toks, i); s != "" { // "the older body" (coref_group_age.go)
				m := span(3)
				m.Kind, m.Slug = 'A', s
				return m, 3, true
			}
		}
		if k == "new" || k == "industry" {
			if allianceNouns[key(i+n+1)] && key(i+n+1) != "group" || (k == "new" && key(i+n+1) == "group") {
				if x.curAlli != "" {
					x.noteNewer(toks, i+n-1, x.curAlli) // coref_group_age.go
					m := span(n + 2)
					m.Kind, m.Slug = 'A', x.curAlli
					return m, n + 2, true
				}
			}
			if k == "new" && key(i+n+1) == "industry" && allianceNouns[key(i+n+2)] && x.curAlli != "" {
				m := span(n + 3)
				m.Kind, m.Slug = 'A', x.curAlli
				return m, n + 3, true
			}
		}
		// "the partnership" for the AI Infrastructure Partnership, "the
		// venture" for a joint venture: a head noun shared with a recent
		// company's or venture's name.
		if k0 == "the" && n == 1 && (refHeads[k] || len(k) > 2 && !companyNouns[k] && !titleWords[k]) && !groupHeads[k] && i+1 < len(toks) && (!toks[i+1].Upper || k == "jv") && key(i+2) != "of" {
			if s := x.headNounRef(k); s != "" {
				m := span(2)
				m.Kind, m.Slug = x.kindFor(s), s
				return m, 2, true
			}
		}
		// "the programme", "the body", "the coalition's": any group noun
		// for the group under discussion ("its alliance" too).
		if (groupHeads[k] && (k0 == "the" || allianceNouns[k])) && k0 != "all" && k0 != "both" && key(i+n+1) != "of" &&
			i+1 < len(toks) && (!toks[i+1].Upper || counted) {
			s, kind := x.groupRefBound(text, k, i == 0, toks[i].Start), byte('A') // coref_bind_object.go
			if s == "" && k == "group" && k0 == "the" && (counted || x.foundersFoundGroup(toks, i)) {
				// a group with members is no company's corporate group
				s = x.groupRef("", false) // "A, B and C set up the group" (coref_group_founded.go)
			}
			if p := x.headNounRef(k); s == "" && k == "project" && p != "" {
				s, kind = p, x.kindFor(p) // a company named "the Stargate Project" (boundary.go)
			}
			if c := x.corporateGroup(toks, i); s == "" && c != "" {
				s, kind = c, x.kindFor(c) // a company's corporate group (coref_group_corp.go)
			}
			if l := x.ledDescRef(text, toks, i, i+n, s); l != "" {
				s, kind = l, x.kindFor(l) // the thing a lead construction leads (coref_led_desc.go)
			}
			if s != "" {
				m := span(n + 1)
				m.Kind, m.Slug = kind, s
				return m, n + 1, true
			}
			break
		}
		if n == 1 && pairRef(k0, k, key(i+2)) { // "the pair" (coref_pair.go)
			if g := x.group(2); g != nil {
				m := span(2)
				m.Kind, m.Group = 'G', g
				return m, 2, true
			}
			break
		}
		if k0 == "the" && n == 1 && subsetWords[k] { // "the other four formed" (coref_plural_subset.go)
			if c, isNum := numberWords[key(i+2)]; isNum && c > 1 && c < 13 && key(i+2) != "both" && (groupNouns[key(i+3)] || theCountVerb(key(i+3))) {
				w := 3
				if groupNouns[key(i+3)] {
					w = 4
				}
				if g := x.subsetGroup(k, c); g != nil {
					m := span(w)
					m.Kind, m.Group = 'G', g
					return m, w, true
				}
				break
			}
		}
		// "the five partners", "the four", "All three", "Both companies"
		cnt, ok := numberWords[k]
		if d, err := strconv.Atoi(k); err == nil && d > 1 && d < 50 {
			cnt, ok = d, true
		}
		if k0 == "both" {
			cnt, ok, k = 2, true, key(i)
			n = 0
		}
		if ok && (k0 == "the" || k0 == "all" || k0 == "both") {
			w := n + 1
			nation := ""
			if rankWords[key(i+w)] {
				if _, isNat := x.lx.demonymAt(toks, i+w+1); isNat {
					w++ // "the two largest US operators" (coref_plural_subset.go)
				}
			}
			if nat, isNat := x.lx.demonymAt(toks, i+w); isNat && groupNouns[key(i+w+nat.n)] {
				nation, w = nat.slug, w+nat.n // "the two Korean carriers" (hq_group.go)
			} else if isNat && capsModifier(toks, i+w+nat.n) {
				nation, w = nat.slug, w+nat.n+1 // "the two American AI companies" (coref_plural_near.go)
			}
			if groupNouns[key(i+w)] {
				w++
			} else if newcomerWords[key(i+w)] && groupNouns[key(i+w+1)] && key(i+w+2) != "of" {
				w += 2 // "the two newest members" (member_implicit.go), not "are the three founding members of X"
			} else if (k0 == "both" || k0 == "all") && (pluralVerbNext(key(i+w)) || relativeBoth(toks, i, w)) || k0 == "the" && theCountVerb(key(i+w)) { // found_helped.go, coref_plural_subset.go
				// "Both joined last year" (member_implicit.go)
			} else if i+w < len(toks) && toks[i+w].Word && !toks[i+w].Upper && key(i+w) != "are" && key(i+w) != "have" && key(i+w) != "were" && key(i+w) != "will" && key(i+w) != "of" {
				break // "the two men", "the three largest ..."
			} else if k0 == "both" && nation == "" && i+w < len(toks) && toks[i+w].Upper {
				break // "chief executive of both A and B": a correlative before names, no reference (round 41)
			}
			g := x.group(cnt)
			if nation != "" {
				g = x.nationGroup(g, cnt, nation) // hq_group.go
			}
			if g != nil {
				m := span(w)
				m.Kind, m.Group, m.Nation = 'G', g, nation
				return m, w, true
			}
			break
		}
		if k0 != "the" {
			break
		}
		// "the telcos", "the partners": the last list of organisations
		if groupNouns[k] && n == 1 && key(i+2) != "of" && !(i+2 < len(toks) && toks[i+2].Word && toks[i+2].Upper) && !oneOfMembership(toks, i) { // "the operators A and B" describes the names after it; "one of the founders" a class (coref_one_of.go)
			if g := x.lastGroup(); g != nil {
				m := span(2)
				m.Kind, m.Group = 'G', g
				return m, 2, true
			}
		}
		// "The German incumbent", "the US company"
		x.descExclude = x.frontedExclude(text, toks, i, x.laterNames(toks, i)) // coref_fronted_pp.go
		defer func() { x.descExclude = nil }()
		x.excludeMisfits(toks, i) // coref_misfit.go
		at := i + 1
		if sizeRank(key(at)) {
			at++ // "The second-largest Korean carrier" (coref_rank.go)
		}
		nat, ok := x.lx.demonymAt(toks, at)
		city := false
		if !ok && at == i+1 {
			nat, ok = x.cityDesc(toks, i, covered) // "the Tokyo operator" (coref_nation_city.go)
			city = ok
		}
		if ok {
			j := at + nat.n
			// "Stargate, the US data-centre venture, ...": a venture in
			// apposition to a name is described by its country too (round 36)
			// (closed by a comma or the sentence's end: "the US venture formed
			// by A, B and C" is the venture family's, TestRound31VentureFormedWhen)
			apposedVenture := func(j int) bool {
				return key(j) == "venture" && i > 0 && toks[i-1].Text == "," && j+1 < len(toks) && (toks[j+1].Text == "," || toks[j+1].Text == ".")
			}
			for j < len(toks) && j < i+4 && toks[j].Word && !companyNouns[toks[j].Key] && !kinNoun(toks, i, j, nat.n) && !apposedVenture(j) && !toks[j].Upper {
				j++
			}
			if j < len(toks) && (companyNouns[key(j)] || kinNoun(toks, i, j, nat.n) || apposedVenture(j)) {
				if possAppos(toks, i, j, covered) && !x.personApposed(toks, i) || nameFollows(toks, j, covered) { // coref_person_appos.go
					break
				}
				s := ""
				if x.apposedToUnknown(toks, i, covered) { // coref_appos.go
					break
				}
				if h := x.relatedHolder(toks, i, covered); h != "" { // coref_related.go
					if x.descExclude == nil {
						x.descExclude = map[string]bool{}
					}
					x.descExclude[h] = true
					s = x.relatedCompany(h, nat.slug)
				} else {
					s = x.apposedCompany(text, toks, i, j, covered, nat.slug, reportingVerbs[key(j+1)]) // coref_appos_opener.go
				}
				if s == "" && colonClause(toks, i) {
					s = x.nearestCompany(nat.slug, headKind(key(j-1), key(j)))
				}
				undecided := false
				if s == "" {
					x.descKind = headKind(key(j-1), key(j)) // priors.go
					s = x.nationalCompany(nat.slug, reportingVerbs[key(j+1)], i == 0, toks[j].Poss)
					s = x.topicOverPassing(s, nat.slug) // hq_desc_topic.go
					x.descKind = ""
					// "the Norwegian group": the parent a unit is named after (hq_desc_parent.go)
					s = x.parentNamedIn(s, key(j), nat.slug)
					undecided = x.coordinatedRival(text, toks[i].Start, s, nat.slug) // coref_nation.go
				}
				if s != "" {
					m := span(j - i + 1)
					m.Kind, m.Slug, m.Nation = x.kindFor(s), s, nat.slug
					if undecided || city {
						m.Nation = "" // resolved for other relations, no country stated
					}
					return m, j - i + 1, true
				}
			}
			break
		}
		// "the new company", "the new venture": the joint venture just named
		// "The joint venture, which was established on 1 June, ..." opening
		// the sentence after the one that created it (not "the joint
		// venture of/between A and B", which introduces one; inside a
		// sentence the venture readers take "the joint venture" as it is).
		jointVenture := i == 0 && key(i+1) == "joint" && key(i+2) == "venture" && !ventureIntro[key(i+3)]
		if (key(i+1) == "new" || key(i+1) == "merged" || key(i+1) == "combined") && (companyNouns[key(i+2)] || key(i+2) == "venture") && key(i+2) != "group" || jointVenture { // "the merged operator" (helper x13h9)
			if s := x.headNounRef("venture"); s != "" {
				m := span(3)
				m.Kind, m.Slug = x.kindFor(s), s
				return m, 3, true
			}
			if key(i+1) == "new" && x.lastSent != nil {
				// "A and B merged their units into Y. ... the new company" (round 38)
				if s := createdProduct(x.lastSent.text, x.lastSent.ms); s != "" {
					m := span(3)
					m.Kind, m.Slug = x.kindFor(s), s
					return m, 3, true
				}
			}
		}
		if s, n := x.mergedRef(toks, i); s != "" { // "the combined company" (coref_merged.go)
			m := span(n)
			m.Kind, m.Slug = x.kindFor(s), s
			return m, n, true
		}
		// "the company", "the telecom company", "the operator"
		j := i + 1
		if j < len(toks) && (key(j) == "telecom" || key(j) == "mobile" || key(j) == "software" || key(j) == "chip" || key(j) == "tech") {
			j++
		} else if j+1 < len(toks) && toks[j].Word && toks[j].Upper && (key(j+1) == "-based" || key(j+1) == "-headquartered" || key(j+1) == "-listed") {
			j += 2 // "the Paris-based company", "the Nasdaq-listed US company"
			if nat, ok := x.lx.demonymAt(toks, j); ok && companyNouns[key(j+nat.n)] {
				if s := x.nationalCompany(nat.slug, false, false, toks[j+nat.n].Poss); s != "" {
					m := span(j + nat.n - i + 1)
					m.Kind, m.Slug, m.Nation = x.kindFor(s), s, nat.slug
					return m, j + nat.n - i + 1, true
				}
			}
		} else if f := x.freeModsHead(toks, i, covered); f > 0 {
			j = f // "The radio-software company" (coref_freemods.go)
		}
		if (companyNouns[key(j)] || sectionOrgNouns[key(j)] && j > i+1 && x.inSection() || bareUnit(toks, i, j)) && key(j) != "group" && !(j+1 < len(toks) && toks[j+1].Word && toks[j+1].Key == "of") {
			s := x.topicCompany()
			if o := x.prevOpener; toks[j].Poss && o != "" && o != s && len(x.curOrgs) == 0 && x.typeOf(o) == schema.TypeCompany && !x.descExclude[o] && x.openerCopula(o) {
				s = o // "X was founded by P. P is the company's chief executive" (coref_copula_opener.go)
			}
			if opensAnswer(toks, i) && x.prevSubj != "" && x.typeOf(x.prevSubj) == schema.TypeCompany && len(x.prevOrgs) == 1 && !x.descExclude[x.prevSubj] {
				s = x.prevSubj // "The round comes as KDDI deepens its bets. The operator bought ..."
			}
			if i > 2 && toks[j].Poss && len(x.curOrgs) > 0 && x.typeOf(x.curOrgs[len(x.curOrgs)-1]) == schema.TypeCompany {
				// Inside a sentence that has named a company, "the
				// operator's" is that company ("... of Bharti Airtel,
				// taking over from P, who has been the operator's CEO").
				s = x.curOrgs[len(x.curOrgs)-1]
				if o := x.unembeddedLastOrg(text, toks[i].Start); o != "" {
					s = o // "A, an early backer of B, led the company's round": not B (coref_appos_embedded.go)
				}
			} else if c := x.speakerCompany(toks, i); c != "" {
				s = c // "P, chief executive of X, said the company" (coref_speaker_company.go)
			} else if c := x.sentenceCompany(toks, i); c != "" {
				s = c
			} else if c := x.clauseLeadCompany(text, toks, i, headKind(key(j-1), key(j))); c != "" {
				s = c // coref_clause_lead.go
			}
			if a := x.nameApposition(toks, i, j, covered); a != "" {
				s = a // "Meta, the company formerly known as Facebook," (lead_fronted_appos.go)
			}
			if hk := headKind(key(j-1), key(j)); hk == "inv" && (s == "" || !x.investorKnown(s)) {
				s = x.investorAlternative() // "the fund" is a known investor, not any company (priors_name_kind.go)
			} else if s != "" && !x.kindFits(s, hk) {
				s = x.kindAlternative(hk) // "the chipmaker" is not the carrier just named (priors.go)
				if s == "" && hk == "young" {
					s = x.dominantCompany(hk) // coref_dominant.go
				}
			} else if e := x.kindExact(s, hk, toks, i); e != "" {
				s = e // "the chipmaker" is the chipmaker named, not the vendor (coref_kind_exact.go)
			}
			if s != "" {
				m := span(j - i + 1)
				m.Kind, m.Slug = x.kindFor(s), s
				return m, j - i + 1, true
			}
		}
	case "this", "that":
		// "... raised its stake in T-Mobile US. That carrier is now run
		// by P": a demonstrative that opens a sentence before a company
		// noun points back at the last company named, not at the
		// article's topic (issue 13, roles3); "said that operators ..."
		// is a complementiser, not this.
		if i == 0 && companyNouns[key(i+1)] && key(i+1) != "group" && len(x.prevOrgs) > 0 {
			if s := x.prevOrgs[len(x.prevOrgs)-1]; x.typeOf(s) == schema.TypeCompany {
				m := span(2)
				m.Kind, m.Slug = x.kindFor(s), s
				return m, 2, true
			}
		}
		return x.thatOneGroup(text, toks, i) // "That one was founded by" (coref_that_one.go)
	case "a", "an":
		// "a new industry body", "a global AI group": an alliance named
		// later, held as a placeholder until then.
		if x.apposedToNonGroup(toks, i, covered) {
			break // "Project Sylva, a telco cloud group started by A" (coref_appos_group.go)
		}
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if !toks[j].Word || covered[j] {
				break
			}
			if placeholderStop[toks[j].Key] {
				break // "a member of the alliance": not a new alliance
			}
			if allianceNouns[toks[j].Key] && toks[j].Key != "organisation" && toks[j].Key != "organization" {
				if j+1 < len(toks) && toks[j+1].Word && (toks[j+1].Key == "of" || toks[j+1].Key == "for") {
					break
				}
				mods := toks[i+1 : j]
				newish := false
				for _, t := range mods {
					if t.Key == "new" || t.Key == "global" || t.Key == "industry" || t.Key == "ai" || t.Key == "telco" {
						newish = true
					}
				}
				if !newish && toks[j].Key != "alliance" && toks[j].Key != "consortium" {
					break
				}
				if g := x.headedNewGroup(); g != "" {
					m := span(j - i + 1) // "AI-RAN Alliance\nEleven organisations put their names to a new industry group" (heading_group.go)
					m.Kind, m.Slug = 'A', g
					return m, j - i + 1, true
				}
				ph := "_new" + strconv.Itoa(len(x.placeholder)+1)
				x.placeholder[ph] = ""
				x.phSince[ph] = x.sentIdx
				m := span(j - i + 1)
				m.Kind, m.Slug = 'A', ph
				return m, j - i + 1, true
			}
		}
	}
	return mention{}, 0, false
}

// refHeads are the head nouns of organisation names that news uses alone
// to refer back to the organisation.
var refHeads = map[string]bool{
	"partnership": true, "project": true, "programme": true, "program": true, "initiative": true,
	"forum": true, "alliance": true, "coalition": true, "consortium": true, "foundation": true,
	"association": true, "council": true, "federation": true, "venture": true, "jv": true,
	"lab": true, "laboratory": true, // "the lab" for the Nokia AI Factory Lab (helper x13h9)
}

// groupHeads are the nouns news uses interchangeably for a group of
// organisations: "the programme" may be the Global TD-LTE Initiative.
var groupHeads = map[string]bool{
	"alliance": true, "body": true, "group": true, "consortium": true, "coalition": true, "bloc": true,
	"initiative": true, "organisation": true, "organization": true, "forum": true, "programme": true,
	"program": true, "project": true, "association": true, "partnership": true, "collective": true,
	"foundation": true, "community": true, "council": true, "federation": true,
}

// nameHeads are group nouns that refer to a group only when its name ends
// in them: "the partnership" is more often two companies' partnership, "the
// project" a company's project.
var nameHeads = map[string]bool{"partnership": true, "project": true}

// groupWindow is how many sentences back a description may find its
// group (any sentence of the same paragraph also counts).
const groupWindow = 3

// groupRef is the group a description headed by a group noun refers to:
// the most recent group in reach whose name ends in that noun ("the
// initiative"), else the only group in reach. Two groups in reach and no
// name that decides between them, or none at all, give "": the
// description is then not resolved (a wrong group costs more than a
// missed fact). "The group" after a sentence that opened with a company,
// or inside one about a company, is that company's corporate group.
func (x *extractor) groupRef(head string, initial bool) string {
	if head == "group" && len(x.curGroups) == 0 && (len(x.curOrgs) > 0 && !x.onlyAffiliations() || initial && x.prevFirst != "" && x.typeOf(x.prevFirst) == schema.TypeCompany && !x.groupAfterAgent()) {
		return ""
	}
	bound := func(s string) string {
		if b := x.placeholder[s]; b != "" {
			return b
		}
		return s
	}
	var cands []string
	best, bestAt := "", -1
	// Of two groups named in the same earlier sentence, the one named
	// first is the sentence's own, the other is in what describes it
	// ("the OCUDU Ecosystem Foundation, which the Linux Foundation formed"):
	// decided by offset, not by the order a map is walked in.
	pick := func(s string, at int, ordered bool) {
		if at == bestAt && !ordered {
			if take, ok := x.tieFounded(s, best); ok {
				if take {
					best = s
				}
				return
			}
		}
		if at > bestAt || ordered || at == bestAt && x.lastPos[s] < x.lastPos[best] {
			best, bestAt = s, at
		}
	}
	add := func(s string, at int, ordered bool) {
		s = bound(s)
		if !slices.Contains(cands, s) {
			cands = append(cands, s)
		}
		if (headedBy(x.nameOf(s), head) || x.groupDescribed(s, head)) && at >= bestAt && !x.memberGroup(s) {
			pick(s, at, ordered)
		}
	}
	fg := x.foregroundGroup(head) // focus_subordinate.go
	for s, last := range x.lastSeen {
		if x.typeOf(s) != schema.TypeAlliance || fg && x.isBackground(s, last) {
			continue
		}
		if x.sentIdx-last > groupWindow && last < x.paraStart {
			// Out of reach, unless its name ends in the very noun ("the
			// alliance" paragraphs after the AI-RAN Alliance).
			if (headedBy(x.nameOf(bound(s)), head) || x.groupDescribed(bound(s), head)) && last >= bestAt {
				pick(bound(s), last, false) // or described with it: "a new industry initiative, Open Telco AI" (round 35)
			}
			continue
		}
		add(s, last, false)
	}
	// The sentence's own groups come in text order: the last that fits is
	// the nearest.
	for _, s := range x.curGroups {
		add(s, x.sentIdx, true)
	}
	switch {
	case best != "":
		return best
	case len(cands) == 1 && !nameHeads[head]:
		return x.overBackground(cands[0]) // focus_side.go
	case len(x.curGroups) == 1 && !nameHeads[head]:
		// The one group this sentence named before the description
		// outranks the ones before it ("joined the AI-RAN Alliance, ...
		// the group that A and B launched").
		return bound(x.curGroups[0])
	}
	return ""
}

// ventureIntro are the words after "the joint venture" that introduce
// one rather than refer back to it.
var ventureIntro = map[string]bool{"of": true, "between": true, "with": true, "that": true, "to": true, "in": true}

// headNounRef is the organisation a "the <head>" description refers to:
// the most recent one named in the last four sentences whose name ends in
// that head noun (a joint venture for "the venture"), else "".
func (x *extractor) headNounRef(head string) string {
	best, bestAt := "", -1
	for s, last := range x.lastSeen {
		if x.sentIdx-last > 4 || last < bestAt || (last == bestAt && s > best) {
			continue
		}
		t := x.typeOf(s)
		if t != schema.TypeAlliance && t != schema.TypeJointVenture && t != schema.TypeCompany {
			continue
		}
		w := strings.Fields(x.nameOf(s))
		if len(w) == 0 {
			continue
		}
		if wordKey(w[len(w)-1]) == head || head == "project" && x.groupDescribed(s, head) || ((head == "venture" || head == "jv") && (t == schema.TypeJointVenture || x.namedVenture(s))) { // coref_venture_named.go
			best, bestAt = s, last
		}
	}
	return best
}

// foundingVerbs found what follows them ("set it up", "founded it").
var foundingVerbs = map[string]bool{
	"set": true, "founded": true, "co-founded": true, "formed": true, "created": true, "established": true,
	"launched": true, "started": true,
}

// titleWords open a job title ("its chief executive").
var titleWords = map[string]bool{
	"chief": true, "ceo": true, "chairman": true, "chair": true, "chairwoman": true, "president": true, "founder": true,
}

// placeholderStop are words that end the modifiers of "a new industry
// body": past one of them the alliance noun heads another phrase.
var placeholderStop = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "to": true, "for": true, "with": true, "and": true,
	"its": true, "their": true, "in": true, "on": true, "by": true, "member": true, "members": true,
}

type demonymMatch struct {
	slug string
	n    int
}

// demonymAt reports a nationality word (or country name used as one, "the
// US company") at toks[i].
func (lx *lexicon) demonymAt(toks []token, i int) (demonymMatch, bool) {
	if i >= len(toks) {
		return demonymMatch{}, false
	}
	e, n := lx.match(toks, i)
	if e == nil || len(e.slugs) != 1 {
		return demonymMatch{}, false
	}
	if ent, ok := lx.ents[e.slugs[0]]; !ok || ent.Type != schema.TypeCountry {
		return demonymMatch{}, false
	}
	return demonymMatch{slug: e.slugs[0], n: n}, true
}

func (x *extractor) kindFor(slug string) byte { return kindOf(x.typeOf(slug)) }

// pick resolves a surface form that may name several entities
// (mention_pick.go).
func (x *extractor) pick(slugs []string) string { return x.pickShared(slugs) }

// lastGroup is what an uncounted plural description ("the telcos")
// refers to: the organisations named earlier in this sentence when there
// are several, else those of the previous sentence, else the last pair of
// partners.
func (x *extractor) lastGroup() []string {
	if len(x.curOrgs) >= 2 {
		return append([]string(nil), x.curOrgs...)
	}
	if len(x.prevOrgs) >= 2 {
		return append([]string(nil), x.prevOrgs...)
	}
	if x.lastPair[0] != "" && x.sentIdx-x.lastPairAt <= 3 {
		return []string{x.lastPair[0], x.lastPair[1]}
	}
	return nil
}

// mainCompany is the company the article has named most so far.
func (x *extractor) mainCompany() string {
	return x.mainOf(schema.TypeCompany)
}

// mainOf is the entity of one of the types the article names most (the
// lowest slug on a tie).
func (x *extractor) mainOf(types ...schema.EntityType) string {
	best, bestN := "", 0
	for s, n := range x.counts {
		if slices.Contains(types, x.typeOf(s)) && (n > bestN || n == bestN && s < best) {
			best, bestN = s, n
		}
	}
	return best
}

// topicCompany is in roles_focus.go.

var relClauseRE = regexp.MustCompile(`(?i)\b(?:in|of|for|to|from|with) which\s*$`)

// reportedItRE ends the text before an "it" that opens the clause a
// reporting verb reports: "said on Wednesday (that) it", "announced it";
// the reporter is the first organisation of the verb's clause.
var reportedItRE = regexp.MustCompile(`\b(?:said|says|announced|announces|confirmed|confirms|added|disclosed|stated)(?: on [A-Z]\w+| (?:last|this|on) \w+)?(?: that)?\s*$`)

// reporterIt is the company that reports about itself in "X, the lab
// started by two former Google scientists, said on Wednesday it had
// raised ...": the first organisation of the reporting verb's clause
// (after the last ", and", ", but", ";" or ":"), when before ends with a
// reporting verb; "" otherwise.
func (x *extractor) reporterIt(before string) string {
	loc := reportedItRE.FindStringIndex(before)
	if loc == nil {
		return ""
	}
	start := 0
	for _, sep := range []string{", and ", ", but ", "; ", ": "} {
		if k := strings.LastIndex(before[:loc[0]], sep); k >= 0 && k+len(sep) > start {
			start = k + len(sep)
		}
	}
	for _, m := range x.curMs {
		if m.Start >= start && m.End <= loc[0] && itOrg(m) && m.Slug != "" {
			if x.typeOf(m.Slug) == schema.TypeCompany {
				return m.Slug
			}
			return ""
		}
	}
	if start > 0 && elidedReporter(before[start:loc[0]]) {
		return x.sentenceLeadCompany(before[:start]) // coref_elided.go
	}
	return ""
}

// pronounCompany is what "it" refers to: the nearest company earlier in the
// sentence (skipping the antecedent of "in which it ..."), else the first
// company of the previous sentence, else the topic.
func (x *extractor) pronounCompany(before string) string {
	if s, ok := x.frontedIt(before); ok {
		return s // "Created by A and B, it is ..." (coref_fronted.go)
	}
	if s, ok := x.comparedIt(before); ok {
		return s // "Besides A, it counts B among ..." (coref_fronted.go)
	}
	if s := x.clauseSubjectIt(before); s != "" {
		return s
	}
	orgs := x.curOrgs
	if len(orgs) > 1 && !strings.Contains(before, "\"") {
		if s := x.reporterIt(before); s != "" {
			return s
		}
	}
	if relClauseRE.MatchString(strings.TrimSpace(before)) && len(orgs) > 0 {
		orgs = orgs[:len(orgs)-1]
	}
	// A joint venture is seldom "it" when a company is at hand ("Digital
	// Connexion, the joint venture it formed").
	for i := len(orgs) - 1; i >= 0; i-- {
		if x.typeOf(orgs[i]) != schema.TypeJointVenture {
			return orgs[i]
		}
	}
	if len(orgs) > 0 {
		return orgs[len(orgs)-1]
	}
	if x.prevIt != "" && x.typeOf(x.prevIt) != schema.TypeAlliance {
		return x.prevIt // coref_subject_next.go
	}
	if x.prevSubj != "" {
		return x.prevSubj
	}
	return x.topicCompany()
}

// reportingVerbs follow the subject of a reported statement.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "added": true, "told": true, "confirmed": true, "stated": true,
}

// group resolves a plural description of n parties: the members of the
// alliance under discussion when it has n, else the n companies of the
// previous sentence.
func (x *extractor) group(n int) []string {
	if len(x.curOrgs) == n && n == 2 && x.curPos > 0 && strings.HasSuffix(strings.TrimSpace(x.curText[:x.curPos]), ", and") {
		// "It has spent months testing servers with Nvidia, and the two
		// companies describe ...": the sentence's own pair, nearer than
		// the alliance's members (round 32, dev19)
		return append([]string(nil), x.curOrgs...)
	}
	if x.curAlli != "" {
		if ms := x.members[x.curAlli]; len(ms) == n {
			return append([]string(nil), ms...)
		}
	}
	if len(x.curOrgs) == n {
		return append([]string(nil), x.curOrgs...)
	}
	if g := x.ownersBeforeVenture(n); g != nil {
		return g // "A buys with B through Y, the joint venture the two groups set up" (coref_venture_owners.go)
	}
	if run := lastCoordination(x.curText, x.curMs, x.curPos); len(run) == n {
		return run // the nearest list: in this sentence (coref_plural_near.go)
	}
	if len(x.prevOrgs) == n {
		return append([]string(nil), x.prevOrgs...)
	}
	// "The partners are not strangers. Both were ...": the last pair of
	// partners, if recent.
	if n == 2 && x.lastPair[0] != "" && x.sentIdx-x.lastPairAt <= 8 {
		return []string{x.lastPair[0], x.lastPair[1]}
	}
	if l := x.recentList(n); len(l) == n {
		return l // coref_lists.go
	}
	return x.nearGroup(n, x.curText, x.curPos) // coref_plural_near.go
}
