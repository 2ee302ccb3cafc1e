package extract

import "strings"

// participleAdj: an -ed word the lexicon does not know as a verb, between a
// determiner and a noun, is an adjective ("its preferred partner", "a
// trusted supplier"): guessOpen tags unknown -ed words as past verbs, which
// would cut the noun phrase in two and hide its head (helper z18part).
// Known verbs keep their tag ("the planned venture" is read by modality).
func participleAdj(ts []tagged, i int) bool {
	t := ts[i]
	if t.Pos != posVerb || t.Form != formPast || verbBases[t.Lemma] || i == 0 || i+1 >= len(ts) {
		return false
	}
	if ts[i-1].Pos != posDet && !(ts[i-1].Pos == posAdj && i > 1 && ts[i-2].Pos == posDet) {
		return false // "its preferred partner", "its first preferred cloud partner" (round 36)
	}
	n := ts[i+1].Pos
	return n == posNoun || n == posAdj || n == posPropn
}

// unknownParticipleAt reports whether the word at i is an -ed word the
// lexicon does not know as a verb, before a noun, an adjective or a name:
// the adjective before it ("its first preferred partner") stays an
// adjective, for participleAdj to read the -ed word as one too.
func unknownParticipleAt(ts []tagged, i int) bool {
	if i+1 >= len(ts) {
		return false
	}
	t := ts[i]
	if t.Pos != posVerb || t.Form != formPast || verbBases[t.Lemma] {
		return false
	}
	n := ts[i+1].Pos
	return n == posNoun || n == posAdj || n == posPropn
}

// detBeforeModifiers: the word at i closes a noun phrase a determiner opened
// over adjectives and names ("its preferred generative AI partner for", "a
// Korean AI partner on"), so it is a noun, not the verb of "A and OpenAI
// partner on". Without an adjective the reading is left as it was ("their
// Turkcell shares for" stays as tagged).
func detBeforeModifiers(ts []tagged, i int) bool {
	k, adj := i-1, false
	for k >= 0 && (ts[k].Pos == posPropn && !ts[k].Poss || ts[k].Pos == posAdj) {
		adj = adj || ts[k].Pos == posAdj
		k--
	}
	if k < 0 || !adj || ts[k].Pos != posDet {
		return false
	}
	switch ts[k].Key {
	case "its", "their", "our", "his", "her", "a", "an", "the":
		return true
	}
	return false
}

// outsideAdj: "outside" between a determiner, an adjective or a possessive
// and a noun is an adjective ("its largest outside backer", "an outside
// investor", "Y's outside shareholders"), not the preposition of "offices
// outside Europe", which would cut the noun phrase before its head (helper
// z23inv).
func outsideAdj(ts []tagged, i int) bool {
	if ts[i].Key != "outside" || ts[i].Pos != posAdp || i == 0 || i+1 >= len(ts) || ts[i+1].Pos != posNoun {
		return false
	}
	p := ts[i-1]
	return p.Pos == posDet || p.Pos == posAdj || p.Poss
}

// hyphenIngModifier: a hyphenated -ing word after a preposition or a
// determiner, before a noun or "and"/"or", is a modifier of the noun phrase
// ("invested in ride-hailing and payments group Y", "a money-losing
// unit"), not a verb, which would cut the phrase before its head and hide
// the name after it. "co-", "re-" and "pre-" words stay verbs ("after
// co-leading the round").
func hyphenIngModifier(ts []tagged, i int) bool {
	t := ts[i]
	if t.Pos != posVerb || t.Form != formIng || i == 0 || i+1 >= len(ts) || !strings.Contains(t.Key, "-") {
		return false
	}
	for _, p := range []string{"co-", "re-", "pre-"} {
		if strings.HasPrefix(t.Key, p) {
			return false
		}
	}
	if p := ts[i-1].Pos; p != posAdp && p != posDet {
		return false
	}
	n := ts[i+1]
	return n.Pos == posNoun || n.Pos == posCconj && (n.Key == "and" || n.Key == "or")
}
