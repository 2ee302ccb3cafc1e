package extract_test

import "testing"

// TestDescriptionJointVenture covers "The joint venture" opening the
// sentence after the one that created a named venture (coref.go): it is
// that venture, as "the new company" and "the combined operator" are; and
// "the operator's" after sentences about a venture is that venture
// (topicCompany counts joint ventures as companies). A
// near miss: no venture named before, no company is meant.
func TestDescriptionJointVenture(t *testing.T) {
	reg := mustRegister(t, "jvdesc.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  nordlink: {name: NordLink, type: joint_venture}
  jane-park: {name: Jane Park, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the joint venture opening the next sentence",
			"Acme Telecom and Borealis Networks have merged their fibre units, creating NordLink. The joint venture is headquartered in Oslo, Norway.",
			[]string{"headquarteredIn(nordlink,NO)"}},

		{"the company a venture that opened sentences",
			"Acme Telecom and Borealis Networks have merged their fibre units, creating NordLink. NordLink will build fibre in rural Norway. NordLink expects to reach a million homes by 2028. The operator's chief executive, Jane Park, said talks with towns had begun.",
			[]string{"ceoOf(jane-park,nordlink)"}},

		// near misses
		{"no venture named before",
			"Acme Telecom sells broadband in Norway and Sweden. The joint venture is headquartered in Oslo, Norway.",
			nil},
	})
}
