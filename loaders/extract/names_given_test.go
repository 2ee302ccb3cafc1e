package extract_test

import "testing"

// TestNamesInitialsAndFamily: a middle initial the register leaves out,
// before or after the surname is known by itself, and a relative called
// by the given name once the shared surname has been named.
func TestNamesInitialsAndFamily(t *testing.T) {
	reg := mustRegister(t, "family.yaml", `entities:
  lark-telecom: {name: Lark Telecom, type: company}
  wren-mobile: {name: Wren Mobile, type: company}
  ravi-kapoor: {name: Ravi Kapoor, type: person}
  meera-kapoor: {name: Meera Kapoor, type: person}
  anna-bruckner: {name: Anna Brückner, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a middle initial with its dot",
			"The deal was signed by Ravi K. Kapoor, chief executive of Lark Telecom.",
			[]string{"ceoOf(ravi-kapoor,lark-telecom)"}},
		{"a middle initial after the surname is known",
			"Ravi Kapoor spoke first. Meera S. Kapoor is chairman of Wren Mobile.",
			[]string{"chairmanOf(meera-kapoor,wren-mobile)"}},
		{"a relative by the given name",
			"Ravi Kapoor, 61, opened the meeting. His daughter Meera, who chairs Wren Mobile, spoke next.",
			[]string{"chairmanOf(meera-kapoor,wren-mobile)"}},
		{"near miss: a surname no one shares keeps the house rule",
			"Lark Telecom chief executive Anna Brückner spoke first. Wren Mobile named Anna its chairman.",
			[]string{"ceoOf(anna-bruckner,lark-telecom)"}},
		{"near miss: no relative named",
			"His daughter Meera, who chairs Wren Mobile, spoke next.",
			nil},
	})
}
