package extract

import (
	"regexp"
	"strings"
)

// A title held until lately, told with a time adverb between the person
// and the title rather than with "former" (issue 13; dev, dev2 and dev3
// each have one): "P, until now chief executive of A, takes the top job
// at Y", "The 52-year-old engineer was, until the weekend, executive
// chairman of Indra", "Murtra had until then been chairman of Indra",
// "She was previously president and CEO of Telia". The adverb becomes
// "former", so the title rules read a past title; and an organisation's
// kind may stand between the title and the name ("chairman of the
// defence group Indra", "chief executive of the utility Fortum").

// pastAdverbRE: an adverb of past time before a title, with the commas
// that set it off.
var pastAdverbRE = regexp.MustCompile(`(?:, )?\b(?:previously|formerly|until (?:now|then|recently|lately|the weekend|last (?:week|month|year)|this (?:week|month|year)|[a-z]+ \d{4}|\d{4}))\b,?`)

// pastGap rewrites the adverbs of pastAdverbRE in a gap between a person
// and an organisation to "former", after the verb when one precedes
// ("had until then been" -> "had been former").
func pastGap(gap string) string {
	if !strings.Contains(gap, "previously") && !strings.Contains(gap, "formerly") && !strings.Contains(gap, "until ") {
		return gap
	}
	loc := pastAdverbRE.FindStringIndex(gap)
	if loc == nil {
		return gap
	}
	before, after := gap[:loc[0]], strings.TrimLeft(gap[loc[1]:], " ")
	var out string
	switch v, rest, ok := strings.Cut(after, "been "); {
	case ok && v == "":
		out = before + " been former " + rest // "had until then been chairman"
	default:
		if strings.HasPrefix(after, "the ") || strings.HasPrefix(after, "a ") || strings.HasPrefix(after, "an ") {
			_, after, _ = strings.Cut(after, " ")
		}
		if strings.TrimSpace(before) == "" {
			before = ","
		}
		out = before + " former " + after
	}
	// one space between words, as the title patterns expect
	out = strings.Join(strings.Fields(out), " ") + " "
	if !strings.HasPrefix(out, ",") {
		out = " " + out
	}
	return out
}

// verbBetween reports whether a verb group stands strictly between units a
// and b: "P was previously Y's CEO and now serves as ...", where the "and"
// opens a second verb phrase whose modality is its own.
func (c *clauses) verbBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if c.us[j].Kind == 'V' {
			return true
		}
	}
	return false
}
