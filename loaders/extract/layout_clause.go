package extract

import "strings"

// List items that are clauses (issue 13, helper z15list): a listicle's
// bullets often state a fact each, the name first, a description after
// a comma and then the predicate:
//
//	The telco's earlier bets:
//	- Acme AI, the chatbot maker run by Jane Park, took $100 million from Ion Cloud;
//	- Helix Wireless, led by chief executive Omar Haddad, also counts Ion Cloud among its backers.
//
// Such an item is no name of a roster: masking its description (layout.go)
// would blank the fact, and joining the items into one sentence would let
// one item's subject or verb reach into the next. It is read as a sentence
// of its own. A relative clause or a participle after the name ("- IIT
// Bombay, which hosts the effort", "- Acme, backed by Ion Cloud") is a
// description, not the item's predicate.

// itemClause reports whether the item line (after its marker) is a
// clause: after the name, a comma-separated stretch opens with a finite
// verb, maybe after an adverb ("also counts", "took", "has agreed").
func itemClause(line string) bool {
	loc := itemRE.FindStringIndex(line)
	if loc == nil {
		return false
	}
	segs := strings.FieldsFunc(line[loc[1]:], func(r rune) bool { return r == ',' || r == ';' })
	for _, seg := range segs[1:] {
		toks := tokenize(seg)
		ts := tagSentence(toks)
		i := 0
		for i < len(ts) && ts[i].Pos == posAdv {
			i++
		}
		if i >= len(ts) {
			continue
		}
		t := ts[i]
		switch {
		case t.Pos == posAux && t.Key != "being" && t.Key != "been" && t.Key != "having":
			return true // "is a member of", "has agreed"
		case t.Pos == posVerb && t.Form == formPres3:
			return true // "counts", "leads"
		case t.Pos == posVerb && t.Form == formPast && (i+1 >= len(ts) || ts[i+1].Key != "by"):
			return true // "took", "joined the group"; "backed by" is a participle
		}
	}
	return false
}
