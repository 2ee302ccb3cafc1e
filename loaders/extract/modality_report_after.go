package extract

import (
	"regexp"
	"strings"
)

// A report told first and denied or left unconfirmed after it states
// nothing of what it reports (helper x13i9, issue 13): "Reports that
// SoftBank had joined the round were not confirmed", "Reports that e& was
// eyeing a stake were denied by the UAE group", "Speculation that A would
// invest in B has been dismissed". deniedRE (modality_report.go) reads the
// denial told first ("A denied reports that ...").

// reportThenDeniedRE matches a sentence that opens with a report and ends
// by denying it, or whose clause after a colon, semicolon or dash does
// ("Not every rumour pans out: reports that A had co-founded Y were denied",
// round 44); group 1 is the report's content.
var reportThenDeniedRE = regexp.MustCompile(`(?i)(?:^|[:;]\s+|\s[–—-]\s+)\W*(?:(?:the|earlier|recent|media|press|local|newspaper|market|industry)\s+)*(?:reports?|rumou?rs?|speculation|claims?|suggestions?|chatter|talk|gossip)\s+(?:that|of)\s+(.+?)\s+(?:were|was|have\s+been|has\s+been|remain|remains|had\s+been)\s+(?:not\s+(?:been\s+)?confirmed|unconfirmed|denied|dismissed|rejected|refuted|unfounded|false|wrong)\b`)

// openQuestionRE ends the text before a clause that asks whether
// something is so, which states nothing: "Madrid was weighing whether state
// holding company SEPI should buy into Telefonica" (round 28, tune).
var openQuestionRE = regexp.MustCompile(`(?i)\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|decid(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|unclear|uncertain|unknown|assess(?:es|ed|ing)?|study(?:ing)?|studies|studied|examin(?:e|es|ed|ing)|not\s+(?:yet\s+)?(?:decided|known|clear|say|said))\s+whether\s+(?:[\w'’&.-]+\s+){0,4}$`)

// reportDeniedAfter reports whether argument a stands inside such a
// report, or opens a clause that asks whether it is so.
func reportDeniedAfter(s *sent, a arg) bool {
	if a.m == nil {
		return false
	}
	return withheldAt(s.text, a.m.Start)
}

// withheldAt reports whether a fact whose subject starts at byte at of
// text stands in a report denied after it or in a clause asking whether.
func withheldAt(text string, at int) bool {
	if strings.Contains(text[:at], "whether") && openQuestionRE.MatchString(text[:at]) {
		return true
	}
	if !reportOpens(text) {
		return false // the common case, without running the expression
	}
	loc := reportThenDeniedRE.FindStringSubmatchIndex(text)
	return loc != nil && at >= loc[2] && at < loc[3]
}

// withheldSubject is withheldAt for a fact that keeps only its subject's
// text (the phrasing rules' facts, relations.go refused): the subject's
// first occurrence, a name of three or more letters.
func withheldSubject(text, subj string) bool {
	if len(subj) < 3 {
		return false
	}
	i := strings.Index(text, subj)
	if i < 0 || strings.HasPrefix(text[i+len(subj):], ",") {
		return false // "did not say whether Microsoft, a cloud partner of Jio since 2019, would": the apposition is told
	}
	return withheldAt(text, i)
}

// reportOpens reports whether one of reportThenDeniedRE's nouns stands in
// the sentence's first 60 bytes, where the expression's report must open,
// or after a colon, semicolon or dash.
func reportOpens(text string) bool {
	head := strings.ToLower(text[:min(len(text), 60)])
	if strings.ContainsAny(text, ":;–—") || strings.Contains(text, " - ") {
		head = strings.ToLower(text)
	}
	for _, w := range []string{"report", "rumo", "speculation", "claim", "suggestion", "chatter", "talk", "gossip"} {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}
