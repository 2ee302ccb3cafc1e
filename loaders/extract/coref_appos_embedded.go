package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 42, dev25) keeps "the company's" later in a sentence
// from a company named only inside another one's apposition: in "Lux and
// Khosla, an early backer of OpenAI, also led the company's $30 million
// seed round", OpenAI describes Khosla and is not what the sentence is
// about; "the company's" is then the company under discussion.

// embeddedApposRE matches the text between an apposition's comma and a
// name inside it: ", an early backer of", ", the venture arm of".
var embeddedApposRE = regexp.MustCompile(`^,\s+(?:a|an|the|its|one of)\s[^,]*?\b(?:of|in|at|for|to|with|by)\s+$`)

// unembeddedLastOrg is the company under discussion when the last
// company named before byte offset at stands inside an apposition and the
// sentence has not named that company; "" otherwise (the caller's choice
// stands).
func (x *extractor) unembeddedLastOrg(text string, at int) string {
	var orgs []mention
	for _, m := range x.curMs {
		if m.End <= at && m.Slug != "" && isOrgKind(m.Kind) && m.Kind != 'G' && x.typeOf(m.Slug) == schema.TypeCompany {
			orgs = append(orgs, m)
		}
	}
	if len(orgs) == 0 || !apposEmbedded(text, orgs[len(orgs)-1], at) {
		return ""
	}
	t := x.topicCompany()
	for _, m := range orgs {
		if m.Slug == t {
			return "" // the topic named in the sentence: the caller's reading stands
		}
	}
	return t
}

// apposEmbedded reports whether mention m stands inside a comma-delimited
// apposition that closes before byte offset at.
func apposEmbedded(text string, m mention, at int) bool {
	c := strings.LastIndex(text[:m.Start], ",")
	if c < 0 || !embeddedApposRE.MatchString(text[c:m.Start]) {
		return false
	}
	rest := strings.TrimLeft(text[m.End:at], " ")
	return strings.HasPrefix(rest, ",")
}
