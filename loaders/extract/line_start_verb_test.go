package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
)

// A line that opens on a verb (the rest of a sentence a hard wrap or a
// careless paste cut off) once made two rules read the unit before the
// verb, at index -1, and panic: the deal reader behind a stake ("bought
// about 7% of Y"), and the succession reader ("replaced Q as chief
// executive"). A line may open anywhere; it must never crash a load.
func TestLineOpeningOnAVerb(t *testing.T) {
	reg := newsRegister(t)
	for _, text := range []string{
		"took a 10% stake in Acme Telecom.",
		"bought about 7% of Acme Telecom in late 2022 and kept adding.",
		"acquire a 10% stake in Acme Telecom.",
		"replaced Jane Roe as chief executive of Acme Telecom.",
		"succeed Jane Roe as chairman of Acme Telecom.",
		"source: x\ndate: 2024-05-01\n\nThe deal was signed by\ntook a 5% stake in Acme Telecom and\nreplaced Jane Roe as Acme Telecom's chief executive.",
	} {
		if _, err := extract.ExtractArticle("line.txt", []byte(text), extract.ExtractOptions{Register: reg}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}
