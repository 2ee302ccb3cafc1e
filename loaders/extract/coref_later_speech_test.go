package extract_test

import "testing"

// TestSpeakerSpeech covers a description in a person's apposition whose
// company the person's reported speech names again
// (coref_later_speech.go): "P, chief executive of the Belgian operator,
// said ... Proximus" may be Proximus. Near miss: the description as the
// speaker itself does not name the company its speech names, nor does a
// company of no known nationality named in the speech.
func TestSpeakerSpeech(t *testing.T) {
	reg := mustRegister(t, "speech.yaml", `entities:
  proximus: {name: Proximus, type: company}
  telenet: {name: Telenet, type: company}
  ines-moreau: {name: Ines Moreau, type: person}
  brabant-mobile: {name: Brabant Mobile, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the speaker's company named in the speech",
			"Proximus will cut 300 jobs in Brussels next year.\n\nInes Moreau, chief executive of the Belgian operator, said the cuts would make Proximus stronger.",
			[]string{"ceoOf(ines-moreau,proximus)", "headquarteredIn(proximus,BE)"}},

		// near misses
		{"a company of no known nationality in the speech",
			"Brabant Mobile will cut 300 jobs in Leuven next year.\n\nInes Moreau, chief executive of the Belgian operator, said the cuts would help Brabant Mobile.",
			nil},
		{"the description speaks",
			"Telenet will cut 300 jobs in Mechelen next year.\n\nThe Belgian operator said it would buy network gear from Proximus.",
			[]string{"headquarteredIn(telenet,BE)"}},
	})
}
