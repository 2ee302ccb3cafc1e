package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file is the list region of a roster told over several sentences or
// paragraphs. A frame (frames.go) whose clause has a member or founder noun
// and a group but no names ("Its founding signatories span every
// continent.", "Its founding members are eleven organisations from each
// country. From Germany:") opens a region; the sentences after it that
// carry the roster on ("From the Americas came A, the Mexican group; B;
// and C", "D, E and F were all among the companies that signed", "the
// Asian list included G and H, with I joining them", a bulleted or
// numbered list after "And from France:") state their organisations as
// members of that group. The region closes when a sentence names another
// group, or after two sentences that carry nothing on.

// rosterRegion is an open roster whose names are still to come.
type rosterRegion struct {
	group    string
	founding bool
	last     int // the opening sentence or the last one that continued it
}

// regionGap is how many sentences may pass without a name before a region
// closes ("The European contingent was the biggest." between two parts).
const regionGap = 2

// regionLemmas are the words that carry a roster on from the sentence
// before: a verb of arriving or listing, or a list noun.
var regionLemmas = map[string]bool{
	"come": true, "include": true, "among": true, "amongst": true, "join": true, "sign": true,
	"list": true, "contingent": true, "complete": true, "round": true, "add": true, "line-up": true,
	"lineup": true, "roster": true, "rest": true, "besides": true,
}

// regionOpeners are the first words of a sentence that carries a roster on:
// "From the Americas came", "And from France:", "Also on the list".
var regionOpeners = map[string]bool{"from": true, "also": true, "among": true, "joining": true, "then": true}

// openRegion records a frame that named a roster's group but none of its
// members: the names may follow in the next sentences.
func (x *extractor) openRegion(group string, founding bool) {
	if group == "" {
		return
	}
	x.region = &rosterRegion{group: group, founding: founding, last: x.sentIdx}
}

// continueRegion states the members a sentence adds to the open region and
// reports whether it did. It runs before the sentence's own frames.
func (x *extractor) continueRegion(c *clauses, toks []token) {
	rg := x.region
	if rg == nil || x.sentIdx <= rg.last {
		return
	}
	if x.sentIdx-rg.last > regionGap+1 || rg.last < x.itemSent {
		x.region = nil // a numbered item's heading closes it too (frames_item.go)
		return
	}
	s := c.s
	// A colon list is one sentence (text.go) unless a blank line stood
	// before its first item; then each item is one.
	bullets := strings.Contains(s.text, "\n") || bulletRE.MatchString(s.text)
	from := originEnd(c)
	var members []int
	for i := range s.ms {
		m := &s.ms[i]
		if m.Start < from {
			continue // "From the Middle East and Africa came": where they are from
		}
		switch m.Kind {
		case 'A':
			slug := m.Slug
			if b := x.placeholder[slug]; b != "" {
				slug = b
			}
			if slug == rg.group || m.Poss {
				continue
			}
			if bullets && bulletItemAt(s.text, m.Start) {
				members = append(members, i) // an association among the listed members
				continue
			}
			x.region = nil // another group: another roster
			return
		case 'C', 'U', 'V':
			if bullets && !m.Coref && bulletItemAt(s.text, m.Start) {
				members = append(members, i) // "- BMW": a line's first name is an item, whatever follows it
				continue
			}
			if m.Coref || m.Poss || modifierUse(toks, m) {
				continue // "America Movil, the Mexican group": the description is the same member
			}
			members = append(members, i)
		}
	}
	if len(members) == 0 || !carriesOn(c, bullets) || !bullets && amongOwnNoun(c.ts) {
		return
	}
	listed := regionListed(s, members)
	if !bullets && len(listed) < 2 {
		return // one name is a sentence about it, not a roster
	}
	if frameDenied(s.text) || x.investeesHere(s) {
		return
	}
	rel := schema.RelMemberOf
	x.rule = "frame:member"
	head := s.text // what a "since 2013" may speak of: not an item's description
	if bullets {
		head = s.text[:bulletStart(s.text)]
	}
	if rg.founding && !laterRE.MatchString(head) {
		rel = schema.RelFoundingMember
		x.rule = "frame:founding"
	}
	group := arg{slug: rg.group, text: "(" + x.nameOf(rg.group) + ")"}
	emitted := false
	for _, i := range members {
		m := &s.ms[i]
		inList := listed[i] || bullets && bulletItemAt(s.text, m.Start)
		if !inList || !bulletItemAt(s.text, m.Start) && affiliation(s, toks, i) {
			continue
		}
		for _, ar := range x.argOf(s, i) {
			if ar.slug == rg.group {
				continue
			}
			if x.emitFact(s, rel, ar, group, s.text, 0.6, schema.Fact{}) {
				emitted = true
			}
		}
	}
	if emitted {
		rg.last = x.sentIdx
	}
}

// carriesOn reports whether a sentence carries a roster on: a bulleted
// list, an opening "From ..." or "Also ...", or a word of arriving or
// listing ("came", "included", "among", "joining them", "the Asian list").
func carriesOn(c *clauses, bullets bool) bool {
	if bullets {
		return true
	}
	for k, t := range c.ts {
		if k == 0 || k == 1 && c.ts[0].Key == "and" {
			if regionOpeners[t.Key] {
				return true
			}
		}
		if regionLemmas[t.Lemma] || regionLemmas[t.Key] {
			return true
		}
	}
	return false
}

// bulletItemAt reports whether byte at of text opens a bulleted or numbered
// line: "- BMW", "3. Atos".
func bulletItemAt(text string, at int) bool {
	ls := strings.LastIndexByte(text[:at], '\n') // -1: the text's first line
	line := text[ls+1:]
	loc := bulletRE.FindStringIndex(line)
	if loc == nil {
		return false
	}
	return ls+1+loc[1]-1 == at
}

// regionListed marks the members of a sentence that stand in its list:
// those listedMembers finds, the item that opens each part of a list cut by
// semicolons, whatever describes it ("A, the Mexican group controlled by
// the Slim family; B, the Dallas carrier; and C"), and a name added with
// "with" ("..., with Telstra joining them").
func regionListed(s *sent, members []int) map[int]bool {
	out := listedMembers(s, members)
	if strings.Count(s.text, ";") > 0 {
		parts := 0
		firsts := make(map[int]bool)
		seg := -1
		for _, i := range members {
			k := strings.Count(s.text[:s.ms[i].Start], ";")
			if k != seg {
				seg = k
				firsts[i] = true
				parts++
			}
		}
		if parts > 1 {
			for i := range firsts {
				out[i] = true
			}
		}
	}
	for k := 1; k < len(members); k++ {
		prev, i := members[k-1], members[k]
		gap := s.text[s.ms[prev].PossEnd:s.ms[i].Start]
		switch {
		case out[prev] && regionWithRE.MatchString(gap):
			out[i] = true
		case regionApposRE.MatchString(gap) && (s.ms[prev].Slug != "" || s.ms[i].Slug != ""):
			out[prev], out[i] = true, true // "A, the Finnish operator, B and C"
		}
	}
	return out
}

// regionApposRE is a describing phrase between two items of a list:
// ", the Finnish operator, " or ", Norway's largest carrier, and ".
var regionApposRE = regexp.MustCompile(`^\s*,\s*(?:(?:the|a|an)\s|[A-Z][\w-]*['’]s\s)[^,;()]{1,60},\s*(?:and\s+)?$`)

// regionWithRE is the gap before a name a list adds with "with".
var regionWithRE = regexp.MustCompile(`^\s*,?\s*(?:with|plus)\s+$`)

// originEnd is the byte after a leading "From <place> came" or "And from
// <place>:" - the place is no member - or 0 when the sentence has none.
func originEnd(c *clauses) int {
	ts := c.ts
	k := 0
	if len(ts) > 0 && ts[0].Key == "and" {
		k = 1
	}
	if k >= len(ts) || ts[k].Key != "from" {
		return 0
	}
	for j := k + 1; j < len(ts); j++ {
		if ts[j].Pos == posVerb || ts[j].Text == ":" {
			return ts[j].End
		}
	}
	return 0
}

// recentTopic is the article's topic when it was named in the last four
// sentences: what "Its founding members" speaks of after a heading or a
// sentence about something else stands between it and the group.
func (x *extractor) recentTopic() string {
	if fs := x.fstate; fs.topic != "" && fs.topicAt >= x.sentIdx-4 {
		return fs.topic
	}
	return ""
}

// verblessPart reports whether the part of a sentence from token i to the
// next semicolon (or the end) has no verb: an item of a list cut by
// semicolons ("; Axian Telecom, the Madagascar-born group;"), which is no
// clause of its own.
func verblessPart(ts []tagged, i int) bool {
	for j := i; j < len(ts) && ts[j].Key != ";"; j++ {
		if p := ts[j].Pos; p == posVerb || p == posAux {
			return false
		}
	}
	return true
}

// foundingBefore reports whether tokens [from, to) hold a founding verb in
// the passive ("was formed", "was set up") - a clause that a "when" after
// it completes with who founded.
func foundingBefore(ts []tagged, from, to int) bool {
	for j := max(from, 1); j < to; j++ {
		if j+1 < to && datesFrom(ts, j) {
			return true
		}
		phrase := j+1 < to && frameLexicon[ts[j].Lemma+" "+ts[j+1].Key] == cueFound // "set up"
		if !phrase && frameLexicon[ts[j].Lemma] != cueFound || ts[j].Pos != posVerb {
			continue
		}
		if k := ts[j-1].Key; k == "was" || k == "were" || k == "been" {
			return true
		}
	}
	return false
}

// bulletStart is the byte where a text's first bulleted or numbered item
// begins, or len(text).
func bulletStart(text string) int {
	at := 0
	for {
		if loc := bulletRE.FindStringIndex(text[at:]); loc != nil && loc[0] == 0 {
			return at
		}
		nl := strings.IndexByte(text[at:], '\n')
		if nl < 0 {
			return len(text)
		}
		at += nl + 1
	}
}

// datesFrom reports whether token j opens "dates from" or "dates back
// to": a group's start told as a date ("The alliance dates from July
// 2023, when A and B signed an MoU", helper z23found).
func datesFrom(ts []tagged, j int) bool {
	if ts[j].Lemma != "date" && ts[j].Key != "dates" && ts[j].Key != "dated" || j+1 >= len(ts) {
		return false
	}
	return ts[j+1].Key == "from" || ts[j+1].Key == "back"
}

// investeesHere reports whether the families read an investment from s:
// "Its portfolio includes A and B" lists investees, not a roster carried
// on from a membership told before (round 26).
func (x *extractor) investeesHere(s *sent) bool {
	for i := len(x.facts) - 1; i >= 0 && x.facts[i].Evidence == s.text; i-- {
		if x.facts[i].Relation == schema.RelInvestedIn {
			return true
		}
	}
	return false
}
