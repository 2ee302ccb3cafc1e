package extract_test

import "testing"

// TestChairCopulaAdverbs: "P was previously chairman of the defence group
// X", "P is herself chairman of X", "P had been chairman of X": an adverb
// or reflexive after the copula and a description before the name keep
// the title; a committee of X is not X.
func TestChairCopulaAdverbs(t *testing.T) {
	runNews(t, []newsCase{
		{"an adverb and a described company",
			"Jane Park was previously chairman of the defence group Acme Telecom.",
			[]string{"chairmanOf(jane-park,acme-telecom) modality=past"}},
		{"a reflexive",
			"Jane Park is herself chairman of Acme Telecom.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
		{"a reflexive before a chief executive's title",
			"The Radio Forum is chaired by Jane Park, who was himself chief executive of Acme Telecom.",
			[]string{"ceoOf(jane-park,acme-telecom)", "chairmanOf(jane-park,radio-forum)"}},
		{"had been",
			"Jane Park had been chairman of Acme Telecom.",
			[]string{"chairmanOf(jane-park,acme-telecom) modality=past"}},
		{"a committee's chair",
			"Jane Park was chairman of the audit committee of Acme Telecom.",
			nil},
	})
}
