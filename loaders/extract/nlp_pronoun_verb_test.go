package extract_test

import "testing"

// TestPronounLeadVerb: after a subject pronoun, over one adverb, a word
// that is mostly a noun ("chair", "head", "lead") is the verb when a
// determiner follows (nlp_adverbs.go): the interviewee's "we chair the
// forum" leads it as "Cobalt Mobile chairs the forum" does. A verb the
// lead family does not read states nothing.
func TestPronounLeadVerb(t *testing.T) {
	intro := "Interview: the forum at five\n\nJane Park, chief executive of Cobalt Mobile, talks about the Radio Forum.\n\nQ: Who is in charge?\n"
	ceo := "ceoOf(jane-park,cobalt-mobile)"
	runNews(t, []newsCase{
		{"we chair", intro + "A: We chair the forum this year.",
			[]string{ceo, "ledBy(radio-forum,cobalt-mobile)"}},
		{"an adverb between", intro + "A: Yes, we still chair the forum.",
			[]string{ceo, "ledBy(radio-forum,cobalt-mobile)"}},
		{"we head", intro + "A: We now head the forum, with two deputies.",
			[]string{ceo, "ledBy(radio-forum,cobalt-mobile)"}},
		{"we chair its board", intro + "A: We also chair the forum's board.",
			[]string{ceo, "ledBy(radio-forum,cobalt-mobile)"}},
		{"near miss: another verb", intro + "A: We support the forum, but we are not a member.",
			[]string{ceo}},
	})
}
