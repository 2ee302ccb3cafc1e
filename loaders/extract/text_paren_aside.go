package extract

import (
	"strings"
	"unicode"
)

// A description or relative clause in brackets after a name reads as one
// between commas (round 43): "A sold 51 percent of Y (its mast business)
// to B", "A (which owns 10% of B) invested in Y". The brackets become
// commas in place, so offsets stay; an alias in brackets ("Reliance
// Industries Limited (RIL)", "(NASDAQ: NBIS)", `(the "Company")`), a
// photo's "(left)" and anything not opened by a lower-case word of
// parenBridgeWords stay as they are.

// parenBridgeWords open a bracketed description or relative clause.
var parenBridgeWords = map[string]bool{
	"its": true, "their": true, "which": true, "who": true, "whose": true, "a": true, "an": true,
	"the": true, "owned": true, "backed": true, "controlled": true, "founded": true, "based": true, "part": true,
	// (not "now", "formerly": "Helix Wireless (now Larch Networks)" is a rename, clause_renamed.go)
}

// parenAside returns t with each bracketed aside written as commas, and
// whether it found one.
func parenAside(t string) (string, bool) {
	if !strings.Contains(t, " (") {
		return t, false
	}
	b := []byte(t)
	changed := false
	for i := 0; i+2 < len(b); i++ {
		if b[i] != ' ' || b[i+1] != '(' || i == 0 || !unicode.IsLetter(rune(b[i-1])) {
			continue
		}
		j := strings.IndexByte(t[i+2:], ')')
		if j < 0 {
			break
		}
		inner := t[i+2 : i+2+j]
		end := i + 2 + j // index of ')'
		w := strings.Fields(inner)
		if len(w) < 2 || !parenBridgeWords[w[0]] || strings.ContainsAny(inner, "(\"“”:;") {
			continue
		}
		if end+1 >= len(t) || t[end+1] != ' ' {
			continue // "(its unit)." or "(its unit),": the aside ends the clause
		}
		b[i], b[i+1] = ',', ' '
		b[end] = ','
		changed = true
		i = end
	}
	if !changed {
		return t, false
	}
	return string(b), true
}
