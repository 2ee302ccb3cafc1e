package extract

// lawRun reports whether the unknown capitalised run toks[a:b] names a
// law or a rule book, not an organisation: a run of two or more words
// headed by a legislative noun ("Norway's Security Act", "the Digital
// Markets Act", "the Data Act", "the NIS2 Directive", "the Cyber
// Resilience Regulation"). A country's law is no company based there
// (helper z23org: "our data falls under <country>'s Security Act" gave
// the act a headquarters).
func lawRun(toks []token, a, b int) bool {
	return b-a >= 2 && lawHeads[toks[b-1].Key]
}

// lawHeads are the head nouns of the names of laws.
var lawHeads = map[string]bool{"act": true, "directive": true, "regulation": true, "treaty": true}
