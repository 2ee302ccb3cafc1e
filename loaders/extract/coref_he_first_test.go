package extract_test

import "testing"

// TestHeFirstOfSeveral: after a sentence that names several people but
// opens with none, "he" or "she" is the first of them, not the one its
// modifiers add (coref_he_first.go); one person named, or a person of the
// pronoun's own sentence, decides as before.
func TestHeFirstOfSeveral(t *testing.T) {
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"the first of two, the second in a participle",
			"The turnaround is now the job of Jane Park, who took over at Borealis Networks in May, replacing Omar Haddad. She was previously chief executive of Acme Telecom.",
			[]string{ceo("jane-park", "acme-telecom") + " modality=past"}},
		{"the first of two, the second after a relative clause",
			"Shareholders will now hear from Lena Berg, whom the board picked over Omar Haddad. She had run Acme Telecom as chief executive since 2019.",
			[]string{ceo("lena-berg", "acme-telecom")}},

		// near misses
		{"one person in the sentence before",
			"The board of Borealis Networks picked Omar Haddad in May. He became chief executive of Acme Telecom in April.",
			[]string{ceo("omar-haddad", "acme-telecom")}},
		{"a person of the pronoun's own sentence comes first",
			"The turnaround is now the job of Jane Park, replacing Omar Haddad. Lena Berg said he became chief executive of Acme Telecom in April.",
			[]string{ceo("lena-berg", "acme-telecom")}},
	})
}
