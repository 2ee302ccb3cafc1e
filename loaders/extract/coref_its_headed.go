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

// possApposed is, when the sentence's first organisation is a possessive
// whose noun an organisation apposes ("SKT's parent, SK Group, said the
// change was approved by its chairman"), that apposed organisation: the
// subject is the parent, not SKT. "" otherwise.
func (x *extractor) possApposed(text string, before int) string {
	first := -1
	for i, m := range x.curMs {
		if m.Start >= before {
			break
		}
		if m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V') {
			first = i
			break
		}
	}
	if first < 0 || !x.curMs[first].Poss {
		return ""
	}
	m := x.curMs[first]
	rest := text[m.PossEnd:before]
	comma := strings.IndexByte(rest, ',')
	if comma < 0 || comma > 30 || strings.ContainsAny(rest[:comma], ".;") {
		return ""
	}
	at := m.PossEnd + comma + 1
	for _, n := range x.curMs[first+1:] {
		if n.Start > at+1 {
			break
		}
		if n.Start >= at && n.Slug != "" && (n.Kind == 'C' || n.Kind == 'V') && !n.Poss && n.End < len(text) && text[n.End] == ',' {
			if b := x.placeholder[n.Slug]; b != "" {
				return b
			}
			return n.Slug
		}
	}
	return ""
}
