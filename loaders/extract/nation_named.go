package extract

// A nationality adjective on a noun ("Korean firms", "the Japanese cloud
// providers", "the Swedish and Finnish vendors") gives its country to the
// names that noun introduces ("Korean firms Naver and LG"), never to a
// pronoun or description that merely follows it in another clause
// ("smaller Korean firms can build on it", "the Japanese cloud providers
// it works with", "the Swedish and Finnish vendors supply the carrier's
// radios"): those pick up whatever the resolver found for "it" or "the
// carrier", which is not the entity the adjective describes (issue 13).

// corefArg reports whether the marker stands for a description or pronoun
// rather than a name.
func (x *extractor) corefArg(s *sent, marker string) bool {
	a, ok := x.one(s, marker)
	return ok && a.m != nil && a.m.Coref
}
