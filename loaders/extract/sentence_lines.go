package extract

import (
	"regexp"
	"strings"
)

// Articles told one sentence a paragraph (issue 13: news sites that make
// every sentence a paragraph; testdata/blind/layout.py, sentence-lines).
// What a paragraph gives the sentences after it goes on over a run of
// one-sentence paragraphs up to a boundary a reader sees: the next
// question or speaker's label, a heading (a line with no sentence end).
//
//	A: Mostly research on the radio side.
//
//	We are working with Acme Telecom on the baseband software.
//
// The second paragraph is still the interviewee speaking, as it is when
// the two sentences share a line; and under an "About X" heading
//
//	X was founded in 2001 and is based in Oslo.
//
//	The company makes radio software.
//
// "the company" is still X.

// speakerRE opens a paragraph with a speaker's label: "Q:", "Kohli:".
var speakerRE = regexp.MustCompile(`^[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,2} ?:`)

// runGoesOn reports whether the paragraph that text opens goes on from
// the paragraph before: that one was a single sentence, and this one is
// a sentence, not a heading nor a speaker's turn.
func (x *extractor) runGoesOn(text string) bool {
	if x.prevParaLen != 1 || speakerRE.MatchString(text) {
		return false
	}
	t := strings.TrimRight(text, `"')”’ `)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// answerGoesOn reports whether the paragraph that text opens continues the
// interview answer of the paragraph before.
func (x *extractor) answerGoesOn(text string) bool {
	return x.inAnswer && x.runGoesOn(text)
}

// aboutGoesOn carries the topic of an "About X" heading from the paragraph
// under it to the one-sentence paragraphs that follow (about.go).
func (x *extractor) aboutGoesOn(st sentence) {
	if st.First && x.about != "" && st.Para == x.aboutPara+1 && x.runGoesOn(st.Text) {
		x.aboutPara = st.Para
	}
}
