package extract_test

import "testing"

// TestPronounVerbs: after a subject pronoun, a word news mostly uses as a
// noun ("work", "partner") is the verb ("we work closely with B" in an
// interview answer, "they partner on"); near misses: "our work with" is a
// noun, and a negated verb.
func TestPronounVerbs(t *testing.T) {
	q := "Q: Acme Telecom is five years old. How did it start?\nA: We began in 2019.\nQ: And outside Canada?\nA: "
	const ai = "partnerOf(acme-telecom,ion-cloud)"
	runNews(t, []newsCase{
		{"we work closely with, in an answer", q + "In Korea we work closely with Ion Cloud.", []string{ai}},
		{"we work with, in an answer", q + "We work with Ion Cloud on radio planning.", []string{ai}},
		{"they partner on", "Acme Telecom and Ion Cloud said they partner on edge AI.", []string{ai}},
		{"near miss: our work, a noun", q + "Our work in Korea impressed Ion Cloud.", nil},
		{"near miss: we do not work with", q + "We do not work with Ion Cloud.", nil},
	})
}
