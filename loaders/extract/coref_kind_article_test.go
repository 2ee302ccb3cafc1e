package extract_test

import "testing"

// TestDescriptionArticleKind covers the kind an article's own
// description gives a company the priors do not know
// (coref_kind_article.go): once "The Swedish start-up" named Kvasir Labs,
// "The carrier" is not Kvasir Labs, however often it opened a sentence,
// but the operator in reach. Near miss: with no description of a kind,
// the topic company stays the carrier's antecedent.
func TestDescriptionArticleKind(t *testing.T) {
	reg := mustRegister(t, "artkind.yaml", `entities:
  kvasir-labs: {name: Kvasir Labs, type: company}
  telia: {name: Telia, type: company}
  atlas-capital: {name: Atlas Capital, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"a start-up is no carrier",
			"Kvasir Labs has raised $20 million in a round led by Atlas Capital, with Telia also taking part. The Swedish start-up was founded in 2021. Kvasir Labs will use the money to hire engineers. The carrier, Sweden's largest mobile operator, plans to use the software in its shops.",
			[]string{"founded(kvasir-labs) date=2021", "headquarteredIn(kvasir-labs,SE)", "headquarteredIn(telia,SE)", "investedIn(atlas-capital,kvasir-labs) amount=$20 million", "investedIn(telia,kvasir-labs)"}},

		// near misses
		{"no kind given: the topic",
			"Kvasir Labs has raised $20 million in a round led by Atlas Capital, with Telia also taking part. Kvasir Labs was founded in 2021. Kvasir Labs will use the money to hire engineers. The carrier, Sweden's largest mobile operator, plans to use the software in its shops.",
			[]string{"founded(kvasir-labs) date=2021", "headquarteredIn(kvasir-labs,SE)", "investedIn(atlas-capital,kvasir-labs) amount=$20 million", "investedIn(telia,kvasir-labs)"}},
	})
}
