package extract

import "regexp"

// A report told first and denied or left unconfirmed after it states
// nothing of what it reports (helper x13i9, issue 13): "Reports that
// SoftBank had joined the round were not confirmed", "Reports that e& was
// eyeing a stake were denied by the UAE group", "Speculation that A would
// invest in B has been dismissed". deniedRE (modality_report.go) reads the
// denial told first ("A denied reports that ...").

// reportThenDeniedRE matches a sentence that opens with a report and ends
// by denying it; group 1 is the report's content.
var reportThenDeniedRE = regexp.MustCompile(`(?i)^\W*(?:(?:the|earlier|recent|media|press|local|newspaper)\s+)*(?:reports?|rumou?rs?|speculation|claims?|suggestions?)\s+(?:that|of)\s+(.+?)\s+(?:were|was|have\s+been|has\s+been|remain|remains|had\s+been)\s+(?:not\s+(?:been\s+)?confirmed|unconfirmed|denied|dismissed|rejected|refuted|unfounded|false|wrong)\b`)

// reportDeniedAfter reports whether argument a stands inside such a
// report.
func reportDeniedAfter(s *sent, a arg) bool {
	if a.m == nil {
		return false
	}
	loc := reportThenDeniedRE.FindStringSubmatchIndex(s.text)
	return loc != nil && a.m.Start >= loc[2] && a.m.Start < loc[3]
}
