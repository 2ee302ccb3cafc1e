package extract

import "strings"

// This file keeps a new clause's subject out of the list before it
// (helper z15inv, issue 13, from a dev3 spurious fact): in "TikTok took a
// 75% stake in Tokopedia, and GoTo retained a minority holding" the mention
// layer coordinates "Tokopedia, and GoTo" as one list, and the stake went
// to GoTo too. A pair of names is written "A and B"; a comma before the
// "and" of a pair marks the coordination of two clauses, and the finite
// verb right after the second name confirms it (a list of three or more
// may take a serial comma: "A, B, and C announced" stays one subject).
// Likewise "Y, another Tokyo AI start-up" is a name and its apposition,
// not a list: a determiner opens the second item and a common noun ends
// it, so the second name only modifies the apposition's head.

// clauseAfterPair reports whether list l (mention indexes into s.ms) is a
// pair joined by ", and" (or by a bare comma after a preposition) whose
// second name opens a new clause: a finite verb or an auxiliary follows it.
func clauseAfterPair(s *sent, ts []tagged, l []int) bool {
	if len(l) != 2 {
		return false
	}
	a, b := s.ms[l[0]], s.ms[l[1]]
	gap := strings.Join(strings.Fields(s.text[a.PossEnd:b.Start]), " ")
	for _, m := range s.ms {
		if m.Kind == 'N' && m.Poss && m.Start >= a.PossEnd && m.PossEnd <= b.Start {
			// "owned by A, and South Korea's B brought ...": the country's
			// possessive describes B (round 40)
			gap = strings.TrimSpace(strings.Replace(gap, strings.Join(strings.Fields(s.text[m.Start:m.PossEnd]), " "), "", 1))
		}
	}
	if gap == "," && !splicedAfterClause(ts, a.Start) {
		return false
	}
	if gap != ", and" && gap != ",and" && gap != "," && !apposDeterminers[gap] {
		return false
	}
	for _, t := range ts {
		if t.Start < b.PossEnd || !t.Word {
			continue
		}
		if apposDeterminers[gap] {
			return t.Pos == posNoun && !t.Upper // "Y, another Tokyo AI start-up"
		}
		return (t.Pos == posVerb || t.Pos == posAux) && t.Form != formIng && t.Form != formPart
	}
	return false
}

// splicedAfterClause reports whether the word before offset at is a
// preposition of a clause whose verb came before it: "A has a 40% stake
// in Y, B has 34% of Z" splices two clauses with a comma, and the name
// after the comma opens the second (helper z22pinv). A headline's "A, B
// team up" has no preposition before its pair, and a fronted phrase
// ("Under the deal with B, A will build") no verb before it: the pair is
// read as before.
func splicedAfterClause(ts []tagged, at int) bool {
	prev, verb := -1, false
	for i, t := range ts {
		if t.Start >= at {
			break
		}
		if t.Word {
			prev = i
			verb = verb || (t.Pos == posVerb || t.Pos == posAux) && t.Form != formIng
		}
	}
	return verb && prev >= 0 && ts[prev].Pos == posAdp
}

// apposDeterminers open an apposition after a name: ", another", ", a".
var apposDeterminers = map[string]bool{", another": true, ", a": true, ", an": true, ", the": true}

// apposDescription reports whether unit j is a description in apposition,
// a noun phrase opened by a determiner between commas ("A, the sovereign
// wealth fund, and B"): the list goes on after it.
func (c *clauses) apposDescription(j int) bool {
	if j+1 >= len(c.us) || c.us[j].Kind != 'N' || !c.isPunct(j+1, ",") {
		return false
	}
	w := c.us[j].words
	return strings.HasPrefix(w, "the ") || strings.HasPrefix(w, "a ") || strings.HasPrefix(w, "an ")
}
