package extract

// This file reads "the German parent" and "the Finnish rival" as
// nationality descriptions of a company (helper z15hq, issue 13): "Gopalan
// previously headed Deutsche Telekom's business in Germany, and the
// German parent, which owns a majority of T-Mobile, backed the choice"
// speaks of Deutsche Telekom. A kin noun names a company only by its
// relation to another, so it counts only right after the nationality
// ("the German parent", not "the German carrier's parent") and only with
// the definite article the description branch of coref.go starts from.
// A unit or an affiliate is left out: "the German unit" is a company of
// its own that the article seldom names, not its parent.

// kinNouns head a nationality description by the company's relation to
// another.
var kinNouns = map[string]bool{"parent": true, "rival": true}

// kinNoun reports whether toks[j] is a kin noun right after the
// nationality word (n tokens) of "the" at toks[i].
func kinNoun(toks []token, i, j, n int) bool {
	return j == i+1+n && kinNouns[toks[j].Key] && toks[i].Key == "the"
}
