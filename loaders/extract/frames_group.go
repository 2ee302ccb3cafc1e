package extract

import "regexp"

// This file finds the group of a frame (frames.go) that does not name one:
// a pronoun or a bare member noun reaches back to the last roster, the
// last group that was a sentence's subject, or the article's topic.

// frame0 is the last frame's state while it is in reach: this paragraph,
// at most two sentences back.
func (x *extractor) frame0() frameState {
	fs := x.fstate
	if fs.group == "" || fs.sent < x.paraStart || fs.sent < x.sentIdx-2 {
		return frameState{}
	}
	return fs
}

// frame1 records a frame for the sentences after it.
func (x *extractor) frame1(fs frameState) {
	fs.topic, fs.topicAt, fs.named = x.fstate.topic, x.fstate.topicAt, x.fstate.named
	fs.subject, fs.subjectAt, fs.countedAt = x.fstate.subject, x.fstate.subjectAt, x.fstate.countedAt
	fs.lone, fs.loneAt = x.fstate.lone, x.fstate.loneAt
	x.fstate = fs
}

// noteTopic counts the groups a sentence names as parties; the one named
// most often (the first on a tie) is the article's topic.
func (x *extractor) noteTopic(c *clauses, toks []token) {
	x.noteLone(c, toks)
	fs := &x.fstate
	verb := len(c.s.text)
	for _, t := range c.ts {
		if t.Pos == posVerb || t.Pos == posAux {
			verb = t.Start
			break
		}
	}
	subj := false
	for i := 0; i+1 < len(c.ts); i++ {
		if c.ts[i].Pos == posNum {
			for k := i + 1; k < len(c.ts) && k <= i+2; k++ {
				if memberKinds[c.ts[k].Lemma] || c.ts[k].Lemma == "member" || c.ts[k].Lemma == "organisation" {
					fs.countedAt = x.sentIdx
				}
			}
		}
	}
	defer func() {
		// "The fund starts with 83 members": a group noun no mention
		// resolved, as the subject, is the article's topic.
		if subj || fs.topic == "" {
			return
		}
		for i, t := range c.ts {
			if t.Start >= verb {
				return
			}
			if t.Key == "the" && i+1 < len(c.ts) && c.ts[i+1].Start < verb && (groupHeads[c.ts[i+1].Key] || frameGroupNouns[c.ts[i+1].Key]) {
				fs.subject, fs.subjectAt = fs.topic, x.sentIdx
				return
			}
		}
	}()
	for slug, m := range x.namedGroups(c, toks) {
		if fs.named == nil {
			fs.named = make(map[string]int)
		}
		fs.named[slug]++
		if !subj && m.Start < verb && !sideMention(c.s.text, m.Start) { // focus_side.go
			fs.subject, fs.subjectAt, subj = slug, x.sentIdx, true
		}
		if slug == fs.topic || fs.named[slug] > fs.named[fs.topic] {
			fs.topic, fs.topicAt = slug, x.sentIdx
		}
	}
	x.launchedGroupSubject(fs) // frames_founded_subject.go
}

// takenBack reports whether a clause is a bare negation taking back the
// one before it: "but had not applied", "but has not signed".
func takenBack(c *clauses, sp clauseSpan) bool {
	if sp.from >= len(c.ts) || sp.from == 0 || c.ts[sp.from-1].Key != "but" {
		return false
	}
	a, b := c.ts[sp.from].Start, c.ts[sp.to-1].End
	for _, m := range c.s.ms {
		if m.Start >= a && m.Start < b && isOrgKind(m.Kind) && !m.Coref {
			return false
		}
	}
	t := c.s.text[a:b]
	return negRE.MatchString(t) || neitherRE.MatchString(t) // "but neither is a founding partner"
}

// neitherRE opens a negation whose subject is the items before it:
// "but neither is a founding partner", "but none of them signed".
var neitherRE = regexp.MustCompile(`(?i)^\s*(?:neither|none)\b`)

// pronounRef reports whether the clause points back at a group with a
// pronoun no mention resolved: "Its founders", "joining them", "among
// them", "we started this".
func pronounRef(c *clauses, sp clauseSpan, cs []cue, skipped func(int) bool, rosterBefore bool) (ref, plural bool) {
	memberNoun := func(i int) bool {
		for _, cu := range cs {
			if (cu.class == cueMember || cu.class == cueFounder || cu.class == cueFoundMod) && cu.at > i && cu.at <= i+3 {
				return true
			}
		}
		return false
	}
	near := func(i int) bool {
		for _, cu := range cs {
			if cu.class != cueNeg && cu.class != cueLater && i >= cu.at-3 && i < cu.at+cu.n+3 {
				return true
			}
		}
		return false
	}
	for i := sp.from; i < sp.to; i++ {
		t := c.ts[i]
		switch t.Key {
		case "them", "they", "it", "this":
		case "its", "their":
			if !memberNoun(i) {
				continue // "its customers include" is no roster
			}
		case "that", "these", "those":
			if !rosterBefore || i+1 >= sp.to || c.ts[i+1].Pos != posNoun && c.ts[i+1].Pos != posAdj {
				continue // "that top tier" after a roster, not "said that"
			}
		default:
			continue
		}
		if skipped(t.Start) || !near(i) {
			continue // "part of its Group Technology unit" is not about a roster
		}
		resolved := false
		for _, m := range c.s.ms {
			resolved = resolved || m.Start == t.Start
		}
		// "Nimbus Systems conceived it": what a founding verb founds is a
		// group, whatever coref.go made of the pronoun.
		if !resolved || i > 0 && verbBefore(cs, i) {
			return true, t.Key == "them" || t.Key == "they" || t.Key == "their" || t.Key == "these" || t.Key == "those"
		}
	}
	return false, false
}

// rosterSubject reports whether a roster verb has the group for its
// subject or owner: "X includes A", "X now counts A", "X's members are A
// and B" - not "sponsors of X's summit included A".
func rosterSubject(c *clauses, sp clauseSpan, cs []cue, g arg) bool {
	if g.m == nil {
		return false
	}
	k := tsIndex(c.ts, g.m.Start) + 1
	for k < sp.to {
		if p := c.ts[k].Pos; p != posAdv && p != posAux && p != posPart && p != posAdj && p != posDet {
			break
		}
		k++
	}
	for _, cu := range cs {
		if cu.at != k {
			continue
		}
		if g.m.Poss {
			return cu.class == cueMember || cu.class == cueFounder || cu.class == cueFoundMod
		}
		return cu.class == cueRoster
	}
	return false
}

// groupInReach is the group a clause without one speaks of: the most
// recent of the last frame's group, the last roster's and the last group
// that was a sentence's subject. A pronoun reaches one sentence back for a
// roster ("They also include") and two for a subject ("Its founders");
// a plural pronoun only to a roster; a bare member noun ("the founding
// line-up") reaches four sentences, else the group the article names
// most.
func (x *extractor) groupInReach(pronoun, plural, anyDistance, later bool) (slug string, viaRoster bool) {
	rosterReach, subjectReach := 4, 4
	if pronoun {
		rosterReach, subjectReach, anyDistance = 1, 2, false
	}
	if plural && (x.fstate.countedAt != x.sentIdx-1 || x.fstate.subjectAt != x.sentIdx-1) {
		// "They also include" speaks of a roster, not of "the forum";
		// but "X widened its circle to 44 organisations. A and B are among
		// them" counted the group's members.
		subjectReach = -x.sentIdx - 1
	}
	best := -1
	if fs := x.fstate; fs.group != "" && fs.sent >= x.sentIdx-rosterReach && fs.sent >= x.itemSent && !x.staleRoster(fs.group, fs.sent, later) {
		slug, viaRoster, best = fs.group, true, fs.sent
	}
	if r := x.roster; r.alliance != "" && r.sent >= x.sentIdx-rosterReach && r.sent >= x.itemSent && r.sent > best && !x.staleRoster(r.alliance, r.sent, later) {
		slug, viaRoster, best = r.alliance, true, r.sent
	}
	// Without a pronoun, a sentence subject is in reach only inside the
	// paragraph, as the last frame is (frame0): a bare "founding backers"
	// that opens a paragraph may speak of a body the writer has moved on
	// to, which the previous paragraph's subject is not.
	if !pronoun && x.fstate.subjectAt < x.paraStart {
		subjectReach = -1
	}
	if a := x.fstate.subject; a != "" && x.fstate.subjectAt >= x.sentIdx-subjectReach && x.fstate.subjectAt >= x.itemSent && x.fstate.subjectAt > best {
		slug, viaRoster, best = a, false, x.fstate.subjectAt
	}
	if pronoun && !plural {
		if a, at := x.loneBefore(best); a != "" {
			slug, viaRoster, best = a, false, at
		}
	}
	if a := x.sectionFocus(pronoun || !later); a != "" && best < 0 {
		return a, false // focus_side.go
	}
	if a := x.fstate.topic; a != "" && best < 0 && (!pronoun && x.fstate.topicAt >= x.sentIdx-4 || anyDistance) && (pronoun || x.fstate.topicAt >= x.itemSent) {
		slug, viaRoster = a, false
	}
	return slug, viaRoster
}

// bareJoin reports whether the clause joins without saying what: a verb
// of joinsObject with no name after it ("signing up at launch were",
// "C joined last year"), which speaks of the group in reach. "Joined
// Google" names what was joined; "welcomed A" names no group at all.
func bareJoin(c *clauses, cs []cue) bool {
	bare := false
	for _, cu := range cs {
		if cu.class == cueJoin && adderVerbs[cu.words] && ownNameAdded(c.ts, cu.at+cu.n) {
			bare = true // "A and B added their names later" (frames_adder.go)
			continue
		}
		if cu.class != cueJoin || !joinsObject[cu.words] {
			continue
		}
		i := cu.at + cu.n
		for i < len(c.ts) && (c.ts[i].Pos == posDet || c.ts[i].Pos == posAdj) {
			i++
		}
		if i < len(c.ts) {
			for _, m := range c.s.ms {
				if m.Start == c.ts[i].Start && !m.Coref {
					return false
				}
			}
		}
		bare = true
	}
	return bare
}

// amongThe reports whether the clause places its list among a set named
// before: "are among the vendors with board seats".
func amongThe(c *clauses, cs []cue) bool {
	for _, cu := range cs {
		if cu.words == "among" && cu.at+1 < len(c.ts) && c.ts[cu.at+1].Pos == posDet {
			return true
		}
	}
	return false
}

// frameGroupNouns are nouns that, after "the", stand for a group beyond
// coref.go's groupHeads: "the fund", "the umbrella", "the taskforce".
var frameGroupNouns = map[string]bool{"fund": true, "umbrella": true, "taskforce": true, "club": true, "scheme": true, "consortia": true}

// joinsObject are the joining verbs whose object is what is joined ("A
// joined X"); the other joining verbs take the joiner as object ("X
// admitted A", "brings together A and B").
var joinsObject = map[string]bool{
	"join": true, "rejoin": true, "enlist": true, "belong": true, "sign up": true, "sign on": true,
	"come in": true, "come on board": true, "come aboard": true, "climb on board": true, "hop on board": true,
	"be in as well": true, "be in too": true, // "A and B are in as well" (coref_focus.go)
	"become member": true, "become a member": true, // "A and B became members the following year" (helper z19members)
	"become a full member": true, "become full member": true, // "A became a full member a year later" (helper z25found)
}

// verbBefore reports whether a founding or joining verb ends right before
// token i.
func verbBefore(cs []cue, i int) bool {
	for _, cu := range cs {
		if (cu.class == cueFound || cu.class == cueJoin) && cu.at+cu.n == i {
			return true
		}
	}
	return false
}
