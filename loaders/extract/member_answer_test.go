package extract_test

import "testing"

// TestMemberAnswer: a roster given as the verbless answer to an interview
// question about a group's members (member_answer.go), and the near
// misses: an answer whose names have a verb of their own, a question
// about who runs the group, an answer that does not follow the question,
// a question with no group.
func TestMemberAnswer(t *testing.T) {
	intro := "Jane Park talks about the Radio Forum.\n\n"
	runNews(t, []newsCase{
		{"who else is in it", intro + "Q: Who else is in it?\n\nA: Acme Telecom and Cobalt Mobile, among others.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
		{"who has joined the group, answer with an aside", intro + "Q: Who has joined the Open Edge Alliance so far?\n\nA: Ion Cloud and Granite Labs, to name two.",
			[]string{"memberOf(granite-labs,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)"}},
		{"near miss: the names have a verb", intro + "Q: Who else is in it?\n\nA: Acme Telecom has declined to say.", nil},
		{"near miss: who runs it", intro + "Q: Who runs it?\n\nA: Acme Telecom and Cobalt Mobile.", nil},
		{"near miss: the answer comes later", intro + "Q: Who else is in it?\n\nA: I cannot say. Acme Telecom and Cobalt Mobile, perhaps.", nil},
		{"near miss: who is the chair", intro + "Q: Who is the chair of the Radio Forum?\n\nA: Acme Telecom, for now.", nil},
	})
}
