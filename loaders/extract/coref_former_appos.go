package extract

import (
	"regexp"
	"strings"
)

// An organisation named in a person's apposition as a former employer
// ("Srinivas, a former research scientist at OpenAI, runs it as chief
// executive") is background to the person, not what the sentence is
// about: "it" after the apposition is not that organisation, and the
// organisation is not the subject the next sentence continues. A current
// post ("P, chief executive of X, said it would") leaves X in play, as
// before.

// formerApposRE finds the words that make an apposition's employer a
// past one.
var formerApposRE = regexp.MustCompile(`(?i)\b(?:former|formerly|onetime|one-time|ex-|veteran of|previously|alumnus of|alumna of)`)

// apposClauseRE finds a relative clause inside the apposition: "the
// former Delta chief who joined Acme's board" names Acme in the clause,
// not as a former employer.
var apposClauseRE = regexp.MustCompile(`(?i)\b(?:who|which|that|whose)\b`)

// formerAppos returns the offset of the comma that closes the person
// apposition holding m, when the apposition names m as a former employer;
// -1 otherwise.
func formerAppos(text string, ms []mention, m mention) int {
	open := strings.LastIndexByte(text[:m.Start], ',')
	if open < 0 || !formerApposRE.MatchString(text[open:m.Start]) || strings.ContainsAny(text[open+1:m.Start], ";:(") || apposClauseRE.MatchString(text[open:m.Start]) {
		return -1
	}
	person := false
	for _, p := range ms {
		if e := max(p.End, p.PossEnd); p.Kind == 'P' && e <= open && strings.TrimSpace(text[e:open]) == "" {
			person = true
		}
	}
	if !person {
		return -1
	}
	close := strings.IndexByte(text[m.End:], ',')
	if close < 0 {
		return -1
	}
	return m.End + close
}

// inFormerAppos reports whether every mention of slug in ms before offset
// at lies in a former-employer apposition closed before at.
func inFormerAppos(text string, ms []mention, slug string, at int) bool {
	seen := false
	for _, m := range ms {
		if m.Slug != slug || m.Start >= at {
			continue
		}
		if c := formerAppos(text, ms, m); c < 0 || c >= at {
			return false
		}
		seen = true
	}
	return seen
}

// mayHoldFormerAppos reports whether text holds a word formerApposRE needs,
// a cheap test before the per-mention one.
func mayHoldFormerAppos(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"former", "onetime", "one-time", "ex-", "veteran of", "previously", "alumn"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
