package extract_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/schema"
)

// sentenceEnd is a sentence's end as testdata/blind/layout.py finds it: a
// full stop, question or exclamation mark (and a closing quote) after two
// small letters or digits, before a space and a capital or opening quote.
var sentenceEnd = regexp.MustCompile(`([a-z0-9)%][a-z0-9)%][.!?]["'”]?) (["“(]?[A-Z])`)

// sentenceLines writes an article as many news sites publish it: every
// sentence of the body a paragraph of its own, a blank line after each;
// the headline stays the first line.
func sentenceLines(text string) string {
	head, body, _ := strings.Cut(text, "\n")
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		out = append(out, sentenceEnd.ReplaceAllString(line, "$1\n\n$2"))
	}
	return head + "\n\n" + strings.Join(out, "\n\n")
}

// TestSentenceLinesGiveSameFacts: an article copied from a site that
// makes each sentence a paragraph (testdata/blind/layout.py,
// sentence-lines) gives the facts it gives as written.
func TestSentenceLinesGiveSameFacts(t *testing.T) {
	reg := newsRegister(t)
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		// A roster table whose rows are set apart by blank lines
		// (layout_table.go).
		{"table rows apart",
			"Edge group names its founders\n\nThe Open Edge Alliance starts with eight founding members, grouped by what they bring. The full list, by field:\nField | Founding members\nRadio | Acme Telecom, Borealis Networks\nCloud | Ion Cloud, Polar Compute\nChips | Granite Labs\n\nThe group will publish its first specification next spring.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)"}},
		{"table rows apart under a heading",
			"Edge group names its founders\n\nThe Open Edge Alliance published its roster on Monday, a year after the first talks between the operators.\n\nFounding members (2024)\nCompany | Field\nAcme Telecom | radio\nIon Cloud | cloud\nGranite Labs | chips\n\nThe group will publish its first specification next spring.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)"}},
		// An interview answer goes on in the next one-sentence
		// paragraphs, up to the next question (answer_lines.go).
		{"answer over paragraphs",
			"Q&A: Acme Telecom's Jane Park on open radio\n\nAcme Telecom has spent two years on open radio networks. We spoke with Jane Park, chief executive of Acme Telecom, about what comes next.\n\nQ: What will the money fund?\nA: Mostly research on the radio side, and some on automation. We are working in cooperation with Borealis Networks on the baseband software.\n\nQ: Will you list the company?\nA: Not this year. The market is not ready for us.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		// "the company" under an "About X" heading is X in the next
		// one-sentence paragraphs too, up to the next heading
		// (sentence_lines.go).
		{"about boilerplate over paragraphs",
			"Borealis Networks wins radio deal\n\nBorealis Networks will supply radio software to Acme Telecom under a five-year agreement, Borealis Networks said on Monday. Borealis Networks is led by Omar Haddad, who founded Borealis Networks in 2015.\n\nAbout Acme Telecom\nAcme Telecom was founded in 1998 and serves 20 million customers. Its radio suppliers include Borealis Networks and Cobalt Mobile. It holds a minority stake in Granite Labs.\n\nMedia contact\npress@example.com",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		// "the two companies" are the companies of the two sentences
		// before it in its run of one-sentence paragraphs, as in its
		// paragraph (coref_plural_near.go).
		{"counted companies over paragraphs",
			"Helix Wireless and its radio bets\n\nHelix Wireless has spent heavily on radio start-ups over the past three years.\n\nThe biggest bet is Cobalt Mobile. In 2022 Helix Wireless put $5 million into the maker of the Reef antennas. The money came with a deal: the two companies agreed to jointly develop software for rural masts.",
			[]string{"partnerOf(cobalt-mobile,helix-wireless)"}},
	} {
		t.Run(tt.name, func(t *testing.T) { sameFactsLaidOut(t, reg, tt.text, tt.want, "sentence lines", sentenceLines) })
	}
}

// sameFactsLaidOut checks that text as written gives the facts want and
// that text laid out by layout gives the same facts.
func sameFactsLaidOut(t *testing.T, reg *schema.Register, text string, want []string, name string, layout func(string) string) {
	t.Helper()
	written := extractFacts(t, text, reg)
	for _, w := range want {
		if !contains(written, w) {
			t.Fatalf("as written: no %s in %v", w, written)
		}
	}
	if diff := cmp.Diff(written, extractFacts(t, layout(text), reg), cmpEmpty); diff != "" {
		t.Errorf("%s (-as written +%s):\n%s", name, name, diff)
	}
}
