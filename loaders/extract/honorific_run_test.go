package extract_test

import "testing"

// TestStackedHonorifics: stacked titles of address before a name are
// never the person.
func TestStackedHonorifics(t *testing.T) {
	reg := mustRegister(t, "honorific.yaml", `entities:
  borealis-ai: {name: Borealis AI, type: company}
  karim-saud: {name: Karim bin Saud, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"royal highness and crown prince",
			"Borealis AI opened in Riyadh, and its board is chaired by His Royal Highness Crown Prince Karim bin Saud.",
			[]string{"chairmanOf(karim-saud,borealis-ai)"}},
		{"his highness sheikh",
			"Borealis AI is chaired by His Highness Sheikh Karim bin Saud.",
			[]string{"chairmanOf(karim-saud,borealis-ai)"}},
	})
}
