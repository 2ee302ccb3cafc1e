package extract

// "The unit is chaired by P" (issue 13, z17link): the bare noun "unit"
// opening a sentence refers back to the company under discussion as "the company" does
// (coref.go reads it with the company nouns); it is not one of them,
// since with modifiers a unit is anything ("the Korean military's cyber
// unit" is no company, and a nationality before it would make one).

// bareUnit reports whether toks[i:j+1] is "The unit" opening the
// sentence with nothing between the article and the noun: the company
// under discussion, as "the company" is ("The unit is chaired by P").
// With modifiers it is any unit ("the Korean military's cyber unit");
// inside a sentence it is often a unit the sentence itself speaks of
// ("tapped P to lead the unit", money put "into the unit" that a
// description rule reads), so only the bare opener counts.
func bareUnit(toks []token, i, j int) bool {
	return i == 0 && j == 1 && j < len(toks) && toks[j].Word && toks[j].Key == "unit"
}
