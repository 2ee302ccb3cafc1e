package extract_test

import "testing"

// TestGroupPartner: a partnership noun whose count (three-way,
// tripartite, four-way) matches the parties named pairs every two of
// them; near misses: a count that does not match, no count, a planned
// three-way partnership, a negated verb.
func TestGroupPartner(t *testing.T) {
	trio := []string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)", "partnerOf(cobalt-mobile,ion-cloud)"}
	runNews(t, []newsCase{
		{"a three-way partnership of", "The deal builds on a three-way partnership of Acme Telecom, Cobalt Mobile and Ion Cloud that was formed in 2024.", trio},
		{"a tripartite partnership among", "Nordic roaming rests on a tripartite partnership among Acme Telecom, Cobalt Mobile and Ion Cloud.", trio},
		{"subjects formed a three-way partnership", "Acme Telecom, Cobalt Mobile and Ion Cloud formed a three-way partnership on edge AI.", trio},
		{"near miss: the count does not match", "A four-way partnership of Acme Telecom, Cobalt Mobile and Ion Cloud was discussed.", nil},
		{"near miss: no count over three parties", "The partnership of Acme Telecom, Cobalt Mobile and Ion Cloud was discussed.", nil},
		{"near miss: a planned three-way partnership", "A planned three-way partnership of Acme Telecom, Cobalt Mobile and Ion Cloud fell apart.", nil},
		{"near miss: did not form", "Acme Telecom, Cobalt Mobile and Ion Cloud did not form a three-way partnership.", nil},
	})
}
