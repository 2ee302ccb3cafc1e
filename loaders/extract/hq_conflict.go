package extract

// otherNation reports whether a description's nationality contradicts a
// country the text gives the entity it was resolved to, before in the
// article or in a nationality word just before its name in the same
// sentence: "South Korean telco KT signed a pact with Microsoft ... with
// the US company" speaks of another company than KT, so it gives KT no
// second country.
func (x *extractor) otherNation(s *sent, toks []token, m mention) bool {
	if !m.Coref {
		return false
	}
	if c, ok := x.hq[m.Slug]; ok && c != m.Nation {
		return true
	}
	for _, o := range s.ms {
		if o.Slug != m.Slug || o.Coref || o.Start >= m.Start {
			continue
		}
		k := tokenAt(toks, o.Start)
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if d, ok := x.lx.demonymAt(toks, j); ok && j+d.n <= k {
				if prepBetween(toks, j+d.n, k) {
					break // "a Japanese echo of Stargate": the nationality is the echo's
				}
				if d.slug != m.Nation {
					return true
				}
				break
			}
		}
	}
	return false
}

// prepBetween reports whether a preposition stands among toks[from:to]:
// a nationality word before it modifies another noun than the name after.
func prepBetween(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if itPreps[toks[k].Key] {
			return true
		}
	}
	return false
}
