package extract_test

import "testing"

// TestRunSince: "P, who has run X since 2019" makes P X's chief executive
// (a former one with "had"); without a time, running X states nothing.
func TestRunSince(t *testing.T) {
	runNews(t, []newsCase{
		{"has run since",
			"Jane Park, who has run Acme Telecom since 2019, said the deal was good.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"had run since",
			"Jane Park, who had run Acme Telecom since 2015, left in May.",
			[]string{"ceoOf(jane-park,acme-telecom) modality=past"}},
		{"a company's unit run since",
			"Jane Park, who has run Acme Telecom's Danish business since 2019, took over on Monday.",
			nil},
		{"no time",
			"Jane Park, who ran Acme Telecom's radio arm, left in May.",
			nil},
	})
}
