package extract_test

import (
	"strings"
	"testing"
)

// A headline set in capitals reads as the body writes its words
// (text_headline.go): the same facts as the headline in sentence case.
func TestShoutedHeadline(t *testing.T) {
	reg := newsRegister(t)
	body := "\n\nThe move was announced on Monday. Cobalt Mobile makes radio software, and Acme Telecom said it would open a lab in Oslo, where the Open Edge Alliance will test AI for mobile networks."
	var cases []newsCase
	for _, h := range []struct{ name, headline string }{
		{"an investment", "Acme Telecom invests in Cobalt Mobile"},
		{"a name of three words that the body writes", "Cobalt Mobile joins Open Edge Alliance as a founding member"},
	} {
		want := extractFacts(t, h.headline+body, reg)
		if len(want) == 0 {
			t.Fatalf("%s: no facts from %q", h.name, h.headline)
		}
		cases = append(cases, newsCase{h.name + " in capitals", strings.ToUpper(h.headline) + body, want})
	}
	// a word the body does not write is read in small letters, so a name
	// the body never writes is lost; a short line in capitals is no
	// headline to recase
	cases = append(cases, newsCase{"an acronym alone", "AI RAN\n\nAcme Telecom invested in Cobalt Mobile.",
		extractFacts(t, "AI RAN\n\nAcme Telecom invested in Cobalt Mobile.", reg)})
	runNewsWith(t, reg, cases)
}
