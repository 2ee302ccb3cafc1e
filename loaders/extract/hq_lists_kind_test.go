package extract_test

import "testing"

// TestColonDescriptionKeepsItsKind covers a nationality description
// opening the clause after a semicolon or a colon: the company the last
// clause ended on is meant only if it may be of the kind the description
// names ("the US carrier" is no investment firm): the carrier the
// article is about is.
func TestColonDescriptionKeepsItsKind(t *testing.T) {
	reg := mustRegister(t, "colon.yaml", `entities:
  meridian-mobile: {name: Meridian Mobile, type: company}
  blackstone: {name: Blackstone, type: company}
  kkr: {name: KKR, type: company}
`)
	const opening = "Meridian Mobile reported quarterly results on Tuesday. "
	runNewsWith(t, reg, []newsCase{
		{"after a semicolon",
			opening + "A fibre venture with Blackstone closed in July; the US carrier booked a gain on the sale.",
			[]string{"headquarteredIn(meridian-mobile,US)"}},
		{"after a colon",
			opening + "The towers went to KKR: the American operator keeps a minority.",
			[]string{"headquarteredIn(meridian-mobile,US)"}},
		{"the possessive after a semicolon",
			opening + "A second deal, with KKR, is pending; the US operator's board approved it.",
			[]string{"headquarteredIn(meridian-mobile,US)"}},

		// still the company just named when the kind fits
		{"an investor described as a firm",
			"Meridian Mobile sold its towers to KKR; the US firm paid 2 billion dollars.",
			[]string{"headquarteredIn(kkr,US)"}},
	})
}
