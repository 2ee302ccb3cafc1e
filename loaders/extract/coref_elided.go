package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A reporting verb whose subject is elided after ", and" or ", but" (issue
// 13, helper z20part, the partners5 drill): in "A signed a deal with B, and
// said it would work with C" the "it" is A, the subject the second verb
// shares with the first, not B, the nearest company. Near misses
// (coref_elided_test.go): a clause with a subject of its own (", and B
// said it"), a sentence that opens with something other than its subject
// company ("After talks with A, B ..." keeps the nearest-company reading
// when the lead is long or holds a comma).

// elidedReporter reports whether the words between a clause separator
// and a reporting verb are none but adverbs: ", and said", ", and also
// said", ", and later announced".
func elidedReporter(between string) bool {
	for _, w := range strings.Fields(between) {
		if !strings.HasSuffix(w, "ly") && w != "also" && w != "later" && w != "then" {
			return false
		}
	}
	return true
}

// wireDatelineRE is a wire story's dateline before its first sentence:
// "MUMBAI, Aug 29 (Telcograph Wire) - ", "SEOUL, Oct 10 (Asia Wire) - ",
// "Berlin, November 4, 2025 - ".
var wireDatelineRE = regexp.MustCompile(`^[A-Z][A-Za-z .]+, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([^)]{1,40}\))? (?:--|[-–—]) `) // "SAN FRANCISCO, July 19, 2023 -- " (round 31)

// sentenceLeadCompany is the company that opens the sentence as its
// subject: the first organisation of the text, at most three words after
// the start and no comma before it; "" otherwise.
func (x *extractor) sentenceLeadCompany(text string) string {
	var first *mention
	for k := range x.curMs {
		m := &x.curMs[k]
		if m.Poss && x.typeOf(m.Slug) == schema.TypeCountry {
			continue // "India's Reliance Industries ... and said it" (round 28, tune)
		}
		if m.End <= len(text) && (first == nil || m.Start < first.Start) {
			first = m
		}
	}
	if first == nil || !itOrg(*first) || first.Poss {
		return ""
	}
	lead := text[:first.Start]
	if d := wireDatelineRE.FindStringIndex(lead); d != nil {
		lead = lead[d[1]:] // "MUMBAI, Aug 29 (Telcograph Wire) - India's Reliance Industries"
	}
	if strings.Contains(lead, ",") || len(strings.Fields(lead)) > 3 {
		return ""
	}
	if x.typeOf(first.Slug) != schema.TypeCompany {
		return ""
	}
	return first.Slug
}
