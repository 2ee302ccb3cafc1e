package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A headline shortens names before the story gives them in full
// (round 26, from probe set E): "Mirembe taps Kwezi for churn model" is
// followed by "Mirembe Telecom has tapped Kwezi Analytics to build ...".
// A short form that waits for its full name (afterFull) names its entity
// in the first sentence when the next three sentences give the full name,
// and only one company's (a group's short form in a headline is as often
// its technology: "why AI-RAN changes the game"): read left as an unknown name, "Kwezi" became an
// organisation of its own, and every later "Kwezi" followed it.

// isHeadline reports whether a first sentence is a headline: no full stop
// ends it, and it is short.
func isHeadline(text string) bool {
	t := strings.TrimSpace(text)
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?\"”") && len(strings.Fields(t)) <= 20
}

// headlineShort reports whether the current sentence is the article's
// headline and the lead after it gives the full name of the one entity in slugs.
func (x *extractor) headlineShort(slugs []string) bool {
	if x.sentIdx != 0 || len(slugs) != 1 || x.typeOf(slugs[0]) != schema.TypeCompany {
		return false
	}
	name := x.nameOf(slugs[0])
	return name != "" && strings.Contains(x.leadText, name)
}
