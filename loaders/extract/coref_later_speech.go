package extract

// A person's company named in the person's apposition and again in what
// the person said (helper z19coref, issue 13): in "P, chairman and chief
// executive of the French group, said that the deal would help Orange",
// Orange after "said" may be the speaker's own company, so it does not
// bar "the French group" from standing for it (laterNames) when the
// description's nationality is the one known for it. A description that
// is itself the speaker ("The French group said it would sign with
// Orange") keeps the bar: a company does not name itself there; so does a
// company of unknown or other nationality ("P, chief executive of the
// Danish group, said the deal would help Borealis": the partner).

// speakerSpeech is the offset where the reported speech of the person
// whose affiliation the description at toks[i] gives begins, or -1: the
// description follows "of" or "at" inside the apposition of a person
// named before it, and a reporting verb follows it in the sentence.
func (x *extractor) speakerSpeech(toks []token, i int) int {
	if i < 3 || toks[i-1].Key != "of" && toks[i-1].Key != "at" {
		return -1
	}
	person := false
	for _, m := range x.curMs {
		if m.Kind == 'P' && m.End < toks[i].Start {
			person = true
		}
	}
	if !person {
		return -1
	}
	for k := i + 1; k < len(toks); k++ {
		if reportingVerbs[toks[k].Key] && toks[k-1].Text == "," {
			return toks[k].End
		}
	}
	return -1
}

// speakerNation reports whether the description at toks[i] gives a
// nationality and slug is known to be of it (knownNation).
func (x *extractor) speakerNation(toks []token, i int, slug string) bool {
	nat, ok := x.lx.demonymAt(toks, i+1)
	return ok && nat.slug != "" && x.knownNation(slug) == nat.slug
}
