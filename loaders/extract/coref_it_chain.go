package extract

// A run of clauses that each take the same "it" as object ("The start-up
// has done this before: A offered it last year, B signed a deal with it,
// and C is working with it") speaks of one thing throughout. itByClause
// (coref_it.go) skips the organisations of the pronoun's own clause and
// takes the nearest one before it; without this, that was the subject of
// the clause before (A), which is bound there just as B is here. So the
// clauses of the earlier object "it"s of the sentence are skipped too, and
// the pronoun goes to what the run of clauses is about. The earlier "it"s
// themselves (resolved or not) do not count as organisations of those
// clauses. A single "with it" after one clause is read as before.

// earlierObjectIts moves clause start start, of "it" at toks[i], back
// over each clause before it in the sentence that holds "it" in an object
// place (after a word that is neither a conjunction nor a subordinator).
func earlierObjectIts(toks []token, i, start int) int {
	for {
		e := -1 // the boundary that ends the clause before
		for k := i - 1; k >= 0; k-- {
			if toks[k].End <= start {
				e = k
				break
			}
		}
		if e < 1 {
			return start
		}
		prev := 0
		for k := e - 1; k >= 0; k-- {
			if t := toks[k]; t.Text == "," || t.Text == ";" || t.Text == ":" || t.Key == "that" {
				prev = t.End
				break
			}
		}
		found := false
		for k := e - 1; k >= 1 && toks[k].Start >= prev; k-- {
			if toks[k].Key == "it" && toks[k-1].Word && !itSubjectCue[toks[k-1].Key] && !itSubordinators[toks[k-1].Key] && !(k+1 < len(toks) && itAuxAfter[toks[k+1].Key]) {
				found = true
				break
			}
		}
		if !found {
			return start
		}
		start, i = prev, e
	}
}

// itAt reports whether the token at offset at is "it": the earlier
// pronouns of a run of clauses are not organisations of those clauses
// (whatever they were resolved to), so they do not rule a candidate out.
func itAt(toks []token, at int) bool {
	for _, t := range toks {
		if t.Start == at {
			return t.Key == "it"
		}
	}
	return false
}

// itAuxAfter are the words after which an "it" is the subject of a
// clause of its own ("A said it would ..."), not an object.
var itAuxAfter = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"may": true, "might": true, "should": true, "plans": true, "planned": true, "expects": true, "did": true, "does": true,
}

// itSubjectCue are the words after which "it" opens a clause.
var itSubjectCue = map[string]bool{"and": true, "but": true, "or": true, "that": true, "so": true, "then": true}
