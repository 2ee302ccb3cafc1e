package extract

import (
	"regexp"
	"strings"
)

// This file (helper x14jv, issue 13, the ventures drill) makes the name a
// sentence gives a new company the subject the next sentence's "it"
// refers to: "A and B set up a 50:50 venture. The company will be called
// J. It will be headquartered in Germany", "The name of the new company is
// J. It have head office in Indonesia". The naming sentence opens with the
// description ("the company"), which stands for whichever company the
// article was about; the company it names is the one the article turns to.

// laterNameRE ends the words that give a new company its name.
var laterNameRE = regexp.MustCompile(`(?i)^(?:(?:the|its|this|their) (?:new |joint |combined |merged )?(?:[\w-]+ ){0,2}(?:company|venture|jv|business|entity|operator|firm|vehicle) (?:will be|is to be|would be|is|was|has been|shall be) (?:called|named|dubbed|known as|branded)|the name of (?:the|its|this|their) (?:new |joint |combined |merged )?(?:[\w-]+ ){0,2}(?:company|venture|jv|business|entity|operator|firm|vehicle) (?:is|will be|would be|was))$`)

// laterName is the organisation sentence s names as a new company's name,
// or "".
func (x *extractor) laterName(s *sent) string {
	for _, m := range s.ms {
		if m.Slug == "" || m.Coref || !isOrgKind(m.Kind) || m.Start > len(s.text) {
			continue
		}
		if laterNameRE.MatchString(strings.TrimSpace(s.text[:m.Start])) {
			return m.Slug
		}
	}
	return ""
}
