package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// shareWords are the words for a part of a company that its owner holds
// without a percentage: "each own half of A Holdings", "NTT now owns all
// of DOCOMO", "holds the remaining 49.75%", "controls a majority of".
var shareWords = map[string]bool{
	"half": true, "all": true, "majority": true, "third": true, "thirds": true, "quarter": true, "rest": true, "remainder": true,
}

// ownedShare reports whether noun-phrase words name a share of a company
// ("60.5%", "about 65%", "half", "all", "a majority", "two-thirds").
func ownedShare(words string) bool {
	if strings.Contains(words, "%") || strings.Contains(words, "per cent") || strings.Contains(words, "percent") {
		return true
	}
	for _, w := range strings.FieldsFunc(words, func(r rune) bool { return r == ' ' || r == '-' }) {
		if shareWords[w] {
			return true
		}
	}
	return false
}

// ownsItself reports whether an owned company is one of its own owners:
// in "AT&T and BlackRock each own half of it" a pronoun resolved to one of
// the subjects is a misreading (the "it" is the venture under discussion),
// so the clause states nothing rather than a party owning its partner.
func (x *extractor) ownsItself(owners, owned []arg) bool {
	for _, b := range owned {
		sb := x.resolve(b, orgTypesAll)
		for _, a := range owners {
			if sb != "" && x.resolve(a, orgTypesAll) == sb {
				return true
			}
		}
	}
	return false
}

// ventureShare reports whether a share named by a word ("half", "all") is
// of a joint venture: its owners are its partners, which the
// jointVenture fact states (ventures.go), as the share of a venture has
// always been read here.
func (x *extractor) ventureShare(s *sent, owned []arg) bool {
	if jvCueRE.MatchString(s.text) {
		return true // "JV partners A and B will each hold half of Y"
	}
	for _, b := range owned {
		if s := x.resolve(b, orgTypesAll); s != "" && x.typeOf(s) == schema.TypeJointVenture {
			return true
		}
	}
	return false
}

// jvCueRE names a joint venture in a sentence.
var jvCueRE = regexp.MustCompile(`\bJVs?\b|(?i)\bjoint[ -]ventures?\b`)
