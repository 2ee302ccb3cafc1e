package extract_test

import (
	"testing"
)

// TestFormerNames: a register that lists a company under its new name
// ("Meta") still finds it under its former one ("Facebook"), unless the
// register lists the former name as an entity of its own.
func TestFormerNames(t *testing.T) {
	newOnly := mustRegister(t, "new.yaml", `entities:
  meta: {name: Meta, type: company}
  granite-labs: {name: Granite Labs, type: company}
`)
	both := mustRegister(t, "both.yaml", `entities:
  meta: {name: Meta, type: company}
  facebook: {name: Facebook, type: company}
  granite-labs: {name: Granite Labs, type: company}
`)
	text := "In 2020 Facebook put $50 million into Granite Labs."
	runNewsWith(t, newOnly, []newsCase{{"the former name", text, []string{"investedIn(meta,granite-labs) date=2020 amount=$50 million"}}})
	runNewsWith(t, both, []newsCase{{"both registered", text, []string{"investedIn(facebook,granite-labs) date=2020 amount=$50 million"}}})
}
