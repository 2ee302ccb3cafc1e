package extract_test

import "testing"

// TestFoundFrontedGroup: a fronted founding participle with its founders
// ("Set up in 2023 by A and B, the group ...") founds the group under
// discussion when a definite group noun, not a name, follows the comma;
// "set up" (no -ed ending) fronts like "founded". Near misses: no group
// named before, a group named too long ago.
func TestFoundFrontedGroup(t *testing.T) {
	fm := []string{"founded(open-edge-alliance) date=2023", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"set up, the group", "The Open Edge Alliance met in Oslo on Monday. Set up in 2023 by Acme Telecom and Cobalt Mobile, the group wants to write shared models.", fm},
		{"founded, the body", "The Open Edge Alliance met in Oslo on Monday. Founded in 2023 by Acme Telecom and Cobalt Mobile, the body plans a test lab.", fm},
		{"set up, the name", "Set up in 2023 by Acme Telecom and Cobalt Mobile, the Open Edge Alliance plans a test lab.", fm},
		{"near miss: no group in discussion", "Acme Telecom opened a lab in Oslo on Monday. Set up in 2023 by Cobalt Mobile and Ion Cloud, the group plans a test lab.", nil},
	})
}
