package extract_test

import "testing"

// TestFramesBehind: members told after the fact as the companies "behind"
// a group, founding when the sentence speaks of its start, with fellow
// members added by "alongside"; near misses: a group's possession, a
// negation, and a thing behind which no group stands.
func TestFramesBehind(t *testing.T) {
	runFrames(t, []newsCase{
		{"'one of the N companies behind X when it started, alongside'",
			"Acme Telecom was one of the eleven companies behind the Stratos Alliance when it started in Oslo, alongside Cobalt Mobile, Ion Cloud and Kestrel Telecom.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(ion-cloud,stratos-alliance) frame", "foundingMember(kestrel-telecom,stratos-alliance) frame"}},
		{"'are the operators behind X' with no start: members",
			"Acme Telecom and Cobalt Mobile are the operators behind the Edge Compute Forum.",
			[]string{"memberOf(acme-telecom,edge-compute-forum) frame", "memberOf(cobalt-mobile,edge-compute-forum) frame"}},
		{"'at launch', 'together with'",
			"Ion Cloud was among the firms behind the Open Fabric Initiative at launch, together with Orbit Wireless.",
			[]string{"foundingMember(ion-cloud,open-fabric-initiative) frame", "foundingMember(orbit-wireless,open-fabric-initiative) frame"}},
		{"near miss: behind the group's report",
			"Acme Telecom was one of the companies behind the Stratos Alliance's latest report, alongside Cobalt Mobile.",
			nil},
		{"near miss: negated",
			"Acme Telecom was not one of the companies behind the Stratos Alliance when it started.",
			nil},
		{"near miss: the money behind a company",
			"Acme Telecom and Cobalt Mobile are the investors behind Ion Cloud.",
			nil},
	})
}

// TestFramesAnnouncedFormation: "A and B announced the formation of X",
// and a colon list whose items carry clauses of their own after a dash;
// near misses: a formation of something that is no group, a possessive.
func TestFramesAnnouncedFormation(t *testing.T) {
	runFrames(t, []newsCase{
		{"'announced the formation of X'",
			"Acme Telecom, Cobalt Mobile and Ion Cloud today announced the formation of the Stratos Alliance, a carrier-led effort for open radio.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(ion-cloud,stratos-alliance) frame"}},
		{"bulleted founders with clauses after a dash",
			"The Stratos Alliance was announced in Oslo.\n\nThe three founding operators are:\n\n" +
				"- Acme Telecom - the carrier that has been virtualising its core network since 2013\n" +
				"- Cobalt Mobile - the largest operator, which also serves Africa\n- Ion Cloud - a cloud provider",
			// the bullets read as a list in prose (tokenize): the copular
			// roster family reads it before the frame layer does
			[]string{"foundingMember(acme-telecom,stratos-alliance) family", "foundingMember(cobalt-mobile,stratos-alliance) family",
				"foundingMember(ion-cloud,stratos-alliance) family"}},
		{"near miss: the formation of a group's committee",
			"Acme Telecom and Cobalt Mobile announced the formation of the Stratos Alliance's new steering committee.",
			nil},
		{"near miss: the formation of no group",
			"Acme Telecom and Cobalt Mobile announced the formation of a joint task force on spectrum.",
			nil},
	})
}

// TestFramesComeAboard: "came aboard" joins the group of the roster just
// stated, as "came on board" does; a person who came aboard a company
// joins nothing.
func TestFramesComeAboard(t *testing.T) {
	runFrames(t, []newsCase{
		{"'came aboard' after a founding roster",
			"The Stratos Alliance, the group that Acme Telecom and Cobalt Mobile set up last September, plans data centres. Ion Cloud and Kestrel Telecom came aboard in March.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) family", "foundingMember(cobalt-mobile,stratos-alliance) family",
				"memberOf(ion-cloud,stratos-alliance) frame", "memberOf(kestrel-telecom,stratos-alliance) frame"}},
		{"near miss: a person came aboard a company",
			"The Stratos Alliance, the group that Acme Telecom and Cobalt Mobile set up last September, plans data centres. Jane Park came aboard Ion Cloud in March.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) family", "foundingMember(cobalt-mobile,stratos-alliance) family"}},
	})
}
