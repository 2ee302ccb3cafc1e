package extract

import (
	"slices"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 35, from dev22) lets a description by kind prefer a
// company known to be of exactly that kind over one of a kind that merely
// fits. "the chipmaker" may name a network vendor (kindsAgree: both
// supply networks), so after "The Nokia cheque is only the latest in an
// autumn of Nvidia deals", "the chipmaker" went to Nokia, the company the
// resolver chose, though Nvidia, a known chipmaker, was named in the same
// sentence. A company of exactly the kind asked for, named in this
// sentence or the two before, wins over one the priors know as another
// kind; a company of no known kind is left to the resolver as before.

// kindExactReach is how many sentences back kindExact looks.
const kindExactReach = 2

// kindExact is the company to take instead of s for a description asking
// for kind: the nearest company known to be of that kind when s is known
// to be of another one, else "".
func (x *extractor) kindExact(s, kind string, toks []token, i int) string {
	if s == "" || kind == "" || kind == "young" || kind == "gov" || x.kindKnown(s, kind) {
		return ""
	}
	if e, ok := x.lx.ents[s]; !ok || priorLookup(priorKind, e.Name, e.Aliases) == "" {
		// s of no known kind: the resolver's choice stands, unless this
		// very sentence named a company known to be of that kind ("Nvidia
		// named Cassava its partner, and the US chipmaker ...")
		appos := apposedName(x.curMs, toks, i) // "KDDI, the carrier's main rival": not KDDI
		for _, c := range x.curOrgs {
			if c != s && c != appos && x.typeOf(c) == schema.TypeCompany && !x.descExclude[c] && x.kindKnown(c, kind) {
				return c
			}
		}
		return ""
	}
	for _, c := range x.kindCandidates() {
		if at, seen := x.lastSeen[c]; seen && x.sentIdx-at > kindExactReach && !slices.Contains(x.curOrgs, c) {
			continue
		}
		if c != s && x.typeOf(c) == schema.TypeCompany && !x.descExclude[c] && x.kindKnown(c, kind) {
			return c
		}
	}
	return ""
}

// apposedName is the slug of the mention that ends right before a comma
// before toks[i] ("KDDI, the carrier's rival"): a description in
// apposition to a name never names that name's own referent as another.
func apposedName(ms []mention, toks []token, i int) string {
	if i < 2 || toks[i-1].Text != "," {
		return ""
	}
	for _, m := range ms {
		if m.End == toks[i-1].Start && m.Slug != "" {
			return m.Slug
		}
	}
	return ""
}
