package extract

import "github.com/telcograph/telcograph/schema"

// This file resolves "its" before an investor noun (helper y14inv, issue
// 13): "Orange is its largest shareholder", "Its biggest backer, A, ...",
// "Its two founding shareholders are A and B". "its" was resolved only
// before a title (coref.go) and a holding in a named company
// (coref_its_holding.go), so a possessive investor noun whose possessor
// was a pronoun had no investee and the copula and apposition families
// (families2.go, invest_holders.go) read nothing. The noun names who
// holds the company "its" stands for, just as "its chief executive" names
// who runs it, so "its" is resolved the same way: the subject of its own
// clause, else the company the previous sentence was about. A former or
// would-be holder is left to the families' own checks (holderWords).

// itsInvestorNouns are the holder nouns, singular and plural, that make
// "its" their investee. "owner" is left out: "its owner" is as often a
// parent, which the gold keeps apart from an investment.
var itsInvestorNouns = map[string]bool{
	"investor": true, "investors": true, "backer": true, "backers": true,
	"shareholder": true, "shareholders": true, "funder": true, "funders": true,
}

// itsInvestor reports whether the words after "its" at i are an investor
// noun with at most two modifiers before it ("its largest shareholder",
// "its two founding shareholders") and no "in"/"of" after it, which would
// name another investee ("its biggest investor in Asia" is still its own,
// but "its stake in Y" is coref_its_holding.go's).
func itsInvestor(key func(int) string, i int) bool {
	for n := 1; n <= 3; n++ {
		if itsInvestorNouns[key(i+n)] {
			return key(i+n+1) != "of"
		}
		if key(i+n) == "" || holdingHeads[key(i+n)] || titleWords[key(i+n)] {
			return false
		}
	}
	return false
}

// itsHolderOfOther reports whether "its" at i opens an investor noun that
// a copula or an apposition predicates of the name before it ("Orange is
// its largest shareholder", "Orange, its biggest backer,"): the holder is
// that name, so "its" is another company, the one the previous sentence
// was about, not the subject of its own clause as before a title.
func itsHolderOfOther(key func(int) string, i int) bool {
	if i == 0 || !itsInvestor(key, i) {
		return false
	}
	j := i - 1
	if key(j) == "of" && key(j-1) == "one" {
		j -= 2 // "A is one of its largest shareholders" (round 35)
	}
	switch key(j) {
	case ",", "is", "was", "remains", "remained", "became", "becomes", "has been", "had been":
		return true
	}
	return false
}

// holderInvestee is the company "its" stands for before a predicated
// investor noun: the subject of the previous sentence when that is a
// company this sentence has not named (the holder cannot hold itself),
// else nothing.
func (x *extractor) holderInvestee(toks []token, i int) string {
	if s := x.holderInvesteeBefore(toks, i); s != "" {
		return s
	}
	s := x.prevSubj
	if s == "" || x.typeOf(s) != schema.TypeCompany {
		return ""
	}
	for _, o := range x.curOrgs {
		if o == s {
			return ""
		}
	}
	return s
}

// itsHolderSubject reports whether "its" at i opens a sentence as the
// possessor of an investor noun that a copula then names ("Its largest
// shareholder is A", "Its controlling shareholder remains B"; helper
// z15inv, from dev3 misses). The sentence opens on the pronoun, so no
// name of its own clause can be its antecedent: it is the company the
// text was about, as for any sentence-initial "its" (pronounCompany).
func itsHolderSubject(key func(int) string, i int) bool {
	if i != 0 || !itsInvestor(key, i) {
		return false
	}
	for n := 1; n <= 3; n++ {
		if itsInvestorNouns[key(i+n)] {
			return holderCopulas[key(i+n+1)]
		}
	}
	return false
}

// holderCopulas are the copulas after a sentence-opening investor noun.
var holderCopulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "remains": true, "remain": true, "remained": true}

// holderInvesteeBefore is the company a predicated "its" at toks[i]
// stands for when its clause follows another of the same sentence ("Y
// listed in Stockholm on Tuesday, and A remains its largest shareholder";
// round 35, from dev17-dev20's misses): the first clause's subject, a
// company named first in the sentence and not possessed, and no name of
// the holder's own clause. Anything else leaves the previous sentence's
// company to holderInvestee.
func (x *extractor) holderInvesteeBefore(toks []token, i int) string {
	start := clauseStartBefore(toks, i) // coref_its_clause.go
	if start < 0 || start >= i || len(toks) == 0 {
		return ""
	}
	from, to := toks[0].Start, toks[start].Start
	first := true
	subj := ""
	for _, m := range x.curMs {
		if m.Start >= to {
			if m.Start < toks[i].Start && itOrg(m) && m.Slug == subj {
				return "" // the holder is the first clause's subject itself
			}
			continue
		}
		if m.Start < from {
			continue
		}
		if first {
			first = false
			if !itOrg(m) || m.Poss || m.Start != from || x.typeOf(m.Slug) != schema.TypeCompany {
				return ""
			}
			subj = x.placeholderOf(m.Slug)
		}
	}
	return subj
}
