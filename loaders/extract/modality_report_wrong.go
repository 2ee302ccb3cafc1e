package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A report the sentence takes back, and a report told as no more than a
// report, state nothing of what they report (helper z25hn, round 21: the
// hard negatives "denied stake", "rumours" and "talks that failed" of
// writers d4, invest5 and roles):
//   - a report called wrong after it: "Reports that A bought a stake in B
//     were wrong", "Rumours of a joint venture between A and B proved
//     unfounded", "Stories claiming A invested in B turned out to be
//     false", and a quoted headline: "\"A invests in B\" stories in March
//     were wrong" (openSpans, modality_open.go, reads the report that
//     "was not confirmed");
//   - a report with no source that only speaks of a move: "Some early
//     reports spoke of a joint venture between A and B", "Press reports
//     suggested that A had taken a stake in B", "There were reports that
//     A wanted to buy a stake in B". A move so reported (a stake, a
//     partnership, a venture, a membership) is a rumour; a title or a
//     head office named inside it ("reports of talks with Saudi Arabia's
//     Public Investment Fund") is the writer's own description and stays.
var (
	// reportWrongRE is the verdict that takes a report back.
	reportWrongRE = mustFiltered(`(?i)\b(?:(?:were|was|is|are|have\s+been|has\s+been|had\s+been|proved|proven|prove|proves|turned\s+out|turn\s+out|turns\s+out)\s+(?:(?:to\s+be|all|simply|flatly|later|since|quickly|entirely|completely|plainly)\s+)*(?:wrong|false|untrue|inaccurate|incorrect|mistaken|unfounded|baseless|groundless|denied|dismissed|refuted)|(?:were|was|proved|turned\s+out\s+to\s+be)\s+(?:only\s+|mere\s+|just\s+)?"?speculation)\b`)
	// reportAboutRE opens a report: the report noun and the word that
	// opens its content.
	reportAboutRE = mustFiltered(`(?i)\b(?:reports?|rumou?rs?|speculation|claims?|suggestions?|stories|story|headlines?|articles?)(?:\s+(?:last|earlier|this|on|in)(?:\s+(?:this|last|week|month|year|[A-Z][a-z]+day|[A-Z][a-z]+)){1,2})?\s+(?:that|of|claiming|saying|suggesting|alleging)\b`)
	// quotedHeadlineRE is a headline quoted before the word that names it.
	quotedHeadlineRE = mustFiltered(`(?i)["“]([^"”]{3,140})["”]\s+(?:stories|story|headlines?|reports?|articles?|claims?)\b`)
	// rumourSpeechRE is a report with no source that tells the move: its
	// content runs from the match to the next clause break.
	rumourSpeechRE = mustFiltered(`(?i)(?:^|[^\w\s,]\s*|\b(?:but|and|while|although|though)\s+)(?:(?:some|early|earlier|initial|recent|press|media|local|unconfirmed|several|many|first|persistent|market)\s+)*(?:reports|rumou?rs|stories|speculation)\s+(?:had\s+|have\s+)?(?:spoke|spoken|speak|talked|talk|told)\s+of\b` +
		`|(?:^|[^\w\s,]\s*|\b(?:but|and|while|although|though)\s+)(?:(?:some|early|earlier|initial|recent|press|media|local|unconfirmed|several|many|first|persistent|market)\s+)*(?:reports|rumou?rs|stories|speculation|media)\s+(?:had\s+|have\s+)?(?:suggested|claimed|described|mentioned|hinted\s+at|pointed\s+to|said)\b` +
		`|\bthere\s+(?:were|have\s+been|had\s+been|was|are)\s+(?:(?:some|several|unconfirmed|persistent|earlier|early|recent|media|press|market)\s+)*(?:reports?|rumou?rs?|speculation)\s+(?:that|of)\b`)
	rumourBreakRE = mustFiltered(`;|,\s+(?:but|yet|while|although|though)\b|\.\s`)
	// rumourConfirmedRE, after a rumour's content, confirms it: "Reports
	// spoke of a partnership between A and B, which the two companies
	// signed in May" (helper z25part's TestReportBut).
	rumourConfirmedRE = mustFiltered(`(?i)^\s*,?\s*(?:which|that)\b[^;.]*?\b(?:signed|confirmed|announced|completed|closed|sealed|agreed|made\s+official|went\s+ahead)\b`)
)

// takenBackSpans are the stretches of text holding a report that the
// sentence calls wrong after it.
func takenBackSpans(text string) [][2]int {
	var out [][2]int
	if loc := reportAboutRE.FindStringIndex(text); loc != nil {
		if u := reportWrongRE.FindStringIndex(text[loc[1]:]); u != nil {
			out = append(out, [2]int{loc[0], loc[1] + u[0]})
		}
	}
	if loc := quotedHeadlineRE.FindStringSubmatchIndex(text); loc != nil {
		if u := reportWrongRE.FindStringIndex(text[loc[1]:]); u != nil {
			out = append(out, [2]int{loc[2], loc[3]})
		}
	}
	return out
}

// rumourSpans are the stretches a report with no source tells.
func rumourSpans(text string) [][2]int {
	var out [][2]int
	for _, loc := range rumourSpeechRE.FindAllStringIndex(text, -1) {
		end := len(text)
		if b := rumourBreakRE.FindStringIndex(text[loc[1]:]); b != nil {
			end = loc[1] + b[0]
		}
		if confirmedAfter(text, loc[1], end) {
			continue
		}
		out = append(out, [2]int{loc[0], end})
	}
	return out
}

// confirmedAfter reports whether a clause after the last name of the
// rumour's content, from start to end, confirms what it reported.
func confirmedAfter(text string, start, end int) bool {
	for i := start; i < end; i++ {
		if text[i] == ',' && rumourConfirmedRE.MatchString(text[i:end]) {
			return true
		}
	}
	return false
}

// reportedOnly reports whether f is a move (a stake, a partnership, a
// venture, a membership) whose arguments both stand inside a report the
// sentence takes back or tells as a rumour.
func reportedOnly(text string, f schema.Fact) bool {
	switch f.Relation {
	case schema.RelPartnerOf, schema.RelInvestedIn, schema.RelJointVenture, schema.RelMemberOf, schema.RelFoundingMember:
	default:
		return false
	}
	names := []string{f.Subject.Text, f.Object.Text}
	if f.Relation == schema.RelJointVenture && len(f.Partners) > 0 {
		names = names[:0]
		for _, p := range f.Partners {
			names = append(names, p.Text)
		}
	}
	if !mayReport(text) {
		return false
	}
	for _, sp := range append(takenBackSpans(text), rumourSpans(text)...) {
		in := innerApposRE.ReplaceAllStringFunc(text[sp[0]:sp[1]], func(a string) string { return strings.Repeat(" ", len(a)) })
		if allIn(in, names) {
			return true
		}
	}
	return false
}

// allIn reports whether every name is a non-empty text found in span.
func allIn(span string, names []string) bool {
	for _, n := range names {
		if n == "" || !strings.Contains(span, n) {
			return false
		}
	}
	return len(names) > 0
}

// mayReport is a cheap test before the regular expressions.
func mayReport(text string) bool {
	low, ok := ruleText(text) // the sentence's lower case, cached (regex_prefilter.go)
	if !ok {
		low = strings.ToLower(text)
	}
	for _, w := range []string{"report", "rumo", "speculat", "stor", "media", "headline", "claim", "suggestion", "article"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
