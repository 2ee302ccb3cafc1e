package extract_test

import "testing"

// TestTitleScope: a title survives a retraction told of something else in
// its sentence, "its managing director and chief executive" is the
// company's, and a title the relations record keeps its place when it is
// coordinated with one they do not ("chairman and chief technology
// officer"); a coordination with a non-title says nothing.
func TestTitleScope(t *testing.T) {
	runNews(t, []newsCase{
		{"a bid called off later in the sentence",
			"Jane Park took over as CEO of Acme Telecom in February 2022, replacing Omar Haddad, on the day a bid for the company was called off.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,acme-telecom) modality=past"}},
		{"its managing director and chief executive",
			"Acme Telecom sells phones. Its managing director and chief executive, Jane Park, was involved in the talks.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"a chairman who is also chief technology officer",
			"Acme Telecom sells phones. Jane Park remains chairman and chief technology officer.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
		{"a title coordinated with a relative is no title pair",
			"Polar Compute was founded in 2012 by Jane Park, who is its chief executive, and her brother Omar Haddad.",
			[]string{"ceoOf(jane-park,polar-compute)", "founded(polar-compute) date=2012", "foundedBy(polar-compute,jane-park)"}},
	})
}
