package extract

import (
	"regexp"
	"strings"
)

// This file resolves "its" in the title that follows "run by P," or
// "headed by P,": "the London-based arm run by P, its chief executive",
// "It is run by P, its chief executive", "the venture is headed by P, its
// chief executive officer". The title is of the organisation that is run,
// the mention right before the verb, not of the sentence's first company
// (which may be the fund the arm manages, or a company a fronted phrase
// named).

// headedByRE ends with a verb of running in the passive, "by", a name and
// a comma: the text before "its".
var headedByRE = regexp.MustCompile(`\s(?:(?:is|was|are|were|has been|had been|will be)\s+)?(?:(?:now|also|still|currently|jointly)\s+)?(?:run|headed|led|managed|helmed|chaired|steered)\s+by\s+[^,;()]{2,60},\s*$`)

// headedOrg is the organisation named (or described, or a pronoun
// resolved) right before the passive verb of running that before ends
// with; ok false when before does not end so. A run organisation no
// mention resolved ("the London-based arm") leaves "its" unresolved: ""
// with ok true.
func (x *extractor) headedOrg(before string) (slug string, ok bool) {
	loc := headedByRE.FindStringIndex(before)
	if loc == nil {
		return "", false
	}
	at := loc[0]
	// "B, which is run by P, its chief": the relative pronoun's antecedent.
	head := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(before[:at], " "), " which"), " that")
	at = len(strings.TrimSuffix(head, ","))
	best := ""
	for _, m := range x.curMs {
		if m.End <= at && m.End >= at-1 && m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V' || m.Kind == 'A') {
			best = m.Slug
			if b := x.placeholder[best]; b != "" {
				best = b
			}
		}
	}
	if best == "" && strings.HasSuffix(strings.TrimSpace(before[:at]), " and") {
		return "", false // "A has been investing since 2015 and is headed by P": A's
	}
	return best, true
}
