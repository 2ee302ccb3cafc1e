package extract

// nationHere reports whether the sentence being read has already given
// company s a country other than country, in an apposition right after
// its name ("SKT, South Korea's largest mobile carrier, ... while the
// Singaporean group ...": the Singaporean group is not SKT; helper x13h9,
// issue 13, the orgfacts2 drill).
func (x *extractor) nationHere(s, country string) bool {
	for k := 0; k+1 < len(x.curMs); k++ {
		m, n := x.curMs[k], x.curMs[k+1]
		if m.Slug != s || m.Coref || n.Kind != 'N' || n.Slug == "" || n.Slug == country {
			continue
		}
		if n.Start-m.PossEnd == 2 || n.Start-m.End == 2 { // "X, Country's ..."
			return true
		}
	}
	return false
}
