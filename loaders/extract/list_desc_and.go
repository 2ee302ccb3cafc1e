package extract

import (
	"regexp"
	"strings"
)

// This file lets a description be an item of a two-item list (round 22,
// helper z26jv): "The Japanese carrier and the Korean portal each own half
// of J", "a venture between the French group and China Huaxin", "T-Mobile
// and the private equity firm share it". A resolved description joined to
// another organisation by a bare "and" is a list item: with no comma
// between them it cannot be an apposition ("Nokia, the Finnish vendor,"),
// which is why gapJoins refuses descriptions elsewhere. Pronouns ("it",
// "its", "they") stay out, and so does a pair whose two items are one
// entity ("Orange and the French operator"), a description two entities
// the article described fit ("A, a mobile carrier, and B, a mobile
// carrier, ... The mobile carrier and C": coreference picked one, the
// list does not build on the guess), a reference to a venture
// ("holds 51% of the venture and ...") and an item a share follows, the
// gapped owner of a second clause ("A holds 51% of J and the Korean
// operator 49%").

// gappedShareRE is a share right after a list's last item: the gapped
// second clause "... and B 49 percent", "and B the remaining 40%".
var gappedShareRE = regexp.MustCompile(`^\s*(?:the (?:other|remaining|rest)\b|\d)`)

// descAndJoins reports whether mentions a and b, one of them a resolved
// description, are joined by a bare "and" into one list.
func (x *extractor) descAndJoins(s *sent, a, b int, gap string) bool {
	ma, mb := s.ms[a], s.ms[b]
	if !ma.Coref && !mb.Coref || ma.Kind == 'G' || mb.Kind == 'G' {
		return false
	}
	if g := strings.TrimSpace(gap); g != "and" && g != "&" || strings.ContainsAny(gap, "\n") {
		return false
	}
	for _, m := range []mention{ma, mb} {
		if m.Slug == "" || m.Coref && (!describedMention(m.Text) || ventureRefRE.MatchString(strings.ToLower(m.Text))) {
			return false
		}
	}
	if ma.Coref && x.descAmbiguous(ma.Text, mb.Slug) || mb.Coref && x.descAmbiguous(mb.Text, ma.Slug) {
		return false
	}
	if gappedShareRE.MatchString(s.text[mb.PossEnd:]) {
		return false
	}
	return ma.Slug != mb.Slug
}

// describedMention reports whether a mention's text is a definite
// description ("the German group", "The Korean carrier"), not a pronoun.
func describedMention(text string) bool {
	t := strings.ToLower(text)
	return strings.HasPrefix(t, "the ") && len(strings.Fields(t)) >= 2
}

// descAmbiguous reports whether a description's head and modifiers fit
// two or more entities the article described, leaving out other.
func (x *extractor) descAmbiguous(text, other string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 {
		return false
	}
	head := descHead(ws[len(ws)-1])
	return len(x.descFits(head, ws[1:len(ws)-1], map[string]bool{other: true})) >= 2
}
