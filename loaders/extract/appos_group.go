package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file makes an unknown name a group when an apposition says it is
// one: "the chipmaker launched AI-WIN, an initiative to build ...", "Open
// Gateway, a GSMA programme that ...". Without it the name stays an
// unknown organisation, and "Its founders" in the next sentence reaches
// back past it to an older group.

// apposGroupRE is the apposition after a name: an article, up to three
// describing words and a group noun.
var apposGroupRE = regexp.MustCompile(`^,\s+(?:a|an)\s+((?:[\w'’&-]+\s+){0,3}?)(initiative|alliance|coalition|consortium|programme|program|forum|association|federation)\b`)

// apposStop are words that make the group noun another thing's: "a member
// of the alliance", "a partner in the consortium".
var apposStop = map[string]bool{"of": true, "in": true, "for": true, "with": true, "to": true, "and": true, "or": true, "at": true, "on": true, "by": true}

// groupAppositions retypes the unknown names that an apposition calls a
// group.
func (x *extractor) groupAppositions(text string, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != 'U' || m.Slug != "" || m.Poss || m.Coref {
			continue
		}
		sm := apposGroupRE.FindStringSubmatch(text[m.End:])
		if sm == nil {
			continue
		}
		stop := false
		for _, w := range strings.Fields(sm[1]) {
			stop = stop || apposStop[strings.ToLower(w)]
		}
		if stop {
			continue
		}
		if slug := x.discover(m, schema.TypeAlliance); slug != "" && x.typeOf(slug) == schema.TypeAlliance {
			m.Slug, m.Kind = slug, 'A'
		}
	}
}
