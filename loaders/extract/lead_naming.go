package extract

import (
	"regexp"
	"strings"
)

// A name someone gives a thing is not a statement about it: "Critics call
// it the IBM-led alliance", "rivals dub it the Nokia-led club". When the
// "-led" description is the second object of a naming verb (verb, its
// object, then the description), the speaker reports a label, and nothing
// is read from it.

// namingVerbs take an object and a name for it.
var namingVerbs = map[string]bool{
	"call": true, "dub": true, "label": true, "brand": true, "nickname": true, "term": true, "deride": true,
}

// namedByOthers reports whether the entity unit j (the one before "-led")
// stands in the name slot of a naming verb: V, its object, an optional
// determiner, then j.
func (c *clauses) namedByOthers(j int) bool {
	k := j - 1
	if k >= 0 && c.us[k].Kind == 'M' {
		k--
	}
	if k < 1 || c.us[k].Kind != 'E' && c.us[k].Kind != 'N' {
		return false
	}
	return c.us[k-1].Kind == 'V' && namingVerbs[c.us[k-1].Lemma]
}

// namingVerbRE ends a text at a naming verb: what follows is its object.
var namingVerbRE = regexp.MustCompile(`(?i)\b(?:call|calls|called|calling|dub|dubs|dubbed|label|labels|labell?ed|brand|brands|branded|nickname|nicknames|nicknamed|term|terms|termed|deride|derides|derided)\s+$`)

// labelledByOthers reports whether a phrasing match in the flattened
// sentence sk opens right after a naming verb: "Critics call <it> the
// <X>-led alliance" names a label, it does not state who leads.
func labelledByOthers(sk, match string) bool {
	i := strings.Index(sk, match)
	return i > 0 && namingVerbRE.MatchString(sk[:i])
}

// ledFillerBreaks reports whether the words between "X-led" and a name
// leave the noun phrase: a verb or a preposition ("the SKT-led club
// formed with Bridge Alliance carriers": the club is led, not Bridge
// Alliance), where "the X-led Open RAN Alliance" or "the X-led industry
// alliance Y" stay inside it.
func ledFillerBreaks(match string) bool {
	i := strings.Index(match, "-led ")
	if i < 0 {
		return false
	}
	for _, w := range strings.Fields(match[i+len("-led "):]) {
		if strings.HasPrefix(w, "<") {
			break
		}
		if ledFillerStop[w] || strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// ledFillerStop are words that end a noun phrase.
var ledFillerStop = map[string]bool{
	"with": true, "by": true, "of": true, "in": true, "for": true, "from": true, "and": true, "to": true,
	"at": true, "on": true, "as": true, "that": true, "which": true, "is": true, "was": true, "has": true,
}
