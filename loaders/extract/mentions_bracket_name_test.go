package extract_test

import "testing"

// TestBracketInName: a group's full name with its short form in brackets
// before the head noun names the registered group (mention_split_acronym.go).
func TestBracketInName(t *testing.T) {
	reg := mustRegister(t, "bracket.yaml", `entities:
  ofl-alliance: {name: OFL Alliance, type: alliance}
  acme-telecom: {name: Acme Telecom, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the bracket inside the name",
			"Acme Telecom has joined the Open Fibre Link (OFL) Alliance, the group said on Tuesday.",
			[]string{"memberOf(acme-telecom,ofl-alliance) since=2025-06-10"}},
		{"founded through the description after it",
			"Acme Telecom took a seat on the board of the Open Fibre Link (OFL) Alliance. The alliance was founded in May 2024 by Acme Telecom and Helix Wireless.",
			[]string{"founded(ofl-alliance) date=2024-05", "foundingMember(acme-telecom,ofl-alliance)", "foundingMember(helix-wireless,ofl-alliance)"}},
	})
}
