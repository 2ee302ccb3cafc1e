package extract_test

import "testing"

// TestBareTitleTopic: a title with no organisation goes to the company the
// article follows, not to one a paragraph dwells on or one the sentence
// names before the person.
func TestBareTitleTopic(t *testing.T) {
	reg := mustRegister(t, "baretopic.yaml", `entities:
  borealis-telecom: {name: Borealis Telecom, type: company}
  granite-cloud: {name: Granite Cloud, type: company}
  helix-chips: {name: Helix Chips, type: company}
  mara-lind: {name: Mara Lind, type: person}
  otto-wren: {name: Otto Wren, type: person}
  ines-vale: {name: Ines Vale, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a paragraph on the supplier",
			"Borealis Telecom said on Tuesday it would move its billing to the cloud. Borealis Telecom expects savings within two years. The work will run on servers built by Granite Cloud. Granite Cloud declined to comment. Granite Cloud has a data centre near the city. Mara Lind took over last year from Otto Wren, the former chief executive.",
			nil},
		{"another company opens the sentence",
			"Helix Chips has agreed a supply deal. Helix Chips will ship in May. Helix Chips expects more orders. Borealis Telecom now counts Helix Chips among its suppliers, a deal few expected when Ines Vale, the former chief executive, left.",
			nil},
		{"the article's company keeps its title",
			"Borealis Telecom said on Tuesday it would move its billing to the cloud. Borealis Telecom expects savings within two years. Chief executive Mara Lind said the plan was on track.",
			[]string{"ceoOf(mara-lind,borealis-telecom)"}},
	})
}
