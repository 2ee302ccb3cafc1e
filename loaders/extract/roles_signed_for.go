package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// A titled person who signs for a company (round 35, dev22: "Group CEO
// Hatem Dowidar signed for e&, and Yuen Kuan Moon, group CEO of Singtel,
// signed for the Singapore operator"). A bare title before a name went to
// the company the article is about (roles_bare_topic.go), though the
// clause names the company the person signed for; the signatory's title
// is that company's.

// signedForRE is what follows the person: a verb of signing or speaking
// for, then the company.
var signedForRE = regexp.MustCompile(`^,? (?:signed|signs|spoke|speaks|will sign) (?:for|on behalf of) (?:the )?$`)

// signedFor is the company the person at unit p signed for, told right
// after the name (after: the sentence's lower-cased text from the name's
// end), or "".
func (x *extractor) signedFor(c *clauses, p int, after string) string {
	for k := p + 1; k < len(c.us) && k <= p+4; k++ {
		if c.us[k].Kind != 'E' {
			continue
		}
		if c.isPerson(x, k) || c.isCountry(k) {
			return ""
		}
		e := c.ents[c.us[k].ent]
		start := e.start - c.ents[c.us[p].ent].end
		if start < 0 || start > len(after) || !signedForRE.MatchString(after[:start]) {
			return ""
		}
		as := c.args(x, k)
		if len(as) != 1 {
			return ""
		}
		o := x.resolve(as[0], orgTypesAll)
		if o == "" || x.typeOf(o) != schema.TypeCompany {
			return ""
		}
		return o
	}
	return ""
}
