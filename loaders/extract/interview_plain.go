package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Interviews are not always marked "Q:" and "A:" (round 25, found by
// probing an interview of our own). Trade press prints the questions as
// paragraphs of their own, one sentence ending in a question mark, and
// the answers as plain paragraphs under them:
//
//	Why did you join the alliance?
//	We wanted a seat at the table. Our partners A and B were members.
//
// An article whose headline or introduction announces an interview
// (interviewCue) and that has at least two such question paragraphs is
// read as one: every paragraph after the first question that is not a
// question itself is an answer, where "we" and "our" are the
// interviewee's company (coref.go), as after "A:". One rhetorical
// question in a news story ("So what went wrong?") is not enough.

// minQuestions is how many question paragraphs make an interview.
const minQuestions = 2

// questionParas returns the paragraphs of sents that are a single
// question outside quotation marks, or nil when there are fewer than
// minQuestions of them.
func questionParas(sents []sentence) map[int]bool {
	n := map[int]int{}
	for _, s := range sents {
		n[s.Para]++
	}
	q := map[int]bool{}
	for _, s := range sents {
		t := strings.TrimSpace(s.Text)
		if n[s.Para] == 1 && strings.HasSuffix(t, "?") && !strings.ContainsAny(t, "\"“”") && !strings.HasPrefix(t, "Q") {
			q[s.Para] = true
		}
	}
	if len(q) < minQuestions {
		return nil
	}
	first := -1
	for p := range q {
		if first < 0 || p < first {
			first = p
		}
	}
	for _, s := range sents {
		if s.Para < first && interviewCue.MatchString(s.Text) {
			return q
		}
	}
	return nil
}

// interviewCue is how a headline or an introduction says an interview
// follows ("Q&A: ...", "Interview: ...", "We spoke to its chief
// executive", "we sat down with", "Five questions for P", "We asked him
// about ...": round 33, dev20); "said in an interview" in a news story is
// not one.
var interviewCue = regexp.MustCompile(`\bQ ?& ?A\b|^(?:Interview|INTERVIEW)\b|\b[Ww]e (?:spoke|talked|sat down|caught up) (?:to|with)\b|\b[Qq]uestions (?:for|to)\b|\b[Ww]e asked (?:him|her|them)\b`)

// plainAnswer reports whether the paragraph of st, its first sentence,
// answers a question paragraph before it.
func (x *extractor) plainAnswer(st sentence) bool {
	if x.questions == nil || x.questions[st.Para] || !x.titledInterviewee() {
		return false
	}
	for p := range x.questions {
		if p < st.Para {
			return true
		}
	}
	return false
}

// titledInterviewee reports whether the article gave a person a chief
// executive's or chairman's role at a company before the answers: whose
// "we" the answers speak is then known, not guessed from the company the
// article names most.
func (x *extractor) titledInterviewee() bool {
	for _, f := range x.facts {
		if (f.Relation == schema.RelCEOOf || f.Relation == schema.RelChairmanOf) && f.Modality == "" && x.typeOf(f.Object.ID) == schema.TypeCompany {
			return true
		}
	}
	return false
}
