package extract_test

import "testing"

// TestDescriptionYoungKind covers "the start-up" descriptions
// (priors.go, kind "young") and "the model maker" (kind "ai"): a young company is never the established operator,
// vendor or investor of the same nationality named just before it, so
// the description goes to the company the story introduced; near misses
// where the only candidate is an operator leave it unresolved.
func TestDescriptionYoungKind(t *testing.T) {
	reg := mustRegister(t, "young.yaml", `entities:
  kvasir-labs: {name: Kvasir Labs, type: company}
  telia: {name: Telia, type: company}
  telenor: {name: Telenor, type: company}
  atlas-capital: {name: Atlas Capital, type: company}
  mira-holm: {name: Mira Holm, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a start-up after a backer of its nationality",
			"Kvasir Labs, which writes speech software for call centres, has raised $20 million from Atlas Capital and Telia. The Swedish start-up was founded in 2021 by two former academics.",
			[]string{"founded(kvasir-labs) date=2021", "headquarteredIn(kvasir-labs,SE)", "investedIn(atlas-capital,kvasir-labs) amount=$20 million", "investedIn(telia,kvasir-labs) amount=$20 million"}},
		{"the start-up's chief after its operator customer",
			"Kvasir Labs sells speech software to Telia. The Swedish start-up's chief executive, Mira Holm, said sales had doubled.",
			[]string{"ceoOf(mira-holm,kvasir-labs)", "headquarteredIn(kvasir-labs,SE)"}},

		{"a model maker is no operator",
			"Telenor and Kvasir Labs have signed a partnership. The Norwegian model maker will run its assistant on the operator's network.",
			[]string{"headquarteredIn(kvasir-labs,NO)", "partnerOf(kvasir-labs,telenor)"}},

		// near misses
		{"an operator is no start-up, even alone",
			"Telia sells mobile plans in the Nordics. The Swedish start-up's chief executive, Mira Holm, said sales had doubled.",
			nil},
		{"the operator itself",
			"Kvasir Labs sells speech software. Telia uses it in its shops. The Swedish operator's chief executive, Mira Holm, said sales had doubled.",
			[]string{"ceoOf(mira-holm,telia)", "headquarteredIn(telia,SE)"}},
	})
}
