package extract

import "strings"

// This file lets a nationality of several words ("South Korean", "South
// African", "North Korean") be the adjective a one-word one is: "South
// Korean mobile operator X" and "X, the South African group" give a
// country as "Korean operator X" does, while "South Korea" and "South
// Africa", the names, stay nouns.

// isDemonym reports whether tokens i..j-1 spell a nationality adjective.
func (x *extractor) isDemonym(toks []token, i, j int) bool {
	if j-i == 1 {
		return x.lx.demonym[toks[i].Key]
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			if toks[k].Start != toks[k-1].End+1 {
				return false
			}
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Key)
	}
	return x.lx.demonym[b.String()]
}
