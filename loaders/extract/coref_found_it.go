package extract

import "regexp"

// "It" as what a person founded (helper z24found, round 20): "P,
// Anthropic's chief executive since he co-founded it in 2021", "...
// replacing P, who founded it in 2019", "P, who heads Y, has been in
// charge since she set it up". A person founds a company or a group, never
// another person, so when no group is in reach (coref.go reads "A and B set
// it up" as the group under discussion first), the object "it" of a
// founding verb whose subject is "he", "she" or a relative "who" after a
// comma is the nearest organisation the sentence named before that
// subject. A company or a "we" as the founder leaves "it" as it was: what
// a company set up is as often a unit or a product. "Who started it?"
// opening a heading asks, and founds nothing.

// foundVerbEndRE ends the text before such an "it" with a founding verb,
// and pronounFounderRE the text before that verb with its subject.
var (
	foundVerbEndRE   = regexp.MustCompile(`(?i)\s(?:(?:also|later|first)\s+)?(?:co-?founded|founded|set|started|created|established|formed)\s+$`)
	pronounFounderRE = regexp.MustCompile(`(?i)(?:\b(?:he|she)|,\s*who)\s*$`)
)

// personFounder reports whether the text before offset at ends with a
// founding verb whose subject is "he", "she", ", who" or a person's name
// among ms, and where that subject starts.
func personFounder(text string, ms []mention, at int) (int, bool) {
	loc := foundVerbEndRE.FindStringIndex(text[:at])
	if loc == nil {
		return 0, false
	}
	before := text[:loc[0]]
	if l := pronounFounderRE.FindStringIndex(before); l != nil {
		return l[0], true
	}
	for _, m := range ms {
		if m.Kind == 'P' && m.End == len(before) {
			return m.Start, true
		}
	}
	return 0, false
}

// personFoundedIt resolves "it" at toks[i], right after a founding verb,
// or returns "".
func (x *extractor) personFoundedIt(toks []token, i int) string {
	return foundedByPerson(x.curText, x.curMs, toks[i].Start)
}

// foundedByPerson is the organisation a person founded as "it" at offset
// at of text, whose mentions before it are ms: the nearest one named
// before the founder in the same clause - not across a semicolon or a
// coordinated ", and" or ", but" ("Its new lab opened in June; P said she
// started it" is the lab's founding) - or "".
func foundedByPerson(text string, ms []mention, at int) string {
	subj, ok := personFounder(text, ms, at)
	if !ok {
		return ""
	}
	from := 0
	if l := clauseBreakRE.FindAllStringIndex(text[:subj], -1); len(l) > 0 {
		from = l[len(l)-1][1]
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.End <= subj && m.Start >= from && m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V' || m.Kind == 'A') {
			return m.Slug
		}
	}
	return ""
}

// clauseBreakRE finds the boundaries of an independent clause.
var clauseBreakRE = regexp.MustCompile(`(?i);|,\s+(?:and|but)\s`)

// personFoundedPronoun reports whether mention m of sentence s is such an
// "it": the founding families take it as what was founded, as they take a
// name.
func personFoundedPronoun(s *sent, m *mention) bool {
	return m.Coref && m.Text == "it" && m.Slug != "" && foundedByPerson(s.text, s.ms, m.Start) == m.Slug
}
