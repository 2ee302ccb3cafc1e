package extract

import "github.com/telcograph/telcograph/schema"

// A person's name with a middle initial the register leaves out (issue
// 13, dev3: "said Mukesh D. Ambani, Chairman and Managing Director",
// "Akash M. Ambani is Chairman of"). variantOf links the whole name when
// no part of it is known; this file covers the case where the surname is
// already a name of its own (defined by an earlier "Mukesh Ambani"), so
// that the lexicon would otherwise link "Ambani" to the wrong Ambani and
// leave "Akash M." as a name of its own.

// initialedName looks at the tokens before a person mention that starts
// at token i and ends before token j: a capitalised given name and a
// one-letter initial (with or without its dot) that together with the
// mention make a register person's name. It returns the token the full
// name starts at and that person, or (i, ""). initialedAfter is the same
// with the mention as the given name ("Akash" defined by names_given.go).
func (x *extractor) initialedName(text string, toks []token, i, j int) (int, string) {
	k := i - 1
	if k >= 0 && toks[k].Text == "." {
		k--
	}
	if k < 1 || !toks[k].Word || !toks[k].Upper || !middleInitial(toks[k].Key) || toks[k].Poss {
		return i, ""
	}
	g := k - 1
	if !toks[g].Word || !toks[g].Upper || toks[g].Poss || len(toks[g].Key) < 2 {
		return i, ""
	}
	s := x.variantOf(text[toks[g].Start:toks[j-1].End])
	if s == "" || x.typeOf(s) != schema.TypePerson {
		return i, ""
	}
	return g, s
}

// initialedAfter: the mention at tokens [i, j) is a given name followed by
// an initial and a surname that together make a register person's name.
// It returns the token after the full name and that person, or (j, "").
func (x *extractor) initialedAfter(text string, toks []token, i, j int) (int, string) {
	k := j
	if j != i+1 || k >= len(toks) || !toks[k].Word || !toks[k].Upper || !middleInitial(toks[k].Key) || toks[i].Poss {
		return j, ""
	}
	k++
	if k < len(toks) && toks[k].Text == "." {
		k++
	}
	if k >= len(toks) || !toks[k].Word || !toks[k].Upper {
		return j, ""
	}
	s := x.variantOf(text[toks[i].Start:toks[k].End])
	if s == "" || x.typeOf(s) != schema.TypePerson {
		return j, ""
	}
	return k + 1, s
}
