package extract

// A short form several registered names share ("SoftBank" for SoftBank
// Group and SoftBank Corp.) goes to the one the article named first by a
// form that names it alone (issue 13, z17link). Before, the first entity
// the article mentioned in any way won, sentence by sentence: a headline's
// bare "SoftBank" (a guess, the first listed) then outranked the SoftBank
// Group the lead named in full, and two full names in one sentence tied
// and went to the first listed, not the first written. A guess is no
// naming; a full name is, and within a sentence the earlier one wins.

// namedAt is where the article first named an entity by a form that names
// it alone: the sentence, and the offset in it.
type namedAt struct{ sent, pos int }

// noteNamed records that the lexicon entry e, which names slug alone,
// was written at offset pos of the current sentence.
func (x *extractor) noteNamed(e *lexEntry, slug string, pos int) {
	if len(e.slugs) != 1 || slug == "" {
		return
	}
	if x.namedFirst == nil {
		x.namedFirst = map[string]namedAt{}
	}
	if _, ok := x.namedFirst[slug]; !ok {
		x.namedFirst[slug] = namedAt{x.sentIdx, pos}
	}
}

// pickShared is pick (coref.go): of the entities a surface form may
// name, the one named first by a form of its own, else the one the
// article mentioned first, else the first listed.
func (x *extractor) pickShared(slugs []string) string {
	if len(slugs) == 1 {
		return slugs[0]
	}
	best, bestAt := "", namedAt{}
	for _, s := range slugs {
		at, ok := x.namedFirst[s]
		if ok && (best == "" || at.sent < bestAt.sent || at.sent == bestAt.sent && at.pos < bestAt.pos) {
			best, bestAt = s, at
		}
	}
	if best != "" {
		return best
	}
	first := int(^uint(0) >> 1)
	for _, s := range slugs {
		if at, ok := x.firstSeen[s]; ok && at < first {
			best, first = s, at
		}
	}
	if best != "" {
		return best
	}
	return slugs[0]
}
