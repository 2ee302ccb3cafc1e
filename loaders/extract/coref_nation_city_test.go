package extract_test

import "testing"

// TestNationCity: a city before a description's head reads as its
// country does, inside a sentence too (coref_nation_city.go), and states
// no headquarters of its own.
func TestNationCity(t *testing.T) {
	reg := mustRegister(t, "city.yaml", `entities:
  quillon-networks: {name: Quillon Networks, type: company}
  marvex: {name: Marvex, type: company}
  velora-systems: {name: Velora Systems, type: company}
  mark-dunne: {name: Mark Dunne, type: person}
  tarsis-capital: {name: Tarsis Capital, type: company}
  kelpo-ventures: {name: Kelpo Ventures, type: company}
  falcor-holdings: {name: Falcor Holdings, type: company}
  norvik-telecom: {name: Norvik Telecom, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"subject of a reported clause",
			"Quillon Networks opened a research centre last year. Analysts said the Osaka operator formed a joint venture with Marvex in 2024.",
			[]string{"jointVenture(marvex,quillon-networks)"}},
		{"second conjunct, with a list of investors",
			"Velora Systems builds radio chips. Mark Dunne is chief executive, and the Munich company counts Tarsis Capital and Kelpo Ventures as investors.",
			[]string{"ceoOf(mark-dunne,velora-systems)", "investedIn(kelpo-ventures,velora-systems)", "investedIn(tarsis-capital,velora-systems)"}},
		{"a two-word city after a fronted adverbial",
			"Falcor Holdings manages 90 billion dollars. Last year the Abu Dhabi group invested in Norvik Telecom.",
			[]string{"investedIn(falcor-holdings,norvik-telecom) date=2024"}},
		{"after a fronted adverbial, present perfect",
			"Norvik Telecom cut 300 jobs in March. Since 2019 the Oslo carrier has invested in Kelpo Ventures.",
			[]string{"investedIn(norvik-telecom,kelpo-ventures) date=2019"}},
		// near miss: a company the text placed in another country is not
		// the city's
		{"a company of another country",
			"Velora Systems, a German chip designer, cut jobs on Monday. Analysts said the Tokyo company counts Tarsis Capital as an investor.",
			[]string{"headquarteredIn(velora-systems,DE)"}},
	})
}

// TestNationCityAppos: a city description apposed to a name is that
// name's own descriptor, one a descriptor placed in another city is not
// the city's, and "the Paris-based company" keeps its reading.
func TestNationCityAppos(t *testing.T) {
	reg := mustRegister(t, "city2.yaml", `entities:
  velora-systems: {name: Velora Systems, type: company}
  tarsis-capital: {name: Tarsis Capital, type: company}
  jane-moor: {name: Jane Moor, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"apposed to the name before it",
			"Tarsis Capital backs Velora Systems, the Munich chip company founded in 2020.",
			[]string{"founded(velora-systems) date=2020", "investedIn(tarsis-capital,velora-systems) date=2020"}},
		{"near miss: a possessive before a title is left alone",
			"Tarsis Capital has backed Velora Systems since 2020. Jane Moor, the Berlin company's chief executive, said it would hire 50 engineers.",
			[]string{"investedIn(tarsis-capital,velora-systems) date=2020"}},
		{"near miss: a company a descriptor placed in another city",
			"Velora Systems, a Munich chip designer, cut jobs. Analysts said the Berlin company counts Tarsis Capital as an investor.",
			nil},
		{"the same city",
			"Velora Systems, a Munich chip designer, cut jobs. Analysts said the Munich company counts Tarsis Capital as an investor.",
			[]string{"investedIn(tarsis-capital,velora-systems)"}},
		{"city joined to -based",
			"Velora Systems is based in Paris. Analysts said the Paris-based company counts Tarsis Capital as an investor.",
			[]string{"investedIn(tarsis-capital,velora-systems)"}},
	})
}
