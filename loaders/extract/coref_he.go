package extract

import "strings"

// openingPerson is the person a sentence opens with as its subject: its
// first mention, a person, with at most three words before it and no
// comma ("Mike Sievert was due to replace John Legere", "On Monday Jane
// Park said"); "" otherwise.
func (x *extractor) openingPerson(s *sent) string {
	if len(s.ms) == 0 {
		return ""
	}
	m := s.ms[0]
	if m.Kind != 'P' || m.Slug == "" || m.Poss {
		return ""
	}
	before := s.text[:m.Start]
	if strings.Contains(before, ",") || len(strings.Fields(before)) > 3 {
		return ""
	}
	return m.Slug
}

// heRef resolves "he", "him" or "she" at toks[i]. A person named earlier
// in the same sentence takes it, the last one named ("Bibic said he
// would ..."); otherwise the subject of the sentence before, when a
// person opened it, ranks above other people it named ("Mike Sievert was
// due to replace John Legere on May 1. In the end he became ..."); else
// the last person named.
func (x *extractor) heRef(toks []token, i int) string {
	same := ""
	for _, m := range x.curMs {
		if m.Kind == 'P' && m.Slug != "" && m.Start < toks[i].Start {
			same = m.Slug
		}
	}
	if same != "" {
		return same
	}
	if x.subjPerson != "" {
		return x.subjPerson
	}
	if x.prevFirstPerson != "" {
		return x.prevFirstPerson // coref_he_first.go
	}
	return x.lastPerson
}
