package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Role scope (helper x13f10, issue 13): guards for chief executives and
// chairs whose person is right but whose organisation is wrong. A title
// whose organisation is in the possessive can belong to something of that
// organisation; personRole (relations.go) already drops "chief executive of
// Singtel's data-centre unit" through holdingArg, and roleOfHolding extends
// that to the clause rules (emitFact, clause.go). The shapes:
//
//   - a body above or beside the organisation: "chief executive of
//     Telefonica's parent", "chaired Orange's board meeting", "chairs
//     Nokia's advisory council", "chairs Ericsson's foundation";
//   - a regional remit after the title: "Telenor's chief executive for
//     Sweden" runs the Swedish business, not Telenor;
//   - a country unit the register does not know as one name: "chief
//     executive of Orange Belgium" runs the Belgian company, though only
//     "Orange" is linked;
//   - a plural title over coordinated people and companies: "P and Q, the
//     chief executives of A and B" pairs P with A and Q with B, in order;
//     counts that do not match pair nobody (famRoles, roles.go);
//   - a bare title guessed at a company: not at one whose same title the
//     sentence already gave someone else (titleTaken, roles_newly.go), and
//     not at the article's company when the sentence names another and
//     not that one (otherCompanyNamed, famBareTitle);
//   - a new clause: "O, and its chief executive P" gives O nothing
//     (clauseOpens), and its "its" is the clause subject's, left
//     unresolved when that subject is an unlinked name (unnamedOpener,
//     coref_it.go).
//
// "ex-Telia CEO P" is read in text.go (the tokenizer splits the prefix)
// and relations.go (pastRE). "chairs Vodafone's board" stays a chair of
// Vodafone: board alone is the company's own board; only "board meeting" is
// an event. Committees and working groups are chairs.go's (dropPartChairs):
// a steering committee governs the whole, as the tune gold has it.

// roleBodyNouns name, after "X's", a body that is not X itself.
var roleBodyNouns = map[string]bool{
	"parent": true, "parents": true, "meeting": true, "meetings": true, "advisory": true, "foundation": true,
}

// roleTitleWords are the words of a title that can sit between "X's" and a
// regional remit ("X's group chief executive for Asia").
var roleTitleWords = map[string]bool{
	"chief": true, "executive": true, "officer": true, "ceo": true, "co-ceo": true, "chairman": true,
	"chair": true, "chairwoman": true, "chairperson": true, "president": true, "head": true,
	"managing": true, "director": true, "boss": true, "new": true, "former": true, "interim": true,
}

// roleScopedArg reports whether org argument b, a company in the
// possessive, is followed by a body of its own or by a title with a
// regional remit ("for Sweden"), so that a title there is not a title of b.
func roleScopedArg(s *sent, b arg) bool {
	if countryUnitArg(s, b) || ownerModifierArg(s, b) { // roles_owner_modifier.go
		return true
	}
	toks := possTokens(s, b)
	if possNounIn(toks, roleBodyNouns) {
		return true
	}
	i := 0
	for i < len(toks) && i < 4 && toks[i].Word && roleTitleWords[toks[i].Key] {
		i++
	}
	// "Telenor's chief executive for Sweden": a named remit after the title
	return i > 0 && i+1 < len(toks) && toks[i].Key == "for" && toks[i+1].Word && toks[i+1].Upper
}

// roleOfHolding reports whether a CEO or chair title's organisation b is
// only the owner of what the person runs: a unit, a body or a regional
// remit of b (the clause rules' twin of personRole's guard).
func roleOfHolding(rel schema.Relation, s *sent, b arg) bool {
	return (rel == schema.RelCEOOf || rel == schema.RelChairmanOf) && (holdingArg(s, b) || roleScopedArg(s, b))
}

// countryUnitArg reports whether argument b, a company not in the
// possessive, is followed at once by a country's name ("Orange Belgium",
// "Telia Finland", "China Mobile Hong Kong"): the mention is the group and
// the words after it make it the group's national company.
func countryUnitArg(s *sent, b arg) bool {
	if b.m == nil || b.m.Poss || b.m.End >= len(s.text) || s.text[b.m.End] != ' ' {
		return false
	}
	toks := tokenize(s.text[b.m.End:])
	if len(toks) == 0 || !toks[0].Word || !toks[0].Upper {
		return false
	}
	if countryCode(toks[0].Text) != "" {
		return true
	}
	return len(toks) > 1 && toks[1].Word && toks[1].Upper && countryCode(toks[0].Text+" "+toks[1].Text) != ""
}

// titleTaken reports whether this sentence already gave title rel at org
// to someone other than person: "The unit is chaired by A, Singtel's group
// chief executive, and run by CEO B" names Singtel's chief executive in A,
// so the bare "CEO B" guesses no second one there (the bare title's owner
// is the unit, which the sentence names only by description).
func (x *extractor) titleTaken(s *sent, rel schema.Relation, org, person string) bool {
	for _, f := range x.facts {
		if f.Evidence == s.text && f.Relation == rel && f.Object.ID == org && f.Subject.ID != person {
			return true
		}
	}
	return false
}

// pluralTitle reports whether a title's last word is plural ("the chief
// executives", "co-CEOs", "chairmen"): it belongs to several people.
func pluralTitle(words string) bool {
	ws := strings.Fields(words)
	return len(ws) > 0 && singularTitle(ws[len(ws)-1]) != ""
}

// coordGap reports whether the text between two names joins them in a
// list: "and", a comma, ", and".
func coordGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "and", ",", ", and":
		return true
	}
	return false
}

// pairTitles states a plural title of the people in units people at the
// companies of unit org: every person at the one company ("A and B, the
// co-chief executives of O"), or person i at company i when the counts
// match ("A and B, the chief executives of O1 and O2"); otherwise nobody.
func (x *extractor) pairTitles(c *clauses, people []int, org int, words string, base float64) {
	rels, past := titleRels(words)
	mod := ""
	if past {
		mod = "former"
	}
	var ps []arg
	for _, u := range people {
		ps = append(ps, c.args(x, u)...)
	}
	os := c.args(x, org)
	for _, rel := range rels {
		for i, p := range ps {
			switch {
			case len(os) == 1:
				x.emitFact(c.s, rel, p, os[0], mod, base, schema.Fact{})
			case len(os) == len(ps):
				x.emitFact(c.s, rel, p, os[i], mod, base, schema.Fact{})
			}
		}
	}
}

// clauseOpens reports whether the words between an organisation and a
// title open a new coordinated clause (", and its chief executive", ", but
// its chairman", "; its CEO"): the title there is not the organisation's.
func clauseOpens(gap string) bool {
	g := strings.TrimSpace(gap)
	return strings.HasPrefix(g, ", and ") || strings.HasPrefix(g, ", but ") || strings.HasPrefix(g, "; ")
}

// openerFunctionWords open a sentence without naming its subject.
var openerFunctionWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true, "with": true, "after": true,
	"before": true, "as": true, "by": true, "from": true, "this": true, "that": true, "its": true, "their": true,
	"last": true, "earlier": true, "since": true, "while": true, "when": true, "under": true, "both": true, "it": true,
}

// unnamedOpener reports whether the sentence opens with a name that is no
// mention (ms: the sentence's mentions) and runs as its clause's subject up to the first
// organisation at offset first, with no comma, "that" or reporting verb
// between ("Zentrova is a customer of Cobalt Mobile, and its chief
// executive P said"): a later ", and its" is that subject's, not the
// object's, though the subject is no known organisation.
func unnamedOpener(toks []token, first int, ms []mention) bool {
	if len(toks) == 0 || !toks[0].Word || !toks[0].Upper || openerFunctionWords[toks[0].Key] || toks[0].Start >= first {
		return false
	}
	for _, m := range ms {
		if m.Start <= toks[0].Start && toks[0].Start < m.End {
			return false // a named person or description opens it: the usual rules
		}
	}
	words := 0
	for k := 0; k < len(toks) && toks[k].Start < first; k++ {
		if toks[k].Text == "," || toks[k].Key == "that" || reportingVerbs[toks[k].Key] {
			return false
		}
		words++
	}
	return words > 2
}

// otherCompanyNamed reports whether the sentence names a company other
// than topic (not inside a quotation, not a pronoun or description) and
// not topic itself, even by pronoun: "Z
// Holdings is led by two co-CEOs: P, who is president and co-CEO" gives
// the bare title to a company of its own sentence, so the article's topic
// company is no safe guess for it.
func (x *extractor) otherCompanyNamed(c *clauses, topic string) bool {
	other := false
	for k, u := range c.us {
		if u.Kind != 'E' || c.isCountry(k) || inQuote(c.s.text, u.Start) {
			continue
		}
		for _, a := range c.args(x, k) {
			switch s := x.resolve(a, companyTypes); {
			case s == topic:
				return false // "Telia named P ... after Q, who has been CEO": the topic is in reach
			case s != "" && (a.m == nil || !a.m.Coref):
				other = true
			}
		}
	}
	return other
}
