package extract_test

import "testing"

// TestNamedLater: a new company named in a sentence of its own ("The
// company will be called J.") is what the next sentence's "it" stands for
// (coref_named_later.go), with sentences written for the test.
func TestNamedLater(t *testing.T) {
	runNewsWith(t, mustRegister(t, "ventures.yaml", ventureRegister), []newsCase{
		{"The company will be called J. It ...",
			"Acme Telecom and Helix Wireless said on Monday they had set up a 60:40 venture to build towers. The company will be called Granite Labs. It will be headquartered in Norway.",
			[]string{"jointVenture(acme-telecom,helix-wireless) share=60:40", "headquarteredIn(granite-labs,NO)"}},
		{"The venture will be named J. It ...",
			"Acme Telecom and Helix Wireless have set up a joint venture to build towers. The venture will be named Granite Labs. It will be led by chief executive Jane Park.",
			[]string{"jointVenture(acme-telecom,helix-wireless)", "ceoOf(jane-park,granite-labs) modality=planned"}},
		// near miss: a company's own name told again is no new company
		{"a company that is called X: no change of subject",
			"Acme Telecom sells radios in Norway. Its chairman is Jane Park.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
	})
}
