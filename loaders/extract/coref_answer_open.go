package extract

// This file lets a description open an interview's answer the way it
// opens a sentence (helper z15hq, issue 13). In "Q: Who is ELYZA? / Oda:
// The company was set up in 2018 by ..." the speaker's label "Oda:" comes
// before "The company", so the description was not read as the opening
// of its sentence, which continues the previous sentence's one company
// (the company the question asked about); it fell to the article's
// topic, the buyer KDDI, and gave KDDI a founding date.

// opensAnswer reports whether toks[i] opens its sentence, or the answer
// after a speaker's label: one to three capitalised words (or "Q", "A")
// and a colon.
func opensAnswer(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	if i < 2 || i > 4 || toks[i-1].Text != ":" {
		return false
	}
	for k := 0; k < i-1; k++ {
		if !toks[k].Word || !toks[k].Upper {
			return false
		}
	}
	return true
}
