package extract_test

import "testing"

// TestApposGroup: an unknown name that an apposition calls an initiative,
// programme or alliance is a group, and "Its founders" after it reach it
// rather than an older group; near misses: a member of a group, and a
// company described without a group noun.
func TestApposGroup(t *testing.T) {
	runFrames(t, []newsCase{
		{"unknown name, 'an initiative to', then 'Its founders were'",
			"The Stratos Alliance formed a working group last month. In October, Acme Telecom launched Zeta-NET, an initiative to build open radio software. " +
				"Its founders were Acme Telecom, Cobalt Mobile and Ion Cloud.",
			[]string{"foundingMember(acme-telecom,zeta-net) frame", "foundingMember(cobalt-mobile,zeta-net) family",
				"foundingMember(ion-cloud,zeta-net) family"}},
		{"unknown name with an owner between article and noun: 'a GSMX programme'",
			"Operators put their names to Quanta Gate, a Stratos Alliance programme that opens network functions. Its founding signatories were Acme Telecom and Cobalt Mobile.",
			[]string{"foundingMember(acme-telecom,quanta-gate) family", "foundingMember(cobalt-mobile,quanta-gate) family"}},
		{"near miss: 'a member of the alliance' is no group",
			"The Stratos Alliance met in Oslo. Zeta Widgets, a member of the alliance, said Acme Telecom and Cobalt Mobile had joined.",
			// the apposition itself states Zeta's membership (member_appos.go)
			[]string{"memberOf(acme-telecom,stratos-alliance) family", "memberOf(cobalt-mobile,stratos-alliance) family", "memberOf(zeta-widgets,stratos-alliance) family"}},
	})
}
