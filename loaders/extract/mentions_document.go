package extract

// documentWords are the words of an agreement's title as press releases
// capitalise it: "a Memorandum of Understanding", "a Strategic
// Partnership Agreement", "a Letter of Intent".
var documentWords = map[string]bool{
	"memorandum": true, "understanding": true, "agreement": true, "partnership": true, "collaboration": true,
	"cooperation": true, "co-operation": true, "framework": true, "strategic": true, "letter": true, "intent": true,
	"of": true, "mou": true, "joint": true, "development": true, "alliance": true, "technology": true, "global": true,
}

// documentHeads are the nouns that end (or, before "of", open) such a title.
var documentHeads = map[string]bool{"memorandum": true, "agreement": true, "partnership": true, "collaboration": true, "cooperation": true, "co-operation": true, "letter": true}

// documentRun reports whether the capitalised run toks[a:b] is the title of
// an agreement rather than a name: every word is agreement vocabulary and
// it is headed by an agreement noun ("Memorandum of Understanding",
// "Strategic Partnership Agreement"). A run that opens its sentence is
// left alone, and so is a lone word ("Partnership" may open a name).
func documentRun(toks []token, a, b int) bool {
	if b-a < 2 || a == 0 {
		return false
	}
	for k := a; k < b; k++ {
		if !documentWords[toks[k].Key] {
			return false
		}
	}
	if documentHeads[toks[b-1].Key] {
		return true
	}
	return toks[a].Key == "memorandum" || toks[a].Key == "letter"
}
