package extract

// News puts a country's possessive before a name to say where it is from:
// "controlled by Japan's SoftBank Group", "with Thailand's Gulf Energy
// and AIS". For argument roles the possessive is part of the name's noun
// phrase, not a noun phrase of its own that the preposition governs; the
// country is still read for headquarters by the phrasing rules, which see
// every mention.

// countryPossessives folds an entity span that is one country in the
// possessive, right before another span naming an organisation or a
// person, into that span: the span starts at the country, its mentions are
// the name's.
func countryPossessives(s *sent, ents []entUnit) []entUnit {
	out := ents[:0:0]
	for i := 0; i < len(ents); i++ {
		e := ents[i]
		if len(e.ms) == 1 && i+1 < len(ents) {
			m := s.ms[e.ms[0]]
			next := ents[i+1]
			n := s.ms[next.ms[0]]
			if m.Kind == 'N' && m.Poss && !m.Coref && next.start == m.PossEnd+1 && (isOrgKind(n.Kind) || n.Kind == 'P') {
				next.start = e.start
				ents[i+1] = next
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
