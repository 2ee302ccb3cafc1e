package extract_test

import "testing"

// TestTheyMembers: an answer's "they are members of" after a verbless
// interview question that names organisations (member_they.go), and the
// near misses: a question with a verb, an answer a sentence later, a
// negated answer, a described club with no name.
func TestTheyMembers(t *testing.T) {
	intro := "Jane Park talks about the Radio Forum.\n\n"
	runNews(t, []newsCase{
		{"a club named in apposition", intro + "Q: And Acme Telecom and Cobalt Mobile?\n\nA: They are members of a rival group, the Open Edge Alliance.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)"}},
		{"a club named directly", intro + "Q: What about Ion Cloud?\n\nA: They are members of the Open Edge Alliance.",
			[]string{"memberOf(ion-cloud,open-edge-alliance)"}},
		{"near miss: the question has a verb", intro + "Q: Did Acme Telecom leave?\n\nA: They are members of a rival group, the Open Edge Alliance.", nil},
		{"near miss: the answer comes a sentence later", intro + "Q: And Acme Telecom?\n\nA: Hard to say. They are members of a rival group, the Open Edge Alliance.", nil},
		{"near miss: negated", intro + "Q: And Acme Telecom?\n\nA: They are not members of the Open Edge Alliance.", nil},
		{"near miss: a club with no name", intro + "Q: And Acme Telecom?\n\nA: They are members of a rival group, which I cannot name.", nil},
	})
}
