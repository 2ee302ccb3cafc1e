package extract

import (
	"regexp"
	"strings"
)

// A title set between commas after a name, the organisation after it,
// as press releases and speaker lists print them (round 24, probed on a
// release of our own): "Jane Park, President and CEO, Acme Networks",
// "...; and P, Chairman, O." The organisation must end the item (the
// sentence, a comma, a semicolon or a bracket follows it), so "P, chief
// executive, O and Q signed" is left alone.

// commaTitleRE is the gap ", <title>, " between the person and the
// organisation; a title with "of" or "at" is titleOfRE's.
var commaTitleRE = regexp.MustCompile(`^, ([a-z&() -]+?), $`)

// itemEnds reports whether the text after an organisation ends its item.
func itemEnds(after string) bool {
	t := strings.TrimLeft(after, " ")
	return t == "" || strings.HasPrefix(t, ".") || strings.HasPrefix(t, ";") || strings.HasPrefix(t, ")") ||
		strings.HasPrefix(t, ",") && !strings.HasPrefix(t, ", and ")
}
