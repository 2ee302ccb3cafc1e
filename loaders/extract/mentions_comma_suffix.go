package extract

// This file keeps a legal suffix set off by a comma in the company's name
// (helper z15hq, issue 13): in "ELYZA, Inc. was founded in 2018" and
// "Meta Platforms, Inc. today announced" the suffix was read as a company
// "Inc" of its own, listed with the real one, and "ELYZA, Inc. was
// founded" founded no one. Only the suffixes that never name anything
// else are taken ("SE" or "SA" after a comma may be a place or a person's
// initials), and only when the suffix ends the phrase.

// commaSuffixes are the legal suffixes news sets off by a comma.
var commaSuffixes = map[string]bool{"inc": true, "ltd": true, "llc": true, "plc": true, "corp": true}

// commaSuffix returns the end of a company's name at toks[:j] extended
// over ", Inc." when that follows it; j otherwise.
func commaSuffix(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j-1].Poss || toks[j].Text != "," || !toks[j+1].Word || !toks[j+1].Upper || !commaSuffixes[toks[j+1].Key] {
		return j
	}
	if j+2 < len(toks) && toks[j+2].Word {
		return j // "A, Inc Networks": the word opens another name
	}
	return j + 2
}
