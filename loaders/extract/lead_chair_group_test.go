package extract_test

import "testing"

// TestChairGroup: an organisation in a group's chair leads the group
// (lead_chair_group.go) - active, passive, a reduced relative after the
// group's name, an object relative, and "it" as the chaired object, which
// is not its own clause's subject (coref_it_object.go). A person in the
// chair stays a chairman; a chaired thing that is no group states
// nothing, and "no plans to join it" is a negation, not a plan.
func TestChairGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"an operator chairs a group", "Cobalt Mobile chairs the Radio Forum this year.",
			[]string{"ledBy(radio-forum,cobalt-mobile)"}},
		{"passive, a company in the chair", "The Open Edge Alliance is co-chaired by Acme Telecom and Helix Wireless.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)", "ledBy(open-edge-alliance,helix-wireless)"}},
		{"a reduced relative after the name", "Ion Cloud joined the Radio Forum, chaired by Meridian Mobile, in March.",
			[]string{"ledBy(radio-forum,meridian-mobile)", "memberOf(ion-cloud,radio-forum)"}},
		{"an object relative", "The Edge AI Partnership, which Polar Compute leads, published its first report.",
			[]string{"ledBy(edge-ai-partnership,polar-compute)"}},
		{"it as the chaired object", "Larch Networks is a member of the Radio Forum, and Kestrel Telecom chairs it.",
			[]string{"ledBy(radio-forum,kestrel-telecom)", "memberOf(larch-networks,radio-forum)"}},
		{"a person in the chair", "Jane Park chairs the Radio Forum.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"near miss: a company chairs a company's board", "Acme Telecom chairs the board of Granite Labs.", nil},
		{"near miss: no plans to join it", "Borealis Networks is not a member of the Radio Forum and has no plans to join it.", nil},
		{"near miss: it is a thing, not the group", "Granite Labs is a member of the Radio Forum. It won a contract, and Ion Cloud lost it.",
			[]string{"memberOf(granite-labs,radio-forum)"}},
	})
}
