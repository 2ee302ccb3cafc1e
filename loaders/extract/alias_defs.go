package extract

import (
	"regexp"
	"strings"
)

// aliasGapRE is the wording between two names of one organisation: "Emirates
// Telecommunications Group, which trades as e&", "Saudi Telecom Company,
// known as stc", "X, also known as Y", "X, formerly known as Y", "X, the
// operator known as du" (round 43, dev27).
var aliasGapRE = regexp.MustCompile(`^,?\s*(?:(?:which|that|who) (?:now )?(?:trades|operates|does business|is known|is branded) as|(?:(?:the|an?) (?:[\w-]+ ){0,3}?(?:operator|company|group|carrier|firm|brand|business|provider|telco) )?(?:now |also |better |formerly |previously |widely )?(?:known|branded|trading) as)$`)

// aliasDefinition makes m and n, two names joined by aliasGapRE, one entity:
// the one the register knows names the other for the rest of the article.
// It reports whether it did.
func (x *extractor) aliasDefinition(text string, m, n *mention) bool {
	if m.Coref || n.Coref || m.Kind == 'G' || n.Kind == 'G' || m.Kind == 'P' || n.Kind == 'P' {
		return false
	}
	if !aliasGapRE.MatchString(strings.TrimSpace(text[m.PossEnd:n.Start])) || m.Poss {
		return false
	}
	switch {
	case m.Slug != "" && n.Slug == "":
		n.Slug, n.Kind, n.Cue = m.Slug, m.Kind, ""
		x.lx.define(text[n.Start:n.End], m.Slug)
	case n.Slug != "" && m.Slug == "":
		m.Slug, m.Kind, m.Cue = n.Slug, n.Kind, ""
		x.lx.define(strings.TrimSpace(longName(*m, text)), n.Slug)
	default:
		return false
	}
	return true
}
