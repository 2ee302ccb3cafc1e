package extract_test

import "testing"

// TestAcronymInsideName: a known name written long with its acronym set
// inside it.
func TestAcronymInsideName(t *testing.T) {
	reg := mustRegister(t, "acro.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  orx-forum: {name: ORX Forum, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"the long words, the acronym in brackets, the head",
			"Acme Telecom and Cobalt Mobile have joined the Open Radio Exchange (ORX) Forum.",
			[]string{"memberOf(acme-telecom,orx-forum)", "memberOf(cobalt-mobile,orx-forum)"}},
		{"near miss: an acronym that makes no known name",
			"Acme Telecom and Cobalt Mobile have joined the Open Radio Exchange (ORX) Council.",
			nil},
	})
}
