package extract_test

import "testing"

// TestComputingShortName: "Computing" ends a company's name the way
// "Systems" or "Technologies" do, and news drops it: "Kestrel" after
// "Kestrel Computing" is that company, not a new one.
func TestComputingShortName(t *testing.T) {
	reg := mustRegister(t, "computing.yaml", `entities:
  kestrel-computing: {name: Kestrel Computing, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  anna-bruckner: {name: Anna Brückner, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the short name after the full one",
			"Cobalt Mobile agreed to buy Kestrel Computing for $2 billion. Kestrel was founded in 2017 by Anna Brückner, who remains its chief executive.",
			[]string{"ceoOf(anna-bruckner,kestrel-computing)", "founded(kestrel-computing) date=2017", "foundedBy(kestrel-computing,anna-bruckner)"}},
	})
}
