package extract_test

import "testing"

// TestNationalDescriptionIsTheTopic covers a nationality description after
// a company of that country named once in passing (a supplier, a former
// employer): the article's own company of that country, named again and
// again, is meant; a company named beside the description still is.
func TestNationalDescriptionIsTheTopic(t *testing.T) {
	reg := mustRegister(t, "topic.yaml", `entities:
  kestrel-ai: {name: Kestrel AI, type: company}
  hitachi: {name: Hitachi, type: company}
  polar-compute: {name: Polar Compute, type: company}
  meridian-mobile: {name: Meridian Mobile, type: company}
  lena-berg: {name: Lena Berg, type: person}
`)
	opening := "Kestrel AI, a Japanese start-up that designs inference chips, said on Monday it had raised 9 billion yen. " +
		"Kestrel AI will spend the money on engineers, and Kestrel AI plans a second design centre. " +
		"The round was led by Meridian Mobile, which also buys Kestrel AI's chips. "
	runNewsWith(t, reg, []newsCase{
		{"object of a relative clause, after a supplier's possessive",
			opening + "Its founder said the company would keep using Hitachi's servers for testing. " +
				"The financing also drew Polar Compute, which first backed the Japanese firm in 2023.",
			[]string{"headquarteredIn(kestrel-ai,JP)", "investedIn(meridian-mobile,kestrel-ai)", "investedIn(polar-compute,kestrel-ai) date=2023"}},
		{"subject of the next sentence, after a former employer",
			opening + "Lena Berg, a former Hitachi engineer, joined as chief operating officer. " +
				"This month the Japanese start-up signed a supply deal with Polar Compute.",
			[]string{"headquarteredIn(kestrel-ai,JP)", "investedIn(meridian-mobile,kestrel-ai)"}},
		{"passive, the company's own description",
			opening + "Hitachi's laboratories tested the first samples. " +
				"The Japanese company was valued at 60 billion yen.",
			[]string{"headquarteredIn(kestrel-ai,JP)", "investedIn(meridian-mobile,kestrel-ai)"}},

		// still the company named beside it
		{"a company named in the description's own sentence",
			opening + "Hitachi said the Japanese group would supply Polar Compute.",
			[]string{"headquarteredIn(hitachi,JP)", "headquarteredIn(kestrel-ai,JP)", "investedIn(meridian-mobile,kestrel-ai)"}},
	})
}
