package extract

// An object relative clause ends on its verb (issue 13, drill ventures2):
// "The project, which Nokia leads, brings together ...", "X, which A and
// B run," - the antecedent is the verb's object, so nothing follows the
// verb but the comma or stop that closes the clause. Words news nearly
// always uses as nouns (nounOnly: "leads", "heads", "lead", "chairs") are
// verbs there, after "which" or "that" and the names of the subject.

// objectRelativeVerb reports whether token i is the verb that closes
// such a clause: punctuation or the sentence's end after it, and before
// it only a subject of names (joined by "and", "&" or commas, with an
// optional "the") right after "which" or "that".
func objectRelativeVerb(ts []tagged, i int) bool {
	if i+1 < len(ts) && ts[i+1].Word {
		return false
	}
	if _, f, ok := verbForm(ts[i].Key); !ok || f != formPres3 && f != formPast && f != formBase {
		return false
	}
	names := 0
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		switch {
		case ts[j].Pos == posPropn && !ts[j].Poss:
			names++
		case ts[j].Key == "and" || ts[j].Key == "&" || ts[j].Key == "," || ts[j].Key == "the":
		case ts[j].Key == "which" || ts[j].Key == "that":
			return names > 0 && j > 0 && !ts[j-1].Word
		default:
			return false
		}
	}
	return false
}
