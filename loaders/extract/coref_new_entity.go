package extract

import "github.com/telcograph/telcograph/schema"

// newEntityRef resolves "the new company", "the new venture" at toks[i] to what the article has just said was founded:
// "Humain, the AI company that Saudi Arabia's Public Investment Fund set up
// in May, has its leadership in place. The new company is chaired by ..."
// (round 28, dev5 and tune: the gold resolves "the new company" four times
// over the read splits and the extractor left all four unresolved). The
// entity is the subject of the article's latest founded fact, a company or
// joint venture, named in the last newReach sentences; none, and nothing
// is resolved. Group nouns stay groupRef's (coref.go): "the new body" is as
// often the newer of two alliances compared ("The O-RAN Alliance, the
// older body, was set up in 2018 ... The new body, by contrast").
func (x *extractor) newEntityRef(toks []token, i int, covered []bool) (mention, int, bool) {
	if toks[i].Key != "the" || i+2 >= len(toks) || toks[i+1].Key != "new" || covered[i+2] {
		return mention{}, 0, false
	}
	h := i + 2
	if toks[h].Key == "joint" && h+1 < len(toks) && toks[h+1].Key == "venture" {
		h++
	}
	var types []schema.EntityType
	switch toks[h].Key {
	case "company", "venture", "entity", "business", "firm", "operator", "carrier", "unit", "jv":
		types = []schema.EntityType{schema.TypeCompany, schema.TypeJointVenture}
	default:
		return mention{}, 0, false
	}
	if h+1 < len(toks) && toks[h+1].Word && toks[h+1].Upper {
		return mention{}, 0, false // "the new company Polar Compute": an apposition
	}
	for k := len(x.facts) - 1; k >= 0; k-- {
		f := x.facts[k]
		if f.Relation != schema.RelFounded || f.Modality != "" {
			continue
		}
		s := f.Subject.ID
		t := x.typeOf(s)
		if t != types[0] && (len(types) < 2 || t != types[1]) {
			continue
		}
		if last, ok := x.lastSeen[s]; !ok || x.sentIdx-last > newReach {
			return mention{}, 0, false
		}
		last := toks[h]
		m := mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
		m.Kind, m.Slug = x.kindFor(s), s
		return m, h - i + 1, true
	}
	return mention{}, 0, false
}

// newReach is how many sentences back the new entity must have been named.
const newReach = 3
