package extract_test

import "testing"

// TestFoundedDescribed covers a founding participle describing the
// description that opens a sentence (found_described.go): "The Lisbon
// start-up, founded in 2021 by two engineers, ..." is the company named
// before. Near misses: a pronoun before the participle, a description in
// the middle of the sentence, a possessive description.
func TestFoundedDescribed(t *testing.T) {
	reg := mustRegister(t, "founddesc.yaml", `entities:
  tejo-robotics: {name: Tejo Robotics, type: company}
  atlas-capital: {name: Atlas Capital, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"a start-up described, then founded",
			"Tejo Robotics has hired 40 engineers this year. The Lisbon start-up, founded in 2021 by two engineers from a university lab, sells warehouse robots.",
			[]string{"founded(tejo-robotics) date=2021"}},
		{"the company, set up",
			"Tejo Robotics has hired 40 engineers this year. The company, set up in March 2020, sells warehouse robots.",
			[]string{"founded(tejo-robotics) date=2020-03"}},

		// near misses
		{"a pronoun is no apposition",
			"Tejo Robotics has hired 40 engineers this year. It, founded in 2021, sells warehouse robots.",
			nil},
		{"a possessive description",
			"Tejo Robotics has hired 40 engineers this year. The company's warehouse unit, set up in 2022, sells robots.",
			nil},
	})
}
