package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A report that the next clause contradicts (round 21, helper z25part;
// dev4 d4: "Some early reports spoke of a joint venture between the two,
// but KT says the unit will be its own wholly owned subsidiary"): reports,
// rumours or speculation that "spoke of", "talked of", "hinted at" or
// "pointed to" a deal, followed by ", but" or "; but", state nothing up to
// the "but", the variant of "Reports that ... were not confirmed"
// (modality_open.go) with the denial in a clause of its own. A report
// told plainly ("Reports spoke of a deal, which the two later signed")
// is left to the rules.
var (
	reportOfRE = mustFiltered(`(?i)\b(?:reports?|rumou?rs?|speculation|press accounts?)\s+(?:had\s+|have\s+)?(?:spoke|spoken|speak|talked|talk|hinted|hint|pointed|point)\s+(?:of|at|to)\b`)
	butRE      = regexp.MustCompile(`[,;]\s+but\b`)
)

// reportButSpan returns the stretch from a report's noun to the ", but"
// that contradicts it, or -1, -1.
func reportButSpan(text string) (int, int) {
	loc := reportOfRE.FindStringIndex(text)
	if loc == nil {
		return -1, -1
	}
	b := butRE.FindStringIndex(text[loc[1]:])
	if b == nil {
		return -1, -1
	}
	return loc[0], loc[1] + b[0]
}

// partnersLeftOpen reports whether every partner of a joint venture is
// named inside one open span of text.
func partnersLeftOpen(text string, ps []schema.Mention) bool {
	for _, sp := range openSpans(text) {
		in := true
		for _, p := range ps {
			if p.Text == "" || !strings.Contains(sp, p.Text) {
				in = false
				break
			}
		}
		if in {
			return true
		}
	}
	return false
}
