package extract_test

import "testing"

// TestPartnerProgramme: joining another company's partner programme, a
// launch partner the tagger cuts, and "has an alliance with"; near
// misses: a programme with no partner word, a negated join, a founding
// partner, a possible alliance, a person joining.
func TestPartnerProgramme(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"joins B's partner programme", "Acme Telecom joins Cobalt Mobile's partner programme this week.", []string{ab}},
		{"joined B's capitalised partner program", "Acme Telecom joined Cobalt Mobile's Edge Partner Program in May.", []string{ab}},
		{"joined the B partner ecosystem", "Acme Telecom joined the Cobalt Mobile partner ecosystem for private networks.", []string{ab}},
		{"B's launch partner", "Acme Telecom is Cobalt Mobile's launch partner for the new cloud region.", []string{ab}},
		{"is also B's partner", "Acme Telecom is also Cobalt Mobile's cloud partner.", []string{ab}},
		{"has an alliance with B", "Acme Telecom has an alliance with Cobalt Mobile to sell fibre to banks.", []string{ab}},
		{"near miss: a programme with no partner word", "Acme Telecom joined Cobalt Mobile's graduate programme.", nil},
		{"near miss: did not join", "Acme Telecom did not join Cobalt Mobile's partner programme.", nil},
		{"near miss: a founding partner", "Acme Telecom is Cobalt Mobile's founding partner.", nil},
		{"near miss: a possible alliance", "Acme Telecom has a possible alliance with Cobalt Mobile in mind.", nil},
		{"near miss: no longer B's partner", "Acme Telecom is no longer Cobalt Mobile's cloud partner.", nil},
		{"near miss: a person joins", "Jane Park joined Cobalt Mobile's partner programme.", nil},
	})
}
