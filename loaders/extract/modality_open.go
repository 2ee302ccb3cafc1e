package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A question put to someone ("Asked whether A had signed an agreement with
// B, a manager said ...") and a report the sentence leaves unconfirmed
// ("Reports that A had joined the round were not confirmed", "Reports
// last week that ...", "Rumours on Friday that ...") state nothing
// between their opening and their end, whatever the answer (writer n,
// issue 13). An apposition inside ("Reports that A, an investor in B, had
// joined ...") is the writer's own description and still stated.
var (
	askedRE       = mustFiltered(`(?i)\b(?:asked|asking|wondered|wondering|questioned)\s+(?:whether|if)\b`)
	reportThatRE  = mustFiltered(`(?i)\b(?:reports?|rumou?rs?|speculation|claims?|suggestions?)(?:\s+(?:last|earlier|this|on|in)(?:\s+(?:this|last|week|month|year|[A-Z][a-z]+day)){1,2})?\s+that\b`)
	unconfirmedRE = mustFiltered(`(?i)\b(?:(?:were|was|is|are|have|has|had|remain|remains|remained)\s+(?:not|never|yet to be)\s+(?:been\s+)?(?:confirmed|verified|substantiated)|(?:went|go|goes)\s+unconfirmed|remain(?:s|ed)?\s+unconfirmed)\b`)
	innerApposRE  = regexp.MustCompile(`, (?:an?|the|its|their) [^,]{1,60},`)
	// evasiveRE is a question left unanswered and a denial of an
	// intention (round 43): "declined to say whether it would join X",
	// "would not confirm whether", "denied it would invest in Y".
	evasiveRE = mustFiltered(`(?i)\b(?:(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|could\s+not|couldn't)\s+(?:to\s+)?(?:say|confirm|comment\s+on|disclose)\s+(?:whether|if)|(?:denied|denies|deny)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:would|had|was|were|is|planned|plans|intended|intends))\b`)
)

// openSpans are the stretches of text that a question or an unconfirmed
// report holds, with the appositions inside them blanked.
func openSpans(text string) []string {
	var out []string
	add := func(from, to int) {
		out = append(out, innerApposRE.ReplaceAllStringFunc(text[from:to], func(a string) string {
			return strings.Repeat(" ", len(a))
		}))
	}
	if loc := evasiveRE.FindStringIndex(text); loc != nil {
		end := strings.IndexAny(text[loc[1]:], ",;")
		if end < 0 {
			end = len(text) - loc[1]
		}
		add(loc[0], loc[1]+end)
	}
	if loc := askedRE.FindStringIndex(text); loc != nil {
		end := strings.IndexByte(text[loc[1]:], ',')
		if end < 0 {
			end = len(text) - loc[1]
		}
		add(loc[0], loc[1]+end)
	}
	if from, to := reportButSpan(text); from >= 0 {
		add(from, to) // "reports spoke of a venture, but B says" (modality_report_but.go)
	}
	if loc := reportThatRE.FindStringIndex(text); loc != nil {
		if u := unconfirmedRE.FindStringIndex(text[loc[1]:]); u != nil {
			add(loc[0], loc[1]+u[0])
		}
	}
	return out
}

// leftOpen reports whether both arguments of a fact stand inside a question
// or an unconfirmed report of its sentence.
func leftOpen(text string, f schema.Fact) bool {
	if f.Relation == schema.RelHeadquarteredIn {
		return false
	}
	if len(f.Partners) > 0 {
		return partnersLeftOpen(text, f.Partners) // a venture's partners (modality_report_but.go)
	}
	if f.Subject.Text == "" {
		return false
	}
	for _, sp := range openSpans(text) {
		if strings.Contains(sp, f.Subject.Text) && (f.Object.Text == "" || strings.Contains(sp, f.Object.Text)) {
			return true
		}
	}
	return false
}
