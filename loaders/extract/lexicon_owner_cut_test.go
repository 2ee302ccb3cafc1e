package extract_test

import "testing"

// TestOwnerCut: a programme registered under its owner's name ("NRA
// Silver Lane") is called by the rest of its name after "the NRA-led"
// (lexicon_owner_cut.go), and the owner before "-led" is not the topic a
// later "among the first to sign" goes to. Near misses: the rest of the
// name in lower case is no name; a registered name whose first word is no
// other entity is not cut.
func TestOwnerCut(t *testing.T) {
	reg := mustRegister(t, "owner.yaml", `entities:
  nra: {name: NRA, type: alliance}
  nra-silver-lane: {name: NRA Silver Lane, type: alliance}
  delta-silver-path: {name: Delta Silver Path, type: alliance}
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"owner-led programme, then the first to sign", "The NRA-led Silver Lane scheme now counts 40 carriers, the association says. Acme Telecom and Cobalt Mobile were among the first to sign in 2023.",
			[]string{"ledBy(nra-silver-lane,nra)", "memberOf(acme-telecom,nra-silver-lane)", "memberOf(cobalt-mobile,nra-silver-lane)"}},
		{"near miss: lower case", "The NRA-led silver lane pilot for premium traffic ended in May.", nil},
		{"near miss: no owner", "Acme Telecom said Silver Path partners would meet in May.", nil},
	})
}
