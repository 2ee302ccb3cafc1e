package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads the organisations a sentence says "are behind" a group
// (round 22, helper z26bfound), a variant in subject position of "A and B
// are the operators behind X" (frames_behind.go):
//   - the list as the copula's subject: "A, B and C are behind it", "Five
//     operators - A, B and C - are behind the alliance", "Both A and B are
//     behind X";
//   - the list as the copula's complement after the behind-phrase: "The
//     companies behind it are A, B and C", "The founders behind the group
//     are A and B", "The operators behind X include A and B".
// As there, the members are members, and founding members when the
// sentence speaks of the group's start ("at launch", "from day one") or
// calls them its founders. "it" is the group coreference found for it
// (coref_it.go); only a group is behind-able here, so "A is behind the
// move" or "B is behind the deal" state nothing.

// A founding "with" whose object is help or money names no founder:
// "Launched by A, with support from B, it ...", "X was set up with backing
// from B", "formed in 2021 with the help of B" - B helped or paid; the
// flat "Y launched with A" rule (relations.go) stated B a founding member.

// foundHelperRE ends the text between the founding verb and its
// with-object when that object is a helper's or a funder's.
var foundHelperRE = regexp.MustCompile(`(?i)\bwith\s+(?:(?:the|a|an|some|early|financial|technical|strong|initial)\s+)*(?:support|backing|help|assistance|funding|financing|money|grants?|sponsorship|blessing|cash|capital|investment|advice)\s+(?:from|of|by)\s+(?:the\s+)?(?:[^<]|<[NX]\d+>)*?$`)

// foundHelperText reports whether the text m0 of the "Y launched with A"
// rule, whose organisations are orgs at its end, gives them as helpers.
func foundHelperText(m0, orgs string) bool {
	return foundHelperRE.MatchString(strings.TrimSuffix(m0, orgs))
}

// helperBeforeRE ends the text before a name given as a helper or
// funder: "with support from (the)", "with the backing of".
var helperBeforeRE = regexp.MustCompile(`(?i)\bwith\s+(?:(?:the|a|an|some|early|financial|technical|strong|initial)\s+)*(?:support|backing|help|assistance|funding|financing|money|grants?|sponsorship|blessing|cash|capital|investment|advice)\s+(?:from|of|by)\s+(?:the\s+)?$`)

// helperMembers are the members of a frame (indexes into s.ms, in text
// order) that a with-phrase of help or money names, with the items listed
// after the first of them ("with support from B and C").
func helperMembers(s *sent, members []int) map[int]bool {
	out := make(map[int]bool)
	prev := -1
	for _, i := range members {
		m := &s.ms[i]
		if helperBeforeRE.MatchString(s.text[:m.Start]) || prev >= 0 && out[prev] && frameListGapRE.MatchString(s.text[s.ms[prev].PossEnd:m.Start]) {
			out[i] = true
		}
		prev = i
	}
	return out
}

// behindCopulaRE ends the text before a group that organisations "are
// behind".
var behindCopulaRE = regexp.MustCompile(`(?i)\b(?:is|are|were)\s+(?:(?:also|all|jointly|now|together|firmly|squarely)\s+)?behind\s+(?:the\s+)?$`)

// behindLeadRE is the text before the first organisation of such a
// subject list: nothing, "Both", or a counted noun set off by a dash or
// comma ("Five operators - ").
var behindLeadRE = regexp.MustCompile(`^["“]?(?:(?:Both|Together,)\s+|(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}[a-z]+\s+[-–—]\s+)?$`)

// behindTailRE is the text between the subject list's last organisation
// and the copula: nothing, or the dash that closes the list.
var behindTailRE = regexp.MustCompile(`^\s*(?:[-–—]\s*)?$`)

// spacedDashRE opens the text after a name with a dash set off by spaces,
// which closes a list ("A and B - are behind it"), not a compound
// ("SKT-led").
var spacedDashRE = regexp.MustCompile(`^\s+[-–—]\s`)

// behindHeadRE is a sentence opening with a definite noun phrase of
// organisations and "behind", the group to follow: "The companies behind
// (the)", "Its founders behind".
var behindHeadRE = regexp.MustCompile(`^["“]?(?:The|Its)\s+(?:(?:main|original|\w+ing)\s+)?(companies|firms|operators|carriers|telcos|vendors|members|organi[sz]ations|backers|players|founders)\s+behind\s+(?:the\s+)?$`)

// behindComplementRE is the copula after such a group, to the first
// organisation of the complement list.
var behindComplementRE = regexp.MustCompile(`^\s+(?:(?:are|were|include|included)\s+(?:(?:also|now)\s+)?)(?:the\s+)?$`)

// behindItRE is the copula and "it" of "A, B and C are behind it".
var behindItRE = regexp.MustCompile(`(?i)\b(?:is|are|were)\s+(?:(?:also|all|jointly|now|together|firmly|squarely)\s+)?behind\s+it\b`)

// famBehindCopula states the organisations a group is said to have behind
// it.
func (x *extractor) famBehindCopula(c *clauses, toks []token) {
	s := c.s
	if !containsFold(s.text, "behind") || frameDenied(s.text) {
		return
	}
	gi, after := -1, false
	for i := range s.ms {
		m := &s.ms[i]
		if m.Kind != 'A' || m.Slug == "" || m.Poss {
			continue
		}
		before := s.text[:m.Start]
		isCopula := behindCopulaRE.MatchString(before)
		isHead := !isCopula && behindHeadRE.MatchString(before)
		if !isCopula && !isHead {
			continue
		}
		if gi >= 0 {
			return // two groups: the sentence does not say which
		}
		gi, after = i, isHead
	}
	var group arg
	var members []int
	end := 0
	switch {
	case gi >= 0:
		g := &s.ms[gi]
		slug := g.Slug
		if b := x.placeholder[slug]; b != "" {
			slug = b
		}
		if g.Coref && x.focus != slug {
			return // "it" given a group the focus does not hold: two groups compete
		}
		group, end = arg{m: g, slug: slug, text: g.Text}, g.End
		if after {
			members = x.behindComplement(s, toks, gi)
		} else {
			members = x.behindSubject(s, toks, behindCopulaRE.FindStringIndex(s.text[:g.Start])[0])
		}
	default:
		loc := behindItRE.FindStringIndex(s.text)
		if loc == nil {
			return
		}
		members = x.behindSubject(s, toks, loc[0])
		g := x.behindFocus(c, members)
		if g == "" {
			return
		}
		group, end = arg{slug: g, text: "it"}, loc[1]
	}
	if len(members) == 0 {
		return
	}
	rel := schema.RelMemberOf
	x.rule = "frame:member"
	if startRE.MatchString(s.text[end:]) || after && behindHeadRE.FindStringSubmatch(s.text[:s.ms[gi].Start])[1] == "founders" {
		rel = schema.RelFoundingMember
		x.rule = "frame:founding"
	}
	listed := regionListed(s, members)
	for _, i := range members {
		m := &s.ms[i]
		if m.Kind == 'U' && m.Cue == "" && !listed[i] && len(members) < 2 || affiliation(s, toks, i) {
			continue
		}
		for _, ar := range x.argOf(s, i) {
			if ar.slug == group.slug {
				continue
			}
			x.emitFact(s, rel, ar, group, s.text, 0.65, schema.Fact{})
		}
	}
}

// behindFocus is the group "it" stands for in "A, B and C are behind it"
// when coreference gave the pronoun no group (the nearest company of the
// list took it): the group in focus (coref_focus.go, which keeps none when
// the last sentence naming groups named two), named within the last three
// sentences, with no other organisation named since and no group named in
// this sentence; "" otherwise.
func (x *extractor) behindFocus(c *clauses, members []int) string {
	if len(members) == 0 {
		return ""
	}
	for _, m := range c.s.ms {
		if m.Kind == 'A' && m.Slug != "" {
			return "" // a group of its own clause: coreference chose it, or another
		}
	}
	return x.focusRecent(c, x.sentIdx) // found_pronoun.go
}

// behindSubject is the organisations listed as the subject of the copula
// at byte cop ("A, B and C are behind it"), or none when anything but a
// list stands before the copula.
func (x *extractor) behindSubject(s *sent, toks []token, cop int) []int {
	var members []int
	prev := -1
	for i := range s.ms {
		m := &s.ms[i]
		if m.End > cop {
			break
		}
		if prev < 0 {
			if !behindLeadRE.MatchString(s.text[:m.Start]) {
				return nil
			}
		} else if !frameListGapRE.MatchString(s.text[s.ms[prev].End:m.Start]) {
			return nil
		}
		if m.Kind != 'C' && m.Kind != 'U' || m.Poss || modifierUse(toks, m) && !spacedDashRE.MatchString(s.text[m.End:]) {
			return nil
		}
		members = append(members, i)
		prev = i
	}
	if prev < 0 || !behindTailRE.MatchString(s.text[s.ms[prev].End:cop]) {
		return nil
	}
	return members
}

// behindComplement is the organisations listed after the copula that
// follows group gi ("The companies behind it are A, B and C"), the list
// running to the end of the sentence.
func (x *extractor) behindComplement(s *sent, toks []token, gi int) []int {
	g := s.ms[gi]
	var members []int
	prev := -1
	for i := gi + 1; i < len(s.ms); i++ {
		m := &s.ms[i]
		if prev < 0 {
			if !behindComplementRE.MatchString(s.text[g.End:m.Start]) {
				return nil
			}
		} else if !frameListGapRE.MatchString(s.text[s.ms[prev].End:m.Start]) {
			return nil
		}
		if m.Kind != 'C' && m.Kind != 'U' || m.Poss || modifierUse(toks, m) {
			return nil
		}
		members = append(members, i)
		prev = i
	}
	if prev < 0 || strings.TrimSpace(strings.TrimRight(s.text[s.ms[prev].End:], ".!\"”")) != "" {
		return nil
	}
	return members
}
