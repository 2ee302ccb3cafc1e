package extract_test

import "testing"

// TestLowerBrandOpensSentence: a sentence may open with a name written in
// lower case ("e&"-like names); it is split from the one before, so a
// title's "its" after it is that name's (text_lower_brand.go).
func TestLowerBrandOpensSentence(t *testing.T) {
	reg := mustRegister(t, "lower.yaml", `entities:
  kestrel-network: {name: Kestrel Network, type: company}
  h-and-n: {name: h&n, type: company}
  enova: {name: eNova, type: company}
  xlink-group: {name: xLink Group, type: company}
  tomas-berg: {name: Tomas Berg, type: person}
  mara-lindqvist: {name: Mara Lindqvist, type: person}
  lena-okafor: {name: Lena Okafor, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"an ampersand name opens the second sentence",
			"Kestrel Network was represented by its chairman, Mara Lindqvist. h&n sent its chief executive, Tomas Berg.",
			[]string{"chairmanOf(mara-lindqvist,kestrel-network)", "ceoOf(tomas-berg,h-and-n)"}},
		{"a name with a capital inside, gapped second clause",
			"The summit opened without Kestrel Network's chief executive. eNova sent its chairman Tomas Berg, and xLink Group its chief executive Lena Okafor.",
			[]string{"chairmanOf(tomas-berg,enova)", "ceoOf(lena-okafor,xlink-group)"}},
		{"after a quotation",
			"\"We will not wait,\" said Mara Lindqvist, chief executive of Kestrel Network. xLink Group's chairman, Tomas Berg, agreed.",
			[]string{"ceoOf(mara-lindqvist,kestrel-network)", "chairmanOf(tomas-berg,xlink-group)"}},
	})
}
