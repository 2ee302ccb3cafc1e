package extract

import (
	"regexp"
	"strings"
)

// An indefinite group description apposed to a group's name describes
// that group: in "EdgeNet, a new industry body, said ..." the placeholder
// coref.go made of "a new industry body" (an alliance to be named later)
// is EdgeNet, not a second group waiting for its name. Left unbound, it
// stood beside EdgeNet as a second group in reach, and "the alliance",
// "the group" or "its founding members" in the sentences after it found
// two candidates and resolved to neither; the members those sentences
// list (often with the group named only in the headline or the first
// sentence) were lost.

// The same holds for a copula between the name and the description
// (round 17, probed on real news): in "EdgeNet is a global consortium
// set up by A and B" the consortium is EdgeNet, and the founders belong
// to it; left unbound, the frame saw two groups and stated nothing.

// placeholderCopulaRE is what may stand between a group's name and an
// indefinite group description that predicates of it.
var placeholderCopulaRE = regexp.MustCompile(`^(?:,|(?:is|was|remains|became|has become|has been)(?: (?:now|also|still))?)$`)

// The description may come first, the name in apposition after it
// (round 24): "A new industry group, the Open Fabric Alliance, was
// launched on Monday". With the name already in the headline, the
// placeholder was left a second group beside it, and the founding and
// "its founding members" after it went to neither.

// placeholderBeforeRE is what may stand between an indefinite group
// description and the name apposed after it.
var placeholderBeforeRE = regexp.MustCompile(`^,(?: the)?$`)

// bindApposed binds each placeholder of sentence s that follows a comma
// or a copula right after an alliance's name to that alliance, and each
// that a comma puts right before an alliance's name.
func (x *extractor) bindApposed(s *sent) {
	for i := 0; i+1 < len(s.ms); i++ {
		m, next := s.ms[i], s.ms[i+1]
		if !strings.HasPrefix(m.Slug, "_new") || x.placeholder[m.Slug] != "" || x.phSince[m.Slug] != x.sentIdx {
			continue
		}
		if next.Kind != 'A' || next.Coref || next.Poss || next.Slug == "" || strings.HasPrefix(next.Slug, "_new") {
			continue
		}
		if placeholderBeforeRE.MatchString(strings.TrimSpace(s.text[m.End:next.Start])) {
			x.bindPlaceholder(m.Slug, next.Slug)
		}
	}
	for i := 1; i < len(s.ms); i++ {
		m, prev := s.ms[i], s.ms[i-1]
		if !strings.HasPrefix(m.Slug, "_new") || x.placeholder[m.Slug] != "" || x.phSince[m.Slug] != x.sentIdx {
			continue
		}
		if prev.Kind != 'A' || prev.Coref || prev.Poss || prev.Slug == "" || strings.HasPrefix(prev.Slug, "_new") {
			continue
		}
		if !placeholderCopulaRE.MatchString(strings.TrimSpace(s.text[prev.End:m.Start])) {
			continue
		}
		x.bindPlaceholder(m.Slug, prev.Slug)
	}
}
