package extract_test

import "testing"

// TestDescriptionKnownKindNation covers descriptions that ask for a kind
// and a country ("the American chip company") when the nearest company is
// one of which neither is known (coref_country_poss.go onlyNationalKind,
// used by nationalCompany), and "the start-up" when the article's topic is
// an operator (priors.go kindAlternative): the subject of the sentence
// before, a party of no established kind, is meant. Near misses: two
// known chipmakers of that country, and a start-up description inside the
// sentence that names the only fitting company.
func TestDescriptionKnownKindNation(t *testing.T) {
	reg := mustRegister(t, "kindnation.yaml", `entities:
  nvidia: {name: Nvidia, type: company}
  amd: {name: AMD, type: company}
  kestrel-cloud: {name: Kestrel Cloud, type: company}
  borealis-data: {name: Borealis Data, type: company}
  tessel-mobility: {name: Tessel Mobility, type: company}
  aramis-group: {name: Aramis Group, type: company}
  vexa: {name: Vexa, type: company}
  telkomsel: {name: Telkomsel, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the known chipmaker of that country, not the unknown company just named",
			"Nvidia will supply the graphics processors for the new data centre. Kestrel Cloud signed the lease in March. Borealis Data, a local customer, was not part of the deal. The American chip company said demand was strong.",
			[]string{"headquarteredIn(nvidia,US)"}},
		{"the start-up after its investors were listed",
			"Telkomsel has put $150 million into Tessel Mobility. Telkomsel said the deal would bring new services to its subscribers. Tessel Mobility counts Vexa among its investors. Aramis Group put $50 million into the start-up last year.",
			[]string{"investedIn(aramis-group,tessel-mobility) date=2024 amount=$50 million", "investedIn(telkomsel,tessel-mobility) amount=$150 million", "investedIn(vexa,tessel-mobility)"}},

		// near misses
		{"two known chipmakers of that country",
			"Nvidia and AMD will supply the processors for the new data centre. Kestrel Cloud signed the lease in March. Borealis Data, a local customer, was not part of the deal. The American chip company said demand was strong.",
			nil},
	})
}
