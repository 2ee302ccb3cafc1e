package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file is the frame layer for founding and membership: a clause-level
// reading that does not depend on the verb's exact form or the list's
// exact shape. A clause is a frame when it holds a cue from the lexicon
// below (a founding or joining verb, a roster verb with a member noun, a
// member noun with a founding modifier, "at launch"), a group (named in
// the clause, or reached through "its", "them", "they" or a bare "the
// founding line-up"), and organisations in its list region. It runs after
// the trigger families and states only the memberships they left unstated
// for that sentence, at a lower confidence, under the rules "frame:founding"
// and "frame:member".

// cueClass is what a cue word or phrase says about a clause.
type cueClass uint8

const (
	cueFound    cueClass = iota + 1 // a founding verb: found, form, set up, dream up
	cueJoin                         // a joining verb: join, sign up, admit, come on board
	cueRoster                       // a roster verb or preposition: include, be, among, make up
	cueMember                       // a member noun: member, signatory, backer, line-up
	cueFounder                      // a founder noun: founder, co-founder
	cueFoundMod                     // a founding modifier: founding, charter, inaugural
	cueLaunch                       // at the start: at launch, from day one
	cueNeg                          // no membership: sat out, no plans, neither
	cueLater                        // a joining after the start: later, since, subsequently
)

// frameLexicon holds the cues by lemma (verbs and nouns) or lower-case word,
// phrases as lemmas joined by spaces. Verbs count only where the tagger
// reads a verb, nouns only where it reads a noun.
var frameLexicon = func() map[string]cueClass {
	m := make(map[string]cueClass)
	add := func(c cueClass, list string) {
		for _, w := range strings.Split(list, ",") {
			m[strings.TrimSpace(w)] = c
		}
	}
	add(cueFound, "date from, date back to, dates from, dates back to, found, co-found, cofound, form, launch, co-launch, set up, start, create, establish, dream up, dreamt up, dreamed up, conceive, initiate, incorporate, put together, kick off, spin up, co-create, debut, announce the formation of, announce the creation of, announce the launch of, unveil the formation of")
	add(cueJoin, "join, rejoin, become member, become a member, become a full member, become full member, sign up, sign on, enlist, admit, welcome, approve, add, belong, come in, come on board, come aboard, climb on board, hop on board, bring together, unite, be in as well, be in too")
	add(cueRoster, "include, comprise, count, be, remain, complete, make up, round out, number, span, feature, among, amongst, in the fold, on board, line up, besides")
	add(cueMember, "its rank, its ranks, member, membership, signatory, backer, participant, joiner, newcomer, line-up, lineup, roster, partner list, constituent")
	add(cueFounder, "founding group, founding team, founding line-up, founding lineup, founding roster, founding list, founder, co-founder, cofounder, founding member, founding partner, founding supporter, founding contributor, founding company, founding operator, founding signatory, founding backer, founding organisation, founding organization, charter member, inaugural member, original member, initial member, launch partner, launch member, first member, first backer, first signatory")
	add(cueFoundMod, "founding, charter, inaugural, original, initial, co-founding")
	add(cueLaunch, "at launch, at the launch, at the start, at the outset, at the beginning, at inception, at its inception, at its launch, from the start, from the outset, from day one, from launch, at the founding, launch list")
	add(cueNeg, "sit out, sat out, stay out, stay away, no plan, neither, nor, outside, absent, without, except, exclude, excluding, other than, decline, refuse")
	add(cueLater, "later, since, subsequently, afterwards, afterward, since then, this year, this week, this month, now")
	return m
}()

// frameFirst holds the first word of every cue: a sentence without one
// has no frame.
var frameFirst = func() map[string]bool {
	m := make(map[string]bool)
	for w := range frameLexicon {
		f, _, _ := strings.Cut(w, " ")
		m[f] = true
	}
	return m
}()

// cueFits reports whether a one-word cue has the part of speech its class
// needs: verbs as verbs ("its launch ceremony" founds nothing), nouns as
// nouns; a phrase fits as it is.
func cueFits(c cueClass, t tagged, phrase bool) bool {
	switch c {
	case cueFound, cueJoin:
		return phrase || t.Pos == posVerb || t.Pos == posAux || t.Lemma == "dreamt"
	case cueMember, cueFounder:
		return phrase || t.Pos == posNoun || t.Pos == posPropn && !t.Upper
	case cueRoster:
		return phrase || t.Pos != posNoun
	}
	return true
}

// cue is one cue found in a clause.
type cue struct {
	class cueClass
	at    int // token index
	n     int // tokens covered
	words string
}

// frameState is what a frame leaves for the next sentences of its
// paragraph: the group its roster was of and whether it was the founding
// roster.
type frameState struct {
	group    string
	sent     int
	founding bool
	// topic is the group named most often as a party (not "the GSMA-led
	// initiative"), last named in sentence topicAt; named counts them.
	topic   string
	topicAt int
	named   map[string]int
	// subject is the last group that stood before its sentence's first
	// verb, in sentence subjectAt.
	subject   string
	subjectAt int
	// countedAt is the last sentence that counted organisations ("44
	// organisations"), which a plural pronoun may stand for.
	countedAt int
	// lone is the one group sentence loneAt named (frames_lone.go).
	lone   string
	loneAt int
}

// clauseSpan is a stretch of a sentence read as one frame: tokens [from,
// to) of clauses.ts, without the relative clauses inside it.
type clauseSpan struct {
	from, to int
	skip     [][2]int // byte ranges of relative clauses and participles
}

// frames reads the founding and membership frames of a sentence and
// states the memberships the trigger families left unstated.
func (x *extractor) frames(c *clauses, toks []token) {
	x.noteTopic(c, toks)
	x.continueRegion(c, toks)
	x.famBehind(c, toks)
	x.famBehindCopula(c, toks)
	ts := c.ts
	hit := false
	for i := 0; i < len(ts) && !hit; i++ {
		hit = frameFirst[ts[i].Lemma] || frameFirst[ts[i].Key]
		if k := ts[i].Key; !hit && ts[i].Pos == posVerb && len(k) > 3 {
			hit = frameFirst[k[:len(k)-1]] || frameFirst[k[:len(k)-2]] || frameFirst[k[:len(k)-3]] // conceived, enlisting
		}
	}
	if !hit {
		return
	}
	// Members the families stated from this sentence: a frame adds only
	// to what they left. An organisation they read as an investor here
	// ("Earlier backers include A") is no member of a group either, nor is
	// one it read as an investee ("Its portfolio includes A").
	stated := make(map[string]bool)
	for _, f := range x.facts {
		if (f.Evidence == c.s.text || f.lastSaid == x.sentIdx) && (f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember || f.Relation == schema.RelInvestedIn) {
			stated[f.Subject.ID] = true
			if f.Relation == schema.RelInvestedIn {
				stated[f.Object.ID] = true // "Its portfolio includes A and B": investees (round 26)
			}
		}
	}
	sps := splitFrameClauses(c)
	for k, sp := range sps {
		if k+1 < len(sps) && takenBack(c, sps[k+1]) {
			continue // "said it was studying membership but had not applied"
		}
		x.frame(c, toks, sp, stated)
	}
}

// splitFrameClauses cuts a sentence at clause boundaries: semicolons,
// "but", "while", and an "and" that opens a new verb ("..., and a SpaceX
// representative said"). Relative clauses (", which ... ,") and
// participles between commas (", formed in 2014,") are kept apart.
func splitFrameClauses(c *clauses) []clauseSpan {
	ts := c.ts
	var out []clauseSpan
	cur := clauseSpan{}
	if r, ok := frontedFoundingBy(c); ok {
		cur.skip = append(cur.skip, r)
	}
	cut := func(i int) {
		cur.to = i
		if cur.to > cur.from {
			out = append(out, cur)
		}
		cur = clauseSpan{from: i + 1}
	}
	for i := 0; i < len(ts); i++ {
		k := ts[i].Key
		switch {
		case amongLater(ts, cur.from, i):
			// "Twenty operators signed up; among them were A and B": one
			// clause (frames_among_later.go)
		case k == ";" && !verblessPart(ts, i+1):
			cut(i)
		case k == "when" && foundingBefore(ts, cur.from, i):
			// "X was formed in February, when A and B signed an
			// agreement": the clause names who formed it.
		case k == "but" || k == "whereas" || k == "although" || k == "though" || k == "while" || k == "when" || k == "because" || k == "unless" || k == "if" || (k == "." && i == len(ts)-1):
			cut(i)
		case k == "and" || k == "or":
			if opensClause(ts, i+1, i > 0 && ts[i-1].Key == ",") || i > 0 && ts[i-1].Key == "," && apposedSubjectClause(ts, i+1) {
				cut(i)
			}
		case k == "that" && i > 0 && ts[i-1].Pos == posNoun, k == "," && i+1 < len(ts):
			if k == "that" {
				i-- // "the group that A and B launched": a relative clause
			}
			n := ts[i+1]
			rel := n.Key == "which" || n.Key == "who" || n.Key == "whose" || n.Key == "where" || n.Key == "when" || n.Key == "that"
			part := n.Pos == posVerb && (n.Form == formPast || n.Form == formPart) && n.Key != "joined"
			aside := k == "," && exceptAside(ts, i+1)
			if !rel && !part && !aside || n.Key == "when" && foundingBefore(ts, cur.from, i) {
				continue
			}
			j := i + 1
			for j < len(ts) && ts[j].Key != "," && ts[j].Key != ";" && !(ts[j].Key == "." && j == len(ts)-1) {
				j++
			}
			if (part || aside) && (j >= len(ts) || ts[j].Key != ",") {
				continue // ", joined by A and B." ends the clause and names members
			}
			end := ts[min(j, len(ts)-1)].Start
			cur.skip = append(cur.skip, [2]int{n.Start, end})
			i = j - 1
		}
	}
	cut(len(ts))
	return out
}

// frontedFoundingBy is the byte range of a fronted founding participle
// with its agents ("Founded in 2018 by A and B, X now includes C and D"):
// the found family states those founders, and the founding is not the
// main clause's, whose list is of members (round 17, probed on real news).
func frontedFoundingBy(c *clauses) ([2]int, bool) {
	v := c.skipBullet(0)
	if v >= len(c.us) || c.us[v].Kind != 'V' || frameLexicon[c.us[v].Lemma] != cueFound || !c.bareParticiple(v) {
		return [2]int{}, false
	}
	k := c.afterFronted(v, false)
	if k < 0 || k >= len(c.us) {
		return [2]int{}, false
	}
	for j := v + 1; j < k; j++ {
		if c.us[j].Kind == 'P' && c.us[j].Lemma == "by" {
			return [2]int{c.us[v].Start, c.us[k].Start}, true
		}
	}
	return [2]int{}, false
}

// exceptAside reports whether the tokens from i open an exception set off
// by commas ("The founding members, other than its host H, include A and
// B"): it takes H out of the list, not the clause out of the frame
// (round 17, probed on real news).
func exceptAside(ts []tagged, i int) bool {
	if i+1 >= len(ts) {
		return false
	}
	k, n := ts[i].Key, ts[i+1].Key
	return k == "other" && n == "than" || (k == "apart" || k == "aside") && n == "from" || k == "except" || k == "excluding"
}

// opensClause reports whether the tokens from i open a clause of their
// own: a verb or a subject pronoun right away, or (after a comma) a verb
// before the next comma.
func opensClause(ts []tagged, i int, comma bool) bool {
	if i >= len(ts) {
		return false
	}
	if p := ts[i].Pos; p == posVerb || p == posAux || p == posPron || closedClass[ts[i].Key] == posPron {
		return true // "and we work with": a pronoun coref.go resolved still opens a clause
	}
	if !comma {
		return false
	}
	for j := i; j < len(ts) && ts[j].Key != "," && ts[j].Key != ";"; j++ {
		if p := ts[j].Pos; p == posVerb || p == posAux {
			return true
		}
	}
	return false
}

// cuesOf finds the cues of tokens [from, to), longest phrase first. A
// word is looked up by its lemma, its lower-case form and, for a verb the
// tagger does not know ("conceived"), the bases its ending allows.
func cuesOf(ts []tagged, from, to int, skipped func(int) bool) []cue {
	var out []cue
	var b strings.Builder
	for i := from; i < to; i++ {
		if skipped(ts[i].Start) {
			continue
		}
		var heads [4]string
		nh := 0
		for _, h := range [...]string{ts[i].Lemma, ts[i].Key} {
			if frameFirst[h] {
				heads[nh], nh = h, nh+1
			}
		}
		if ts[i].Pos == posVerb {
			for _, h := range endingBases(ts[i].Key) {
				if frameFirst[h] && nh < len(heads) {
					heads[nh], nh = h, nh+1
				}
			}
		}
	found:
		for n := min(4, to-i); n >= 1 && nh > 0; n-- {
			for _, h := range heads[:nh] {
				w := h
				if n > 1 {
					b.Reset()
					b.WriteString(h)
					for k := 1; k < n; k++ {
						b.WriteByte(' ')
						b.WriteString(ts[i+k].Lemma)
					}
					w = b.String()
				}
				cl, ok := frameLexicon[w]
				if !ok || !cueFits(cl, ts[i+n-1], n > 1) {
					continue
				}
				if n == 1 && cl == cueFound && ts[i].Pos != posVerb && ts[i].Lemma != "dreamt" {
					continue // "its launch ceremony"
				}
				out = append(out, cue{class: cl, at: i, n: n, words: w})
				i += n - 1
				break found
			}
		}
	}
	return out
}

// endingBases are the base forms a verb's ending allows: "conceived" may be
// conceive or conceiv, "enlisting" enlist or enliste.
func endingBases(k string) []string {
	switch {
	case strings.HasSuffix(k, "ied"):
		return []string{k[:len(k)-3] + "y"}
	case strings.HasSuffix(k, "ed"):
		return []string{k[:len(k)-1], k[:len(k)-2]}
	case strings.HasSuffix(k, "ing"):
		return []string{k[:len(k)-3], k[:len(k)-3] + "e"}
	case strings.HasSuffix(k, "es"):
		return []string{k[:len(k)-1], k[:len(k)-2]}
	case strings.HasSuffix(k, "s"):
		return []string{k[:len(k)-1]}
	}
	return nil
}

// laterRE says a joining came after the start.
var laterRE = regexp.MustCompile(`(?i)\b(?:later|since|subsequently|afterwards?|in the months after|a year after|this (?:week|month|year)|new|newest|latest|more|joiners?|newcomers?|additions?)\b|\b(?:19|20)\d\d\b`)

// frameNegRE finds what takes a membership back beyond negRE.
var frameNegRE = regexp.MustCompile(`(?i)\b(?:no (?:other )?(?:operators?|carriers?|telcos?|companies|company|firms?|vendors?|members?|one)\b|no plans?|sat out|sit out|stayed out|stays out|stay out|neither|nor|outside|absent|declined|refused|guests?|stud(?:y|ying|ied)|weigh(?:ing|s)?|explor(?:e|ing)|evaluat(?:e|ing)|consider(?:ing)?|mull(?:ing)?|assess(?:ing)?)\b`)

// frame reads one clause.
func (x *extractor) frame(c *clauses, toks []token, sp clauseSpan, stated map[string]bool) {
	ts := c.ts
	if sp.from >= len(ts) || sp.to <= sp.from {
		return
	}
	a, b := ts[sp.from].Start, ts[sp.to-1].End
	skipped := func(at int) bool {
		for _, r := range sp.skip {
			if at >= r[0] && at < r[1] {
				return true
			}
		}
		return false
	}
	cs := cuesOf(ts, sp.from, sp.to, skipped)
	cs = slices.DeleteFunc(cs, func(cu cue) bool { return cu.class == cueMember && memberOfThing(ts, cu.at+cu.n, sp.to) })
	cs = slices.DeleteFunc(cs, func(cu cue) bool { return cu.class == cueFounder && founderTitle(ts, cu.at, cu.n) }) // roles_conflict.go
	cs = slices.DeleteFunc(cs, func(cu cue) bool { return cueInName(c.s, ts[cu.at].Start) })                         // frames_cue_names.go
	if len(cs) == 0 {
		return
	}
	var has [cueLater + 1]bool
	for _, cu := range cs {
		has[cu.class] = true
	}
	if has[cueNeg] || joinedCompany(c, sp, cs) || foundedCompany(c, sp, cs) || foundsOther(c, sp, cs) { // frames_scope.go, frames_found_object.go
		return
	}
	// The group: named in the clause, else reached by a pronoun or a bare
	// member noun.
	var groups []arg
	var members []int
	for i := range c.s.ms {
		m := &c.s.ms[i]
		if m.Start < a || m.Start >= b || skipped(m.Start) {
			continue
		}
		if modifierUse(toks, m) {
			continue // "a HAPSMobile spokesperson", "Bridge Alliance carriers", "SKT-led"
		}
		switch {
		case m.Kind == 'A':
			if m.Poss && !memberNounAt(cs, ts, m.PossEnd) {
				continue // "the Radio Forum's report": an owner, not a party
			}
			slug := m.Slug
			if bnd := x.placeholder[slug]; bnd != "" {
				slug = bnd
			}
			if slug == "" || x.frameOnly != "" && slug != x.frameOnly {
				continue
			}
			dup := false
			for _, g := range groups {
				dup = dup || g.slug == slug
			}
			if !dup {
				groups = append(groups, arg{m: m, slug: slug, text: m.Text})
			}
		case m.Kind == 'C' || m.Kind == 'V' || m.Kind == 'U':
			// Group descriptions ("both", "the five IIC founders") are
			// left to the families: which list they stand for is a guess.
			if m.Poss {
				continue
			}
			if w := strings.ToLower(m.Text); w == "we" || w == "us" || w == "our" {
				continue // the speaker's company is a guess
			}
			members = append(members, i)
		}
	}
	if len(groups) == 1 && foundingAgent(c, cs, groups[0].slug) {
		// "The programme, called N, was set up by the GSMA with A and B as
		// its launch operators": the agent founded; the group is N.
		g, ok := x.foundedSubject(c, cs, a, groups[0].slug)
		if !ok {
			return
		}
		groups[0] = g
	}
	if len(groups) > 1 {
		groups, members = listedGroups(c.s, groups, members) // frames_listed_group.go
	}
	if len(groups) > 1 && x.frameOnly == "" && coordinatedGroups(c.s, groups, members) {
		x.frameEachGroup(c, toks, sp, groups) // "A is a member of X and Y" (frames_multi_group.go)
		return
	}
	if len(groups) > 1 {
		return // two groups: whose roster it is, the clause does not say
	}
	listedGroup := ""
	if len(groups) == 1 {
		groups, members, listedGroup = soleListedGroup(c.s, groups, members) // frames_listed_group.go
	}
	if len(groups) == 0 && companyRoster(c.s, members) {
		return // "A is one of the founders of Y": Y's founders, not the group's
	}
	backref, plural := pronounRef(c, sp, cs, skipped, x.frame0().group != "")
	if !backref && x.frame0().group != "" && amongThe(c, cs) {
		backref, plural = true, true
	}
	if backref && amongOwnNoun(c.ts) {
		backref = false // "About 20 investors, among them A and B, pledged"
	}
	if backref && plural && (amongApposed(c.ts) || amongLaterAny(c.ts)) {
		backref = false // "a dozen newcomers, among them A and B, joined" (coref_focus.go)
	}
	strong := has[cueJoin] || has[cueFound] || has[cueFounder] || has[cueMember] && (has[cueRoster] || has[cueJoin])
	if !strong && !(has[cueRoster] && (backref || len(groups) == 1 && rosterSubject(c, sp, cs, groups[0]))) {
		return
	}
	var group arg
	viaRoster := false
	described := ""
	if len(groups) == 0 && has[cueFound] {
		described = x.describedSubject(c, sp, cs) // "The KT-led coalition was formed"
	}
	switch {
	case len(groups) == 1:
		group = groups[0]
	case described != "":
		group = arg{slug: described, text: "(" + x.nameOf(described) + ")"}
	case backref || has[cueMember] || has[cueFounder] || has[cueLaunch] || bareJoin(c, cs):
		if sentenceGroups(c.s) > 1 {
			return // "A left X for Y, and B joined": which one, the sentence does not say (list_comma_and.go)
		}
		if rosterOfUnlinked(c, sp, cs) {
			return // "among the founders of the new edge forum": not the group in reach (frames_scope.go)
		}
		var slug string
		slug, viaRoster = x.groupInReach(backref, plural, has[cueMember] || has[cueFounder], !has[cueFound] && !has[cueFounder] && !has[cueFoundMod] && !has[cueLaunch])
		if slug == "" && backref && !plural && (has[cueMember] || has[cueFounder]) {
			slug = x.recentTopic() // "2. Who signed? Its founding members are ..."
		}
		if slug == "" && (!backref && bareJoin(c, cs) || backref && !plural && (has[cueFound] || has[cueMember] || has[cueFounder])) {
			slug = x.groupFocus(c) // "A came aboard in June", "we started this with A and B" (coref_focus.go)
		}
		if slug == "" {
			return
		}
		group = arg{slug: slug, text: "(" + x.nameOf(slug) + ")"}
	default:
		return
	}
	if group.slug == listedGroup {
		return // the listed group is no roster's owner
	}
	if len(members) == 0 && !has[cueMember] && !has[cueFounder] {
		x.countedJoiners(has[cueJoin], has[cueLaunch] || has[cueFound] || has[cueFoundMod], group.slug) // member_counted_joiners.go
		return
	}
	// The clause's text without its relative clauses, read for negation
	// and modality last: the regular expressions cost more than the rest.
	var text strings.Builder
	last := a
	for _, r := range sp.skip {
		if r[0] >= a && r[1] <= b {
			text.WriteString(c.s.text[last:r[0]])
			last = r[1]
		}
	}
	text.WriteString(c.s.text[last:b])
	clause := text.String()
	if frameNegRE.MatchString(clause) {
		return
	}
	if mod, drop := modalityOf(clause); drop || mod == schema.Planned || mod == schema.InProgress {
		return
	}
	if asNonMember(clause) || drivingForceClause(clause) {
		return // "C joined as a sponsor" (families.go nonMemberRoles); "set up with A as its driving force" (lead_driving_force.go)
	}
	if weighedMembership(clause) || x.backersInvested(c, cs, groups) {
		return // "said it was reviewing membership", "Backers include" after a round (member_backers.go)
	}
	// Founding or joining.
	founding := has[cueFounder] || has[cueLaunch] || has[cueFoundMod] && (has[cueMember] || has[cueRoster]) || has[cueFound]
	if founding && beyondFoundersRE.MatchString(clause) {
		founding = false // "Beyond the founding members, X now includes A and B"
	}
	later := has[cueLater] || laterRE.MatchString(clause)
	if !founding && !later && viaRoster && backref {
		fs := x.frame0()
		founding = fs.founding || x.roster.rel == schema.RelFoundingMember && x.roster.alliance == group.slug
	}
	rel := schema.RelMemberOf
	x.rule = "frame:member"
	if founding {
		rel = schema.RelFoundingMember
		x.rule = "frame:founding"
	}
	listed := regionListed(c.s, members)
	emitted := false
	// A frame's members stay out of the rosters coref.go counts "the two
	// companies" and "both" against: a lower-confidence reading should not
	// move what a description resolves to.
	key := group.slug
	if b := x.placeholder[key]; b != "" {
		key = b
	}
	roster := len(x.members[key])
	defer func() { x.members[key] = x.members[key][:roster] }()
	helpers := helperMembers(c.s, members) // "with support from B" (found_behind_copula.go)
	for _, i := range members {
		m := &c.s.ms[i]
		if m.Kind == 'U' && m.Cue == "" && !listed[i] || placeAfterIn(c.s, toks, m) || helpers[i] {
			continue // an unknown capitalised name needs a list of organisations around it
		}
		item := bulletItemAt(c.s.text, m.Start) // "The five founding operators are:\n- AT&T - the US carrier that has ..."
		if affiliation(c.s, toks, i) || parentAside(c.s, i) || excludedBefore(c.s, toks, i, members, listed) || !item && !inCueZone(c, cs, m.Start, skipped) ||
			joinedOne(c, cs, m) || adderSubject(c, cs, m) || leaderBefore(c.s, members, listed, i) { // frames_adder.go
			continue
		}
		for _, ar := range x.argOf(c.s, i) {
			if ar.slug != "" && stated[ar.slug] || ar.slug == group.slug || x.hostFounder(c, &has, i, ar) {
				continue
			}
			f := schema.Fact{}
			if !founding && has[cueJoin] {
				f.Since = x.dateOf(c.s)
			}
			if x.emitFact(c.s, rel, ar, group, clause, 0.65, f) {
				emitted = true
			}
		}
	}
	if emitted || has[cueFounder] || has[cueMember] {
		x.frame1(frameState{group: group.slug, sent: x.sentIdx, founding: founding})
	}
	if !emitted && len(members) == 0 && (has[cueFounder] || has[cueMember]) {
		x.openRegion(group.slug, founding) // "Its founding signatories span every continent."
	}
}

// memberNounAt reports whether a member or founder noun follows byte at
// within two tokens: "X's members", "X's founding partners".
func memberNounAt(cs []cue, ts []tagged, at int) bool {
	k := tsIndex(ts, at)
	for _, cu := range cs {
		if (cu.class == cueMember || cu.class == cueFounder || cu.class == cueFoundMod) && cu.at >= k && cu.at <= k+2 {
			return true
		}
	}
	return false
}

// ofCompanyRE ends with a founder or member noun and "of": the company
// after it owns the roster ("one of the founders of Y").
var ofCompanyRE = regexp.MustCompile(`(?i)\b(?:co-?)?(?:founders?|members?|backers?) of (?:the )?$`)

// companyRoster reports whether one of the frame's organisations follows
// "founders of" or "members of": the roster is that company's.
func companyRoster(s *sent, members []int) bool {
	for _, i := range members {
		if m := s.ms[i]; m.Kind == 'C' && ofCompanyRE.MatchString(s.text[:m.Start]) {
			return true
		}
	}
	return false
}
