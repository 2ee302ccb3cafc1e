package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A title's "of" phrase repeated with the title left out holds the same
// post at each company (round 43, dev27): "she was chief executive of
// Tele2 from 2015, of Denmark's TDC from 2018 and of Telia Company from
// 2020". Each gapped "of" phrase follows the last, with its own time
// phrase, after a comma or "and".
var gappedOfRE = regexp.MustCompile(`^(?: (?:from|since|in|until|between|to) [^,<;.]{1,24}?)?(?:,| and|, and) of (?:the )?((?:<N\d+>(?:'s)? )?)(<[CAVU]\d+>)`)

// gappedPosts states rel for the person of match m at each company of the
// gapped "of" phrases after it in the sentence's flat text.
func (x *extractor) gappedPosts(s *sent, m []string, rel schema.Relation) {
	at := strings.Index(s.flat, m[0])
	if at < 0 {
		return
	}
	rest := s.flat[at+len(m[0]):]
	for {
		g := gappedOfRE.FindStringSubmatch(rest)
		if g == nil {
			return
		}
		x.rule = "gapped of"
		x.personRole(s, rel, m[1], g[2], m[2], 0.75)
		rest = rest[len(g[0]):]
	}
}
