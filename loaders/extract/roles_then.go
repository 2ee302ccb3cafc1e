package extract

import (
	"regexp"
	"strings"
)

// Two shapes of a title beside an organisation's name (round 16, helper
// z20roles, the roles6 drill):
//
//   - "then" before a title after a possessive is a title held at the
//     time told, a past one: "P, Verizon's then chief executive, at the
//     event in 2023", "Verizon's then chief executive, P, said";
//   - a lone "chief" or "boss" after a name set off by "the" and a comma
//     is that company's chief executive, as without the comma: "The
//     Vodafone chief, Margherita Della Valle, called ...", "the former
//     Acme boss, P," (a past title: "former" before the name).

// thenTitle reads the words after a possessive organisation that ends at
// end: "'s then chief executive" is "former chief executive"; anything
// else is "".
func thenTitle(lower string, end int, tail func(int) string) string {
	rest := lower[end:]
	skip := 0
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(rest, p) {
			skip = len(p)
		}
	}
	r := rest[skip:]
	sp := len(r) - len(strings.TrimLeft(r, " "))
	if sp == 0 || !strings.HasPrefix(r[sp:], "then ") {
		return ""
	}
	w := tail(end + skip + sp + len("then "))
	if !hasTitle(w) {
		return ""
	}
	return "former " + w
}

// thenBefore reads a title before a name that opens with "then" as a
// past one: "then chief executive" is "former chief executive".
func thenBefore(g string) string {
	if t, ok := strings.CutPrefix(g, "then "); ok && hasTitle(t) {
		return "former " + t
	}
	return g
}

// theBeforeRE: "the" (or "the former") right before a name.
var theBeforeRE = regexp.MustCompile(`(?:^|[\s"“(])the (?:former |new |current |interim |acting )?$`)

// theBefore reports whether the text before a name ends in "the".
func theBefore(before string) bool {
	return theBeforeRE.MatchString(before)
}
