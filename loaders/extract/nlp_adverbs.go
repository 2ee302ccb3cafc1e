package extract

// adverbAdj are adjectives that stand as adverbs between a subject and its
// verb ("The two companies first teamed up in 2019", "Orange later
// joined"), where they must not end the subject's noun phrase.
var adverbAdj = map[string]bool{"first": true, "last": true, "later": true, "early": true}

// floatingQuant reports whether ts[i] follows a quantifier that floats
// after a subject noun ("A and B each own", "the partners both own").
func floatingQuant(ts []tagged, i int) bool {
	if i < 2 {
		return false
	}
	q := ts[i-1].Key
	return (q == "each" || q == "both" || q == "jointly" || q == "all") && (ts[i-2].Pos == posPropn || ts[i-2].Pos == posNoun)
}

// approxWords soften an amount or share: "about 65%", "roughly half".
var approxWords = map[string]bool{
	"about": true, "around": true, "roughly": true, "nearly": true, "almost": true, "some": true, "approximately": true, "just": true,
}

// subjectPronouns are the pronouns a finite verb follows: after them a
// word that is mostly a noun ("work", "partner") is the verb.
var subjectPronouns = map[string]bool{"we": true, "they": true, "i": true, "you": true}

// pronounSubject reports whether ts[i] follows a subject pronoun, over one
// adverb ("we chair", "we still chair").
func pronounSubject(ts []tagged, i int) bool {
	k := i - 1
	if k > 0 && ts[k].Pos == posAdv {
		k--
	}
	return k >= 0 && subjectPronouns[ts[k].Key] && ts[k].Pos == posPron
}

// detBeforeNames reports whether the proper nouns right before token i
// follow a determiner: "the La Caixa banking foundation", where the -ing
// word modifies the noun after it.
func detBeforeNames(ts []tagged, i int) bool {
	k := i - 1
	for k >= 0 && ts[k].Pos == posPropn && !ts[k].Poss {
		k--
	}
	return k >= 0 && k < i-1 && ts[k].Pos == posDet && (ts[k].Key == "the" || ts[k].Key == "a" || ts[k].Key == "an")
}
