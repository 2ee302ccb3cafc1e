package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads job titles between a person and an organisation, in
// whatever order the sentence puts them: "Satya Nadella, chairman and CEO
// of Microsoft", "Michael Joseph, Safaricom's outgoing chief executive",
// "Accenture's Chair and CEO, Julie Sweet", "Its group chief executive
// officer (CEO), Yuen Kuan Moon", "Hong Bum-shik, who took over as LG
// Uplus CEO", "Shashwat Sharma will become managing director and CEO of
// Bharti Airtel". The title itself decides the relation (titleRels).

// titleWord are the words a job title is made of.
var titleWord = map[string]bool{
	"president": true, "director": true, "managing": true, "chief": true, "executive": true, "officer": true,
	"ceo": true, "chair": true, "chairman": true, "chairwoman": true, "chairperson": true, "group": true,
	"global": true, "co-ceo": true, "co-chair": true, "co-chief": true, "co-chairman": true, "co-chairwoman": true, "founder": true, "co-founder": true, "cofounder": true, "and": true, "&": true,
	"outgoing": true, "incoming": true, "new": true, "newly": true, "appointed": true, "elected": true,
	"current": true, "interim": true, "acting": true, "the": true, "its": true, "their": true, "(ceo)": true,
	"non-executive": true, "former": true, "vice": true, "deputy": true, "longtime": true, "long-time": true,
	"general": true, "own": true, "boss": true, "md": true, // "MD and CEO": a managing director
	"permanent": true, "sole": true, // "named P its permanent chief executive", "its sole chief executive"
	"both": true, // "who is both chairman and chief executive of X" (round 31, dev18)
	// hyphenated vice titles: no relation of their own, but part of a
	// coordinated title ("Zain's vice-chairman and group CEO", round 27)
	"vice-chairman": true, "vice-chair": true, "vice-chairwoman": true, "vice-president": true, "deputy-chairman": true,
}

// singularTitle is the title word a plural stands for ("co-ceos",
// "executives", "chairmen"), or "".
func singularTitle(w string) string {
	switch {
	case w == "chairmen":
		return "chairman"
	case w == "chairwomen":
		return "chairwoman"
	case strings.HasSuffix(w, "s") && titleWord[w[:len(w)-1]] && w != "its" && len(w) > 3:
		return w[:len(w)-1]
	}
	return ""
}

// titleRels reads the relations a title states: chairmanOf for a chair,
// ceoOf for a chief executive, both for "chairman and CEO"; none for a
// vice or deputy title. past is set for a former title.
func titleRels(words string) (rels []schema.Relation, past bool) {
	ws := strings.Fields(titleSpacing.Replace(words))
	if len(ws) == 0 {
		return nil, false
	}
	for i, w := range ws {
		if !titleWord[w] && w != "(ceo)" {
			if sg := singularTitle(w); sg != "" {
				ws[i] = sg // "co-CEOs", "chief executives", "chairmen"
				continue
			}
			return nil, false
		}
	}
	t := " " + strings.Join(ws, " ") + " "
	past = strings.Contains(t, " former ") || strings.Contains(t, " outgoing ")
	// Each coordinated title counts on its own: in "vice-chairman and
	// group CEO" the vice title states nothing and the CEO title ceoOf
	// (round 27, dev15).
	for _, part := range titleParts(t) {
		if strings.Contains(part, " vice ") || strings.Contains(part, " deputy ") {
			continue
		}
		if !slices.Contains(rels, schema.RelCEOOf) && (strings.Contains(part, " chief executive") || strings.Contains(part, " co-chief executive") || strings.Contains(part, " ceo ") || strings.Contains(part, " boss ") || strings.Contains(part, " co-ceo ") || strings.Contains(part, "(ceo)")) {
			rels = append(rels, schema.RelCEOOf)
		}
		for _, c := range []string{" chair ", " chairman ", " chairwoman ", " chairperson ", " co-chair ", " co-chairman ", " co-chairwoman "} {
			if strings.Contains(part, c) && !slices.Contains(rels, schema.RelChairmanOf) {
				rels = append(rels, schema.RelChairmanOf)
				break
			}
		}
	}
	if len(rels) == 2 && rels[0] == schema.RelChairmanOf {
		rels[0], rels[1] = rels[1], rels[0] // ceoOf first, as before
	}
	for _, part := range titleParts(t) {
		// "founder and chief executive", "co-founder of Y": the person set
		// the company up (round 40), stated after the titles before it
		if strings.Contains(part, " founder ") || strings.Contains(part, " co-founder ") || strings.Contains(part, " cofounder ") {
			rels = append(rels, relFounderOf)
			break
		}
	}
	return rels, past
}

// relFounderOf is a founder's title read like a chief executive's, person
// first ("P, Y's founder"): emitFact states it as foundedBy(Y, P), the
// schema's relation, with no "former" (a founder stays one).
const relFounderOf schema.Relation = "founderOf"

// titleParts splits a title, padded with spaces, into its coordinated
// titles, each padded with spaces: " vice chairman and group ceo " gives
// " vice chairman " and " group ceo ". "executive vice chairman" stays one.
func titleParts(t string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(t, " & ", " and "), ",", " and "), " and ") {
		if strings.TrimSpace(p) != "" {
			out = append(out, " "+strings.TrimSpace(p)+" ")
		}
	}
	return out
}

// becomeApposRE is the apposition becomeRE lets stand before the verb.
var becomeApposRE = regexp.MustCompile(`^, [^,]{1,40},`)

var (
	// titleOfRE: ", chairman and CEO of (the)" between a person and an
	// organisation.
	titleOfRE = regexp.MustCompile(`^,? ?(?:who (?:is|was|has been|remains) )?(?:the |a |an )?([a-z&(), -]+?) (?:of|at|for) (?:both )?(?:the )?(?:(?:rival|parent|sister|fellow|smaller|larger|bigger|domestic|troubled) |(?:[a-z-]+ ){0,2}(?:group|utility|operator|carrier|firm|maker|bank|lender|conglomerate|start-up|startup|chipmaker|retailer|provider|vendor|company|designer|developer|supplier|manufacturer|giant|telco|incumbent) )?$`)
	// becomeRE: a person taking a title: "took over as", "will become".
	becomeRE = regexp.MustCompile(`^(?:, [^,]{1,40},)?,? ?(?:who )?((?:[a-z']+ ){0,3}?)(?:took over as|takes over as|take over as|became|becomes|become|remains|remained|(?:was|has been) (?:named|appointed|confirmed) as|was confirmed|was named|has been named|was appointed|has been appointed|(?:was|has been|is being|is|will be) (?:promoted|elevated) to|(?:rose|rises|has risen|stepped up|steps up|moved up|moves up) to|(?:was|has been|is) made|is|was|has been|had been|serves as|served as)( (?:the )?[a-z&(), -]*?)?$`)
)

var (
	// boardRE: "chair of the board at" is "chair of".
	boardRE = regexp.MustCompile(`\b(chair|chairman|chairwoman|chairperson) of the (?:supervisory |management )?board (?:at|of) `)
	// chairsRE: ", who chairs the board of" is ", chair of".
	chairsRE = regexp.MustCompile(`^, who (?:chairs|now chairs|has chaired) (?:the (?:supervisory )?board (?:at|of) )?(?:the )?$`)
	// bracketTitleRE: "P (chairman, O)".
	bracketTitleRE = regexp.MustCompile(`^ ?\(([a-z&() -]+?), ?(?:the )?$`)
	// titleBeforeRE: "The chairman of O, P".
	titleBeforeRE = regexp.MustCompile(`(?:^|[,;:] )(?:the )?([a-z&() -]+?) (?:of|at) (?:the )?$`)
	// ofBoardRE: the possessive's noun is the board ("of O's board").
	ofBoardRE = regexp.MustCompile(`^ (?:(?:supervisory|management|executive) )?board\b`)
)

// hasTitle reports whether words are a title that states a relation.
func hasTitle(words string) bool {
	rels, _ := titleRels(words)
	return len(rels) > 0
}

// famRoles reads titles between consecutive entity units.
func (x *extractor) famRoles(c *clauses) {
	type eu struct {
		u   int // unit index
		ent entUnit
	}
	var es []eu
	for i, u := range c.us {
		if u.Kind == 'E' {
			if c.countryInDescription(i) {
				continue // "chief executive of the Luxembourg satellite operator SES": the country describes SES (roles_country_desc.go)
			}
			es = append(es, eu{i, c.ents[u.ent]})
		}
	}
	text := c.s.text
	lower := strings.ToLower(text)
	// tail is the title-like text after an entity, up to a comma, bracket
	// close or the end of the clause.
	tail := func(end int) string {
		rest := tailSpacing.Replace(lower[end:])
		var ws []string
		for _, w := range strings.Fields(rest) {
			if !titleWord[w] {
				break
			}
			ws = append(ws, w)
		}
		return strings.Join(ws, " ")
	}
	designate := "" // " designate" while the pair's title is "CEO-designate" (roles_designate.go)
	emitTo := func(person int, orgs []arg, words string, modText string, base float64) {
		modText += designate
		rels, past := titleRels(words)
		if past {
			modText += " former"
		}
		for _, rel := range rels {
			for _, p := range c.args(x, person) {
				for _, o := range orgs {
					x.emitFact(c.s, rel, p, o, modText, base, schema.Fact{})
				}
			}
		}
	}
	emit := func(person, org int, words string, modText string, base float64) {
		as := c.args(x, org)
		if len(as) > 1 && semicolonList(c, org) {
			as = as[:1] // "P, chairman of A; and B": the list's other items are the sentence's (member_person_items.go)
		}
		emitTo(person, as, words, modText, base)
	}
	for k := 0; k+1 < len(es); k++ {
		a, b := es[k], es[k+1]
		gap := lower[a.ent.end:b.ent.start]
		aPerson, bPerson := c.isPerson(x, a.u), c.isPerson(x, b.u)
		gap, designate = designateGap(gap)
		switch {
		case aPerson && !bPerson:
			if k+2 < len(es) && !c.isPerson(x, es[k+2].u) && !c.isCountry(es[k+2].u) && formerAtApposRE.MatchString(gap) {
				// "P, formerly a president at Marvell, became Altera's chief
				// executive in May": the apposition names another
				// organisation; the verb after it is P's (roles_become_appos.go)
				g2 := lower[b.ent.end:es[k+2].ent.start]
				if m := becomeRE.FindStringSubmatch(g2); m != nil && strings.HasPrefix(g2, ", ") && !strings.ContainsAny(g2[2:], ",;") {
					if words, ok := becomeWords(m[2], es[k+2].ent.poss, tail(es[k+2].ent.end)); ok {
						x.rule = "title.become"
						emit(a.u, es[k+2].u, words, "", 0.8)
					}
				}
			}
			if b.ent.poss && !c.isCountry(b.u) && !ofBoardRE.MatchString(lower[b.ent.end:]) && titleOfRE.MatchString(gap) {
				if m := titleOfRE.FindStringSubmatch(gap); k+2 < len(es) && !c.isPerson(x, es[k+2].u) && possUnitRE.MatchString(lower[b.ent.end:es[k+2].ent.start]) && hasTitle(m[1]) {
					x.rule = "title.of-unit"
					emit(a.u, es[k+2].u, m[1], "", 0.8) // "P, CEO of A's subsidiary B" (roles_poss_unit.go)
				}
				continue // "P, chair of O's technical committee": a part of O
			}
			gap = pastGap(gap) // "P, until now chief executive of O" (roles_past_adverb.go)
			// "P, chair of the board at O", "P, who chairs the board of O"
			gap = boardRE.ReplaceAllString(gap, "$1 of ")
			gap = chairsRE.ReplaceAllString(gap, ", chair of ")
			gap = loneChiefGap(gap) // "P, the chief of O" (roles_after_name.go)
			if m := bracketTitleRE.FindStringSubmatch(gap); m != nil && hasTitle(m[1]) {
				// "P (chairman, O)"
				x.rule = "title.bracket"
				emit(a.u, b.u, m[1], "", 0.8)
				continue
			}
			if m := dashTitleRE.FindStringSubmatch(gap); m != nil && hasTitle(m[1]) {
				// "P — President & CEO, O" (roles_after_name.go)
				x.rule = "title.dash"
				emit(a.u, b.u, m[1], "", 0.8)
				continue
			}
			if m := commaTitleRE.FindStringSubmatch(gap); m != nil && hasTitle(m[1]) && !b.ent.poss && itemEnds(lower[b.ent.end:]) {
				// "P, President and CEO, O" (roles_speaker_comma.go)
				x.rule = "title.comma"
				emit(a.u, b.u, m[1], "", 0.75)
				continue
			}
			// "P, chairman and CEO of O"
			if m := titleOfRE.FindStringSubmatch(gap); m != nil && hasTitle(m[1]) && !c.boardName(b.u) {
				if unitObject(text, b.ent.end) {
					continue // "P, CEO of the A-B joint venture" (roles_unit_object.go)
				}
				x.rule = "title.of"
				if o, ok := x.nationalDescription(c, b.u); ok {
					// "P, chief executive of South Korea's largest mobile
					// carrier"
					rels, _ := titleRels(m[1])
					for _, rel := range rels {
						x.emitFact(c.s, rel, c.args(x, a.u)[0], o, "", 0.7, schema.Fact{})
					}
					continue
				}
				if pluralTitle(m[1]) {
					// "P and Q, the chief executives of A and B" (roles_scope.go)
					var people []int
					for j := k; j >= 0 && c.isPerson(x, es[j].u); j-- {
						people = append([]int{es[j].u}, people...)
						if j == 0 || !coordGap(lower[es[j-1].ent.end:es[j].ent.start]) {
							break
						}
					}
					x.pairTitles(c, people, b.u, m[1], 0.85)
					continue
				}
				emit(a.u, b.u, m[1], "", 0.85)
				continue
			}
			// "P, O's outgoing chief executive", "P, who took over as O CEO"
			gap = ofDescriptionGap(gap) // "... chief executive of the Luxembourg satellite operator O" (roles_country_desc.go)
			if m := becomeRE.FindStringSubmatch(gap); m != nil {
				if strings.HasPrefix(strings.TrimSpace(gap), "and ") && prepObjectBefore(lower[:a.ent.start]) {
					continue // "P, who co-founded O in 1980 with Q and remains its chairman": P's, not Q's (roles_prep_object.go)
				}
				words, ok := becomeWords(m[2], b.ent.poss, tail(b.ent.end))
				if !ok {
					continue
				}
				x.rule = "title.become"
				// "P, a former judge, became chief executive of O": the
				// apposition's "former" is the person's, not the post's
				// (round 30, dev17)
				emit(a.u, b.u, words, becomeApposRE.ReplaceAllString(m[0], ""), 0.8)
				continue
			}
			if g := strings.TrimSpace(gap); g == "," || g == ", the" {
				if k+2 < len(es) && titleOfNext(c, x, lower, b.ent.end, es[k+2].u) {
					continue // "P, ORG group CEO Q": the title is Q's (roles_premod.go)
				}
				x.rule = "title.apposition"
				words := soleChief(lower, b.ent.end, tail(b.ent.end)) // "P, the Docomo chief,"
				if words == "" && b.ent.poss {
					words = thenTitle(lower, b.ent.end, tail) // "P, X's then chief executive," (roles_then.go)
				}
				emit(a.u, b.u, words, "", 0.8)
			}
		case !aPerson && bPerson:
			// "O's Chair and CEO, P", "O chief executive P", "its
			// Executive Chairman P"
			g := strings.TrimSuffix(strings.TrimSpace(gap), ",")
			if g == "" && strings.TrimSpace(gap) == "," {
				// "The chairman of O, P, ...": the title before O
				if m := titleBeforeRE.FindStringSubmatchIndex(lower[:a.ent.start]); m != nil && hasTitle(lower[m[2]:m[3]]) && !a.ent.poss &&
					!(k > 0 && c.isPerson(x, es[k-1].u) && strings.TrimSpace(lower[es[k-1].ent.end:m[2]]) == ",") {
					// not in a roster "P1, group CEO of O1, P2, ...": the
					// title is P1's (roles_roster_guard_test.go)
					m := []string{"", lower[m[2]:m[3]]}
					x.rule = "title.of-apposition"
					emit(b.u, a.u, m[1], "", 0.8)
				}
				continue
			}
			if g == "" || g == "and" || strings.HasSuffix(g, " and") {
				continue // "P is its chief executive and Q its finance chief": the title ends before "and"
			}
			if strings.HasSuffix(strings.TrimSpace(gap), ",") && k > 0 && c.isPerson(x, es[k-1].u) && strings.TrimSpace(lower[es[k-1].ent.end:a.ent.start]) == "," {
				continue // a roster "P1, O1's chief executive, P2, ...": the title is P1's
			}
			if clauseOpens(gap) {
				continue // "A buys from O, and its chief executive P said": a new clause, whose "its" is A (roles_scope.go)
			}
			if commaTitleReport(gap, lower[b.ent.end:]) {
				continue // "A will build software with O, chairman P told shareholders": the bare title's (roles_speaker_comma.go)
			}
			mod := lower[max(0, a.ent.start-10):a.ent.start]
			if strings.TrimSpace(gap) == g || theBefore(lower[:a.ent.start]) {
				g = bareChief(g) // "Swisscom boss P", "Docomo chief P" (roles_premod.go), "The Vodafone chief, P," (roles_then.go)
			}
			g = thenBefore(g) // "X's then chief executive, P" (roles_then.go)
			if a.ent.poss {
				g = topExecutive(g) // "X's top executive, P" (roles_after_name.go)
			}
			x.rule = "title.before"
			if last, ok := c.possListLast(a.u); ok && !pluralTitle(g) {
				emitTo(b.u, x.argOf(c.s, last), g, mod, 0.8) // "A, and B's chief executive P": B's (roles_poss_list.go)
				continue
			}
			emit(b.u, a.u, g, mod, 0.8)
			if pluralTitle(g) {
				for _, q := range c.coordPeople(x, b.u)[1:] {
					emit(q, a.u, g, mod, 0.8) // "X's co-CEOs, P and Q," (roles_coord_titles.go)
				}
			}
		}
	}
	// "Chief executive David Ha said ...", "Chairman P said ...": a title
	// with no organisation names the company the article is about.
	for _, e := range es {
		if !c.isPerson(x, e.u) {
			continue
		}
		before := lower[:e.ent.start]
		start := strings.LastIndexAny(before, ",.;:\"“”(")
		if start >= 0 && strings.TrimSpace(before[start+1:]) == "" {
			continue
		}
		words := strings.TrimSpace(before[start+1:])
		if words == "" || strings.Contains(words, "'s") || strings.Contains(words, "’s") {
			continue
		}
		first := c.firstEntity(e.u)
		if w, ok := strings.CutPrefix(words, "said "); ok && start >= 0 && strings.ContainsAny(before[:start+1], "\"”") {
			words, first = w, true // "\"...,\" said Chairman P": the quote's names are not the clause's
		}
		if i := strings.LastIndex(words, " by "); i >= 0 {
			if rels, _ := titleRels(words[i+4:]); len(rels) > 0 && !possessiveDet(words[i+4:]) {
				words = words[i+4:] // "the partnership signed in September by chief executive P" (round 33, dev20)
			}
		}
		if rels, _ := titleRels(words); len(rels) > 0 && first {
			if o := x.signedFor(c, e.u, lower[e.ent.end:]); o != "" {
				// "Group CEO P signed for e&": the company P signed for
				// (roles_signed_for.go)
				x.rule = "title.signed-for"
				for _, rel := range rels {
					x.emitFact(c.s, rel, c.args(x, e.u)[0], arg{slug: o, text: "(" + x.nameOf(o) + ")"}, "", 0.7, schema.Fact{})
				}
				continue
			}
			if t := x.bareTitleTopic(c.s, e.ent.start); t != "" && !formerOnly(c.s, t) { // roles_bare_topic.go, roles_former_appos.go
				x.rule = "title.bare"
				for _, rel := range rels {
					x.emitFact(c.s, rel, c.args(x, e.u)[0], arg{slug: t, text: "(" + x.nameOf(t) + ")"}, "", 0.6, schema.Fact{})
				}
			}
		}
	}
}

// possessiveDet reports whether words open with a possessive determiner:
// "its chief executive" is the determiner's, not the article's.
func possessiveDet(words string) bool {
	for _, d := range []string{"its ", "their ", "our ", "his ", "her "} {
		if strings.HasPrefix(words, d) {
			return true
		}
	}
	return false
}

// bareTitleRE: a title after a person with no organisation: "P, who had
// been chief executive since 2018", "P, who became president and CEO in
// April".
var bareTitleRE = regexp.MustCompile(`^(?:, \d{2,3})?, (?:who (?:has been|had been|is|was|became|becomes|remains|has served as|served as) (?:the )?([a-z&() -]+?)(?: (?:since|in|until|from|for)\b|,|\.|;| and (?:will|has|is|was)\b)|(?:the |its )?([a-z&() -]+?)(?: since [^,;.]{1,30})?,)`)

// famBareTitle reads bareTitleRE: the organisation is the company the
// article is about.
func (x *extractor) famBareTitle(c *clauses) {
	lower := strings.ToLower(c.s.text)
	for i, u := range c.us {
		if u.Kind != 'E' || !c.isPerson(x, i) {
			continue
		}
		m := bareTitleRE.FindStringSubmatch(lower[c.ents[u.ent].end:])
		if m == nil {
			continue
		}
		title := m[1]
		if strings.HasPrefix(m[2], "and ") {
			continue // "P, and the chief executive, Q": the title is Q's
		}
		if title == "" {
			// "P, chief executive since 2012, stepped down", "P, the
			// former CEO, has stayed on": an apposition of a title
			// alone.
			title = m[2]
		}
		rels, past := titleRels(title)
		t := x.bareTitleTopic(c.s, c.ents[u.ent].start) // roles_bare_topic.go
		if len(rels) == 0 || t == "" || x.otherCompanyNamed(c, t) {
			continue // roles_scope.go
		}
		mod := m[0]
		if past {
			mod += " former"
		}
		var f schema.Fact
		if k := strings.Index(m[0], " since "); k >= 0 && m[2] != "" {
			if ds := findDates(c.s.text[c.ents[u.ent].end:][k:len(m[0])], x.art); len(ds) > 0 {
				f.Since = ds[0].Date
			}
		} else if strings.HasSuffix(m[0], " since") {
			rest := c.s.text[c.ents[u.ent].end:]
			if ds := findDates(rest[len(m[0]):min(len(rest), len(m[0])+25)], x.art); len(ds) > 0 {
				f.Since = ds[0].Date
			}
		}
		x.rule = "title.bare"
		for _, rel := range rels {
			x.emitFact(c.s, rel, c.args(x, i)[0], arg{slug: t, text: "(" + x.nameOf(t) + ")"}, mod, 0.6, f)
		}
	}
}

// firstEntity reports whether entity unit u is the first in its clause.
func (c *clauses) firstEntity(u int) bool {
	for j := u - 1; j >= 0 && !c.boundary(j); j-- {
		if c.us[j].Kind == 'E' {
			return false
		}
	}
	return true
}

// isPerson reports whether entity unit u is one person (a name the
// register lists as one, or an unknown name shaped like one).
func (c *clauses) isPerson(x *extractor, u int) bool {
	ms := c.ents[c.us[u].ent].ms
	if len(ms) != 1 {
		return false
	}
	m := c.s.ms[ms[0]]
	return m.Kind == 'P' || (m.Kind == 'U' && personLike(m.Text))
}

// nationalDescription reads a country's possessive before a company noun
// ("South Korea's largest mobile carrier") as the company the article
// gave that nationality.
func (x *extractor) nationalDescription(c *clauses, u int) (arg, bool) {
	if !c.isCountry(u) || !c.ents[c.us[u].ent].poss || u+1 >= len(c.us) || c.us[u+1].Kind != 'N' || !companyNouns[c.us[u+1].Lemma] {
		return arg{}, false
	}
	country := c.s.ms[c.ents[c.us[u].ent].ms[0]].Slug
	s := x.nationalCompany(country, false, false, false)
	if s == "" {
		return arg{}, false
	}
	return arg{slug: s, text: c.s.text[c.us[u].Start:c.us[u+1].End]}, true
}

// coordinatedTitles reads titles coordinated with one it does not know:
// "chairman and chief technology officer" is a chairman; each part
// between "and" is read on its own, and a part with a word that is no
// title word says nothing.
func coordinatedTitles(ws []string) (rels []schema.Relation, past bool) {
	var part []string
	ok := true
	flush := func() {
		if len(part) > 0 && len(part) < len(ws) {
			r, p := titleRels(strings.Join(part, " "))
			if len(r) == 0 && !otherTitleHeads[part[len(part)-1]] {
				ok = false // "chief executive, and his brother": no coordinated title
			}
			for _, x := range r {
				if !slices.Contains(rels, x) {
					rels = append(rels, x)
				}
			}
			past = past || p
		}
		part = nil
	}
	for _, w := range ws {
		if w == "and" || w == "&" {
			flush()
			continue
		}
		part = append(part, w)
	}
	flush()
	if !ok {
		return nil, false
	}
	return rels, past
}

// otherTitleHeads end titles the relations do not record, which may be
// coordinated with one they do ("chairman and chief technology officer").
var otherTitleHeads = map[string]bool{"officer": true, "director": true, "president": true, "founder": true, "co-founder": true,
	"secretary": true, "treasurer": true, "head": true, "partner": true, "architect": true, "scientist": true}

// titleSpacing and tailSpacing set punctuation apart from title words
// (built once: a Replacer is costly to build per call).
var (
	titleSpacing = strings.NewReplacer(",", " ", "(", " (", ")", ") ")
	tailSpacing  = strings.NewReplacer(",", " , ", ".", " . ", ";", " ; ")
)
