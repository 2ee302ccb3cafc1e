package extract

import "strings"

// This file resolves a sentence-initial "Its <title>" ("Its chair, P,
// said ...", "Its chief executive is P") to the organisation that opened
// the previous sentence - its grammatical subject, named or described -
// rather than to the organisation that sentence named first among its
// objects or agents: in "The alliance was launched by A, B and C. Its
// chair, P, ..." the chair is the alliance's, not A's.

// openerOrg is the organisation (company, venture or alliance; named, or a
// description the extractor resolved) whose mention opens s, after at most
// an opening quote; "" when s opens with anything else.
func (x *extractor) openerOrg(s *sent) string {
	from := 0
	if e := frontedEnd(s.text); e > 0 {
		from = e // "Created by A and B, it is ...": the subject after the phrase (coref_fronted.go)
	}
	for _, m := range s.ms {
		if m.Start < from {
			continue
		}
		if m.Start > from+1 && !(m.Kind == 'A' && strings.EqualFold(strings.TrimSpace(s.text[from:m.Start]), "the") && !strings.HasPrefix(s.text[m.End:], "-")) {
			break // "The Open Fabric Alliance was set up by A and B" opens with the group (round 25)
		}
		if m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V' || m.Kind == 'A') {
			if b := x.placeholder[m.Slug]; b != "" {
				return b
			}
			return m.Slug
		}
	}
	return ""
}

// itsOpener is what a sentence-initial "Its" refers to when the sentence
// names no organisation before it: the previous sentence's opener; ""
// when "its" is not the sentence's first word or no organisation opened
// the previous sentence.
func (x *extractor) itsOpener(toks []token, i int) string {
	if i != 0 || len(x.curOrgs) > 0 {
		return ""
	}
	if g := x.pluralOpenerGroup(); g != "" {
		return g
	}
	return x.prevOpener
}

// pluralOpenerGroup is the one group the previous sentence named when
// companies joined by "and" opened it ("A and B set up the Open Fabric
// Alliance in 2023. Its chair is P"; round 25): "its" is singular, so not
// theirs, and the group is the one thing the sentence was about.
func (x *extractor) pluralOpenerGroup() string {
	s := x.lastSent
	if s == nil || x.prevOpener == "" || len(s.ms) < 3 {
		return ""
	}
	var first, next *mention
	for k, m := range s.ms {
		if first == nil && (m.Slug == x.prevOpener || x.placeholder[m.Slug] == x.prevOpener) {
			first = &s.ms[k]
		}
	}
	for k, m := range s.ms {
		if first != nil && m.Start >= first.End && (next == nil || m.Start < next.Start) {
			next = &s.ms[k]
		}
	}
	if next == nil {
		return ""
	}
	if join := strings.TrimSpace(s.text[first.End:next.Start]); join != "and" && join != "," || next.Kind != 'C' {
		return ""
	}
	group := ""
	for _, m := range s.ms {
		if m.Kind == 'A' && m.Slug != "" && m.Slug != group {
			if group != "" {
				return "" // two groups: which one is not said
			}
			group = m.Slug
		}
	}
	return group
}
