package extract_test

import "testing"

// TestYourCompany: "your company" in an interview question is the
// interviewee's company (coref_you.go); outside a question, or "your"
// before no company noun, it is nobody.
func TestYourCompany(t *testing.T) {
	intro := "Jane Park, chief executive of Cobalt Mobile, talks about the Radio Forum.\n\n"
	ceo := "ceoOf(jane-park,cobalt-mobile)"
	runNews(t, []newsCase{
		{"your company in a question", intro + "Q: Your company was a founding member. Why?\n\nA: We wanted open tests.",
			[]string{ceo, "foundingMember(cobalt-mobile,radio-forum)"}},
		{"your firm joined", intro + "Q: Your firm joined the Open Edge Alliance in 2023. What changed?\n\nA: Little.",
			[]string{ceo, "memberOf(cobalt-mobile,open-edge-alliance) since=2023"}},
		{"near miss: not in a question", intro + "\"Your company was a founding member,\" a rival told her.", []string{ceo}},
		{"near miss: your rivals", intro + "Q: Your rivals were founding members. Why not you?\n\nA: Timing.", []string{ceo}},
	})
}
