package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// personItsRE is the text between a sentence's opening person and "its":
// "P is still its chairman", "P remains its chief executive".
var personItsRE = regexp.MustCompile(`^(?:'s)?\s*(?:is|was|remains|remained|has been|had been)(?: still| also| now)?\s*$`)

// personIts is the company "its" stands for in "P is still its chairman and
// chief executive" when the sentence opens with a person P whom the article
// has already tied to a company (as its founder, chief executive or chair):
// the company P's own facts name, not the last company the article named
// ("Blackstone, set up in 1985 by P and Q, owns QTS. P is still its
// chairman": Blackstone, round 41). "" when the sentence has named a company
// before "its", when P is tied to none, or when P is tied to several.
func (x *extractor) personIts(text string, toks []token, i int) string {
	if len(x.curOrgs) > 0 || len(x.curMs) != 1 {
		return ""
	}
	m := x.curMs[0]
	if m.Kind != 'P' || m.Slug == "" || strings.TrimSpace(text[:m.Start]) != "" || !personItsRE.MatchString(text[m.End:toks[i].Start]) {
		return ""
	}
	org := ""
	for k := len(x.facts) - 1; k >= 0; k-- {
		f := x.facts[k].Fact
		var o string
		switch {
		case f.Relation == schema.RelFoundedBy && f.Object.ID == m.Slug:
			o = f.Subject.ID
		case (f.Relation == schema.RelCEOOf || f.Relation == schema.RelChairmanOf) && f.Subject.ID == m.Slug:
			o = f.Object.ID
		default:
			continue
		}
		if o == "" || x.typeOf(o) != schema.TypeCompany {
			continue
		}
		if org != "" && org != o {
			return "" // tied to two companies: no reading
		}
		org = o
	}
	return org
}
