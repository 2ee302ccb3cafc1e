package extract

import "github.com/telcograph/telcograph/schema"

// placeBeforeCountry reports whether the unknown name toks[a:b] is a place:
// after "in" or "from" and followed by a comma and a country the register
// knows ("based in Jeju, South Korea", "from Lakeside, Finland"). It is
// then no organisation.
func (x *extractor) placeBeforeCountry(ms []mention, toks []token, a, b int) bool {
	if a == 0 || b+1 >= len(toks) || toks[b].Text != "," {
		return false
	}
	if k := toks[a-1].Key; k != "in" && k != "from" && k != "near" {
		return false
	}
	for _, m := range ms {
		if m.Start == toks[b+1].Start && m.Kind == kindOf(schema.TypeCountry) {
			return true
		}
	}
	return false
}
