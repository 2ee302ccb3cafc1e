package extract

import (
	"regexp"
	"strings"
)

// verbCoordinated reports whether the words between a name and a verb of
// investing open a second verb group coordinated with the clause before
// ("A had deepened its partnership with B and would invest $50 million in
// Y"): the name ends the first verb group's object, and the investor is
// that clause's subject, which the clause layer reads (round 24, probed
// on an earnings summary of our own).
func verbCoordinated(between string) bool {
	w := strings.Fields(strings.TrimPrefix(strings.TrimSpace(between), ","))
	return len(w) >= 2 && w[0] == "and" && (modalWords[w[1]] || w[1] == "has" || w[1] == "have" || w[1] == "had" || w[1] == "also" || w[1] == "then")
}

// investNotCoordinated is the rule "X invested N in Y" unless its verb
// is coordinated after another clause's object.
func investNotCoordinated(x *extractor, s *sent, m []string) {
	if verbCoordinated(m[2]) || prepObjectAnd(s.sk, m[0], m[2]) || relativeObjectBefore(s.sk, m[0], m[2]) {
		return
	}
	mt := m[2]
	if signedToRE.MatchString(mt) {
		mt += " planned" // "signed a letter of intent to invest up to $100 billion in Y" (round 35)
	}
	x.invest(s, m[1], m[4], m[3], mt, 0.85)
}

// signedToRE is a signed document that commits to an investment not yet
// made: "signed a letter of intent to", "has signed a memorandum of
// understanding to", "signed an agreement to".
var signedToRE = regexp.MustCompile(`\b(?:signed|agreed) (?:a|an) (?:letter of intent|memorandum of understanding|memorandum|agreement) to$`)

// prepObjectAnd reports whether the name that opens match whole of the
// skeleton sk is a preposition's object right before "and" and the verb:
// "A paid $20m for a stake in X and put $15m into Y" puts A's money into
// Y, not X's (round 44, dev28); the clause layer reads A.
func prepObjectAnd(sk, whole, between string) bool {
	if b := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), ",")); b != "and" {
		return false
	}
	at := strings.Index(sk, whole)
	if at <= 0 {
		return false
	}
	ws := strings.Fields(sk[:at])
	if len(ws) == 0 {
		return false
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "in", "of", "for", "with", "into", "from", "to", "at":
		return true
	}
	return false
}

// relativeObjectBefore reports whether the name that opens match whole of
// the skeleton sk is the object of a relative clause that a comma closes
// before the verb: "Y, the holding company that owns the operator, agreed
// to invest $15m in Z" is Y's investment, not the operator's (round 44,
// dev28); the clause layer reads Y.
func relativeObjectBefore(sk, whole, between string) bool {
	if !strings.HasPrefix(strings.TrimSpace(between), ",") {
		return false
	}
	at := strings.Index(sk, whole)
	if at <= 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(sk[:at]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		switch ws[k] {
		case "that", "which", "who", "whom":
			return k < len(ws)-1
		case ",", "and":
			return false
		}
	}
	return false
}
