package extract_test

import "testing"

// TestHeSubject covers "he" and "she" resolved to the person who opened
// the sentence before as its subject, over a person that sentence named
// later (coref_he.go), and the near misses where a person of the same
// sentence, or no opening person, decides.
func TestHeSubject(t *testing.T) {
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"the subject of the sentence before",
			"Jane Park was due to replace Omar Haddad in May. In the end she became chief executive of Acme Telecom in April.",
			[]string{ceo("jane-park", "acme-telecom")}},
		{"a subject after a short time phrase",
			"On Monday Omar Haddad said Lena Berg would leave. He became chief executive of Acme Telecom in April.",
			[]string{ceo("omar-haddad", "acme-telecom")}},

		// near misses
		{"a person of the same sentence comes first",
			"Jane Park was due to replace Omar Haddad in May. Lena Berg said he became chief executive of Acme Telecom in April.",
			[]string{ceo("lena-berg", "acme-telecom")}},
		{"no person opened the sentence before: the last one named",
			"The board of Borealis Networks picked Omar Haddad in May. He became chief executive of Acme Telecom in April.",
			[]string{ceo("omar-haddad", "acme-telecom")}},
	})
}
