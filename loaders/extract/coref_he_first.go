package extract

// A "he" or "she" that opens a sentence after one naming several people,
// none of them as its opening subject, is the first of them rather than the
// last: the first-mentioned person is the one the sentence is about, and
// the later ones sit in its modifiers ("The unit is now run by Jane Park,
// who took over in May, replacing Tom Reyes. She was previously ...").
// heRef consults it after the sentence's own people and the previous
// sentence's opening subject.

// firstOfSeveral is the first person the sentence s names when it names
// two or more different people (possessives and resolved pronouns aside);
// "" otherwise.
func firstOfSeveral(s *sent) string {
	first, several := "", false
	for _, m := range s.ms {
		if m.Kind != 'P' || m.Slug == "" || m.Coref || m.Poss {
			continue
		}
		if first == "" {
			first = m.Slug
		} else if m.Slug != first {
			several = true
		}
	}
	if !several {
		return ""
	}
	return first
}
