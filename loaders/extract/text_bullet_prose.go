package extract

import (
	"regexp"
	"strings"
)

// A bulleted line that is one sentence ("- Founders include A, B and C.",
// "* The chipmaker joined in August.") is prose under a heading,
// not a roster: its marker is no word of the sentence, as a numbered
// point's number is none (text.go listNumber). Read with the marker, the
// sentence opened with a dash, and the readings of a sentence's opening
// words ("Founders include" for the group in focus) missed it (helper
// z26mem, round 22). The sentence, and its evidence, start after the
// marker, as the gold quotes a bullet item without its "- ". A line of
// several sentences ("- Lumos. T-Mobile US completed ...") keeps its
// marker: its first words are a run-in heading (about_runin.go).

// bulletMarkRE is a bullet marker opening a line and the space after it.
var bulletMarkRE = regexp.MustCompile(`^[-*•–—·]\s+`)

// bulletProse is the length of the bullet marker that opens the one-line
// sentence s, or 0 when s opens with none or is no sentence: it must end
// in a full stop, question or exclamation mark (a roster item, "- Acme
// Telecom (Norway)", keeps its marker).
func bulletProse(s string) int {
	if strings.Contains(s, "\n") {
		return 0
	}
	loc := bulletMarkRE.FindStringIndex(s)
	if loc == nil {
		return 0
	}
	t := strings.TrimRight(s, `"')]”’`)
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?") || !strings.Contains(s[loc[1]:], " ") {
		return 0
	}
	return loc[1]
}
