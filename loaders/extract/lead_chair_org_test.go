package extract_test

import "testing"

// TestLeadChairOrg: an organisation that chairs a group's board, or a
// fronted "Chaired by ORG, the group ...", leads the group; a person in
// the chair, a company's own board, a group noun with no group in reach
// and a label others give state no lead (lead_chair_org.go,
// lead_naming.go).
func TestLeadChairOrg(t *testing.T) {
	runNews(t, []newsCase{
		{"company chairs the group's board", "Cobalt Mobile, which chairs the Radio Forum's board, said membership had doubled.",
			[]string{"ledBy(radio-forum,cobalt-mobile)"}},
		{"company chairs the group's board, main clause", "Acme Telecom now chairs the Open Edge Alliance's board.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"near miss: company chairs a company's board", "Cobalt Mobile, which chairs Ion Cloud's board, said sales had doubled.", nil},
		{"near miss: a person chairs the group's board", "Jane Park, who chairs the Radio Forum's board, said membership had doubled.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"fronted chaired by a company, the group", "The Open Edge Alliance was formed in 2021. Chaired by Acme Telecom, the group has written two specifications.",
			[]string{"founded(open-edge-alliance) date=2021", "ledBy(open-edge-alliance,acme-telecom)"}},
		{"fronted led by a company, the consortium", "The Radio Forum met in Oslo. Led by Cobalt Mobile, the consortium runs four working groups.",
			[]string{"ledBy(radio-forum,cobalt-mobile)"}},
		{"near miss: fronted, no group in reach", "Acme Telecom reported results. Chaired by Cobalt Mobile, the group runs four working groups.", nil},
		{"near miss: fronted, the noun is no subject", "The Radio Forum met in Oslo. Chaired by Cobalt Mobile, the meeting ended early.", nil},
		{"near miss: a label others give", "The Radio Forum met in Oslo. Critics call it the Acme Telecom-led alliance.", nil},
		{"near miss: rivals dub it", "The Open Edge Alliance met in Oslo. Rivals dub it the Cobalt Mobile-led club.", nil},
		{"a -led description still reads", "The Open Edge Alliance met in Oslo. The Acme Telecom-led alliance admitted two members.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
	})
}
