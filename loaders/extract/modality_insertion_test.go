package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestInsertionKeepsItsTense: a relative clause or an apposition between
// a subject and its verb speaks of the subject; its "previously" or
// "former" does not make the main verb's fact a past one.
func TestInsertionKeepsItsTense(t *testing.T) {
	reg, err := facts.ReadRegister("insertion.yaml", []byte(`entities:
  mara-lind: {name: Mara Lind, type: person}
  edge-radio-forum: {name: Edge Radio Forum, type: alliance}
  open-core-group: {name: Open Core Group, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"a relative clause's 'previously' stays in it",
			"Mara Lind, who previously chaired the Edge Radio Forum, now chairs the Open Core Group.",
			[]string{"chairmanOf(mara-lind,edge-radio-forum) modality=past", "chairmanOf(mara-lind,open-core-group)"}, nil},
		{"near miss: the main verb's own 'previously'",
			"Mara Lind previously chaired the Open Core Group.",
			[]string{"chairmanOf(mara-lind,open-core-group) modality=past"}, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
