package extract

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// sentence reads one sentence: its mentions, its facts, and what it leaves
// for the next ones (the alliance under discussion, the last company, the
// last person, dated events).
func (x *extractor) sentence(st sentence) {
	x.foundedNow = ""
	x.para = st.Para
	if st.First {
		x.prevParaLen, x.paraStart = x.sentIdx-x.paraStart, x.sentIdx
		// An interview's answers speak for the interviewee's company.
		x.inAnswer = strings.HasPrefix(st.Text, "A:") || strings.HasPrefix(st.Text, "A :") || x.answerGoesOn(st.Text) || x.plainAnswer(st)
		x.aboutGoesOn(st) // sentence_lines.go
		if !x.runGoesOn(st.Text) {
			x.runPara = st.Para
		}
	}
	toks := tokenize(st.Text)
	ms := x.findMentions(st.Text, toks)
	ms = honorificPrefixes(st.Text, ms)   // mention_honorific.go
	ms = x.dropGenericGroups(st.Text, ms) // mention_generic_group.go
	ms = x.definitions(st.Text, ms)
	sameSentenceSurnames(ms)    // names_same_sentence.go
	x.noteDescriptors(toks, ms) // coref_descriptor.go
	x.groupAppositions(st.Text, ms)
	s := &sent{text: st.Text, ms: ms, dates: findDates(st.Text, x.art)}
	x.noteFailedVentures(s) // coref_plural_near.go
	x.noteAbout(st, s)
	x.noteBylinePerson(s)     // roles_byline.go
	x.noteSection(st, s)      // about.go
	x.noteGroupHeading(st, s) // heading_group.go
	x.bindPlaceholders(s)
	x.prepare(s)
	x.noteHosts(s, toks)
	x.noteEvents(s)
	x.famItemNation(st, s)       // hq_items.go
	x.famItemBracket(st, s)      // hq_item_bracket.go
	x.famItemTitles(st, s)       // roles_items.go
	x.famItemPeople(st, s)       // roles_item_people.go
	x.famItemPersonTitles(st, s) // roles_item_person.go
	x.rule = "nationality description"
	x.groupNations(s) // hq_group.go
	for _, m := range s.ms {
		if m.Nation != "" && m.Slug != "" && !x.otherNation(s, toks, m) {
			a := arg{m: &m, slug: m.Slug, text: m.Text}
			c := arg{slug: m.Nation, text: m.Text}
			x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(a, m.Slug), Object: x.mention(c, m.Nation)}, 0.7)
			if _, ok := x.hq[m.Slug]; !ok {
				x.hq[m.Slug] = m.Nation
			}
		}
	}
	from := len(x.facts)
	x.famCountedRest(s, toks) // counted_rest.go
	lower := strings.ToLower(s.text)
	needs := ruleNeeds()                // regex_prefilter.go
	lowSk, okSk := ruleText(s.sk)       // the texts the rules read, lower-cased once
	lowFlat, okFlat := ruleText(s.flat) // for their literal prefilters
	var gLower, gSk, gFlat bytePairs
	gLower.fill(lower)
	gSk.fill(lowSk)
	gFlat.fill(lowFlat)
	for i, r := range rules {
		if !containsAnyIn(&gLower, lower, r.keys) && len(r.keys) > 0 {
			continue // the regular expression cannot match: save its cost
		}
		text, low, ok, g := s.sk, lowSk, okSk, &gSk
		if r.flat {
			text, low, ok, g = s.flat, lowFlat, okFlat, &gFlat
		}
		if ok && i < len(needs) && !mayMatch(low, needs[i], g) {
			continue // none of the literals every match holds: the same
		}
		x.rule = r.name
		for _, m := range r.re.FindAllStringSubmatch(text, -1) {
			r.fn(x, s, m)
		}
	}
	x.dealFragment(s) // invest_deal_line.go
	x.structural(s, toks)
	x.noteCountedRest(s, toks, from) // counted_rest.go
	x.soDid(s, from)                 // member_so_did.go
	x.ellipsis(s, from)              // ellipsis.go
	x.titleCoordOrgs(s, from)        // roles_coord_orgs.go
	x.learnedPass(s, toks, from)     // learned.go
	// State for the next sentence.
	var orgs []string
	alliSet := false
	for mi, m := range s.ms {
		if m.Kind == 'G' {
			// "The partners are not strangers. Both ...": a group's
			// members carry to the next sentence like names.
			if x.track {
				x.noteCoref(st, m.Text, m.Group...)
				x.noteSpan(st, m, m.Group...)
			}
			for _, g := range m.Group {
				if !slices.Contains(orgs, g) {
					orgs = append(orgs, g)
				}
			}
		}
		if m.Slug == "" {
			continue
		}
		if x.track && m.Coref {
			x.noteCoref(st, m.Text, m.Slug)
		} else if x.track {
			x.noteLinked(st, m.Slug)
		}
		if x.track {
			x.noteSpan(st, m, m.Slug)
		}
		if _, ok := x.firstSeen[m.Slug]; !ok {
			x.firstSeen[m.Slug], x.firstPos[m.Slug] = x.sentIdx, m.Start
		}
		if last, ok := x.lastSeen[m.Slug]; !ok || last != x.sentIdx {
			x.lastPos[m.Slug] = m.Start
		}
		x.lastSeen[m.Slug] = x.sentIdx
		if m.Kind == 'N' {
			x.lastCountry, x.lastCountryAt = m.Slug, x.sentIdx // "the country's" (coref_country_poss.go)
		}
		switch m.Kind {
		case 'C', 'V':
			if !m.Coref || m.End-m.Start <= 3 {
				// a description ("the US company") is no sign of which
				// company the article is about; a pronoun is
				x.counts[m.Slug]++
			}
			if !slices.Contains(orgs, m.Slug) {
				orgs = append(orgs, m.Slug)
			}
		case 'A':
			if !m.Coref {
				x.alliN[m.Slug]++
			}
			if !alliSet && !sideMention(s.text, m.Start) && (x.curAlli == "" || !employerMention(s.text, m.Start)) && !ownerModifier(s, mi) && !topicModifier(toks, &s.ms[mi]) { // focus_side.go, focus_employer.go, lexicon_owner_cut.go, focus_modifier.go
				// The first alliance a sentence names is its topic ("Open
				// Telco AI, a worldwide effort the GSMA unveiled").
				x.curAlli, alliSet, x.curAlliAt = m.Slug, true, x.sentIdx
				if b := x.placeholder[m.Slug]; b != "" {
					x.curAlli = b
				}
			}
		case 'P':
			x.lastPerson = m.Slug
			// Later sentences may call a person by surname alone ("Choi").
			if w := strings.Fields(m.Text); len(w) > 1 && !m.Coref {
				if last := w[len(w)-1]; !x.lx.hasOneWord(wordKey(last)) {
					x.lx.define(last, m.Slug)
				}
				x.defineParticleSurname(w, m.Slug) // names_order.go
				x.defineFamilyFirst(w, m.Slug)     // names_order.go
				x.defineGivenName(w, m.Slug)       // names_order.go
				x.defineHonorificGiven(w, m.Slug)  // names_honorific.go
				x.familyGivenNames(w)              // names_given.go
			}
		}
	}
	x.foundedHere = ""
	if x.foundedNow != "" {
		x.curAlli, x.curAlliAt = x.foundedNow, x.sentIdx
		x.foundedHere = x.curAlli
		if b := x.placeholder[x.curAlli]; b != "" {
			x.curAlli = b
		}
		x.foundedNow = ""
	}
	x.prev2Orgs, x.prev2OrgsPara = x.prevOrgs, x.prevOrgsPara
	x.prevOrgs, x.prevOrgsPara = orgs, x.para
	x.lastSent = s
	x.noteLastGroup(s)  // coref_that_one.go
	x.noteBackground(s) // focus_subordinate.go
	x.noteLists(s)      // coref_lists.go
	x.noteFocus(s)      // coref_focus.go
	x.noteApart(s)      // focus_denied.go
	oldFirst := x.prevFirst
	x.prevSubj = ""
	x.prevFirst = ""
	x.prevOpener = x.openerOrg(s) // coref_opener.go
	x.noteParaOpener(s)           // roles_focus.go
	x.subjPerson = x.openingPerson(s)
	x.prevFirstPerson = firstOfSeveral(s) // coref_he_first.go
	for _, m := range s.ms {
		if m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V' || m.Kind == 'A') {
			x.prevFirst = m.Slug
			if b := x.placeholder[m.Slug]; b != "" {
				x.prevFirst = b
			}
			break
		}
	}
	if len(orgs) > 1 && inFormerAppos(s.text, s.ms, orgs[0], len(s.text)) {
		orgs = orgs[1:] // "P, a former scientist at X, runs it" (coref_former_appos.go)
	}
	if len(orgs) > 0 && !x.agentFirst(s, toks, orgs[0]) { // coref_it_agent.go
		x.prevSubj = orgs[0]
		x.subjects[orgs[0]]++
	}
	if u := possUnitOpener(s); u != "" && len(orgs) > 1 && orgs[1] == u {
		x.prevSubj, x.prevFirst = u, u // "X's venture arm, Y, has become ...": Y is what the next sentence's pronouns mean (coref_poss_unit_opener.go)
	}
	x.prevIt = x.nextSubject(s, toks, x.prevFirst, oldFirst) // coref_subject_next.go
	if n := x.laterName(s); n != "" {
		x.prevSubj = n // "The company will be called J. It ..." (coref_named_later.go)
	}
}

// hasAny reports whether s contains one of keys, or keys is empty.
func hasAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return len(keys) == 0
}

// definitions handles "Singapore Telecommunications Ltd. (SingTel)": a name
// followed by a bracketed short form. The two become one mention, and the
// short form (or the long one) names the same entity for the rest of the
// article.
func (x *extractor) definitions(text string, ms []mention) []mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+2 < len(ms) && isOrgKind(m.Kind) && m.Kind != 'G' && !m.Coref && ms[i+1].Coref && isOrgKind(ms[i+2].Kind) && !ms[i+2].Coref &&
			x.aliasDefinition(text, &m, &ms[i+2]) {
			// "X, the operator known as du,": the description between the
			// two names is the alias's, no mention of its own (alias_lower.go)
			out = append(out, m)
			i++
			continue
		}
		if i+1 < len(ms) && (isOrgKind(m.Kind) && m.Kind != 'G' && !m.Coref) && isOrgKind(ms[i+1].Kind) && !ms[i+1].Coref {
			if x.aliasDefinition(text, &m, &ms[i+1]) {
				out = append(out, m)
				continue
			}
			n := ms[i+1]
			gap := strings.TrimSpace(text[m.PossEnd:n.Start])
			closeAt := n.End
			if q := quotedAlias(text, gap, closeAt); q > 0 {
				gap, closeAt = "(", q // KDDI Corporation ("KDDI") (clause_alias_pair.go)
			}
			if gap == "(" && !m.Poss && closeAt < len(text) && text[closeAt] == ')' && !strings.ContainsAny(text[n.Start:n.End], ":;,") {
				long, short := m, n
				merged := long
				merged.End, merged.PossEnd = closeAt+1, closeAt+1
				merged.Poss = false
				if closeAt+1 < len(text) {
					rest := text[closeAt+1:]
					if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
						merged.Poss = true
						merged.PossEnd = closeAt + 1 + len("’s")
						if strings.HasPrefix(rest, "'s") {
							merged.PossEnd = closeAt + 3
						}
					}
				}
				merged.Text = text[merged.Start:merged.End]
				switch {
				case long.Slug != "":
					x.lx.define(text[short.Start:short.End], long.Slug)
				case short.Slug != "":
					merged.Slug, merged.Kind, merged.Cue = short.Slug, short.Kind, ""
					x.lx.define(strings.TrimSpace(longName(long, text)), short.Slug)
				case long.Cue != "":
					if slug := x.discover(&merged, ""); slug != "" {
						x.lx.define(text[short.Start:short.End], slug)
					}
				default:
					out = append(out, m)
					continue
				}
				out = append(out, merged)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

func longName(m mention, text string) string {
	if m.Name != "" {
		return m.Name
	}
	return text[m.Start:m.End]
}

// bindPlaceholders names an alliance that was introduced before its name
// ("a new industry body ... The group has been christened the Global Telco
// AI Alliance"): the first alliance named for the first time within two
// sentences after it.
func (x *extractor) bindPlaceholders(s *sent) {
	// in the order they were introduced, so two unbound ones bind the same
	// way on every run
	phs := slices.SortedFunc(maps.Keys(x.placeholder), func(a, b string) int {
		return cmp.Or(cmp.Compare(x.phSince[a], x.phSince[b]), cmp.Compare(a, b))
	})
	x.bindApposed(s) // appos_placeholder.go
	for _, ph := range phs {
		if bound := x.placeholder[ph]; bound != "" || x.sentIdx-x.phSince[ph] > 2 {
			continue
		}
		phAt := -1
		for i, m := range s.ms {
			if m.Slug == ph {
				phAt = i
			}
		}
		for i, m := range s.ms {
			if m.Kind != 'A' || m.Coref || strings.HasPrefix(m.Slug, "_new") || m.Slug == "" {
				continue
			}
			if _, seen := x.firstSeen[m.Slug]; seen {
				continue
			}
			if x.phSince[ph] == x.sentIdx && i < phAt {
				continue
			}
			if phAt >= 0 && i > phAt && prepBefore(s.text[:m.Start]) {
				continue // "head a new working group at the X": part of X, not X (round 25)
			}
			x.bindPlaceholder(ph, m.Slug)
			break
		}
	}
}

// bindPlaceholder names placeholder ph as alliance slug, with the members
// read for it so far.
func (x *extractor) bindPlaceholder(ph, slug string) {
	x.placeholder[ph] = slug
	for _, mem := range x.members[ph] {
		if !slices.Contains(x.members[slug], mem) {
			x.members[slug] = append(x.members[slug], mem)
		}
	}
	if x.curAlli == ph {
		x.curAlli = slug
	}
}

// result finishes the facts: placeholders replaced by the alliance they
// turned out to be (facts about one never named are dropped), and a
// memberOf dropped where the same article states the founding membership.
func (x *extractor) result() []schema.Fact {
	var out []schema.Fact
	seen := make(map[string]bool)
	subst := func(m *schema.Mention) bool {
		if !strings.HasPrefix(m.ID, "_new") {
			return true
		}
		b := x.placeholder[m.ID]
		m.ID = b
		return b != ""
	}
	var facts []schema.Fact
	for _, e := range x.facts {
		f := e.Fact
		if e.unlessNamed != "" && x.placeholder[e.unlessNamed] != "" {
			continue // the alliance was named: its founders, not partners (partner_unnamed.go)
		}
		if !subst(&f.Subject) || (f.Object.ID != "" && !subst(&f.Object)) {
			continue
		}
		facts = append(facts, f)
	}
	founding := make(map[string]bool)
	for _, f := range facts {
		if f.Relation == schema.RelFoundingMember {
			founding[f.Subject.ID+"|"+f.Object.ID] = true
		}
	}
	for _, f := range facts {
		if f.Relation == schema.RelMemberOf && founding[f.Subject.ID+"|"+f.Object.ID] {
			continue
		}
		k := factKey(f)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return x.withLearned(out, subst)
}

// prepBefore reports whether the text before a name ends with a
// preposition (and "the"): the name is the object of a phrase, "at the
// X", "of X", "within the X", not what a description before it is called.
func prepBefore(before string) bool {
	w := strings.Fields(before)
	if len(w) > 0 && strings.EqualFold(w[len(w)-1], "the") {
		w = w[:len(w)-1]
	}
	return len(w) > 0 && groupOutsidePreps[strings.ToLower(w[len(w)-1])]
}

// groupOutsidePreps put a named group outside the description before them.
var groupOutsidePreps = map[string]bool{"at": true, "of": true, "within": true, "inside": true, "under": true}
