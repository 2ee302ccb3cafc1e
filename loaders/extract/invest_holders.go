package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads investors named by a holder noun (helper x13r, issue
// 13): a copula coordinated after another verb ("A, which controls B and
// is the largest single shareholder in Y"), "A became Y's largest
// shareholder", and a list of investors carried on by "as well as" ("Y
// counts A and B among its investors, as well as C", "Y's shareholders
// include A, which ..., as well as B and C").

// famHolders reads the holder-noun shapes the copula families miss.
func (x *extractor) famHolders(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		switch {
		case u.Lemma == "become" || u.Lemma == "remain":
			x.possBacker(c, v) // "A, which became Y's largest shareholder,"
		case u.Lemma == "be" && v > 0 && c.relative(v-1):
			x.possBacker(c, v) // "A, which is Y's majority shareholder," (round 35; famInvestRelative reads main clauses)
			x.amongBackersOf(c, v)
		case u.Lemma == "be" && c.subject(v) < 0 && c.isPunct(v-1, "and"):
			x.coordHolder(c, v)
		case u.Lemma == "be" || u.Lemma == "remain" || u.Lemma == "count" || u.Lemma == "rank":
			x.amongBackersOf(c, v) // ("A counts among the shareholders of Y": round 39)
		}
	}
	x.asWellAsInvestors(c)
	x.famApposBacker(c)
	x.famApposOneOf(c)    // invest_one_of.go
	x.famApposIts(c)      // invest_one_of.go
	x.famApposBackerOf(c) // invest_appos.go
	x.famOwnedBy(c)
	x.famCoOwners(c) // invest_co_owners.go
}

// coordHolder: "A, which controls B and is the largest shareholder in Y":
// the copula takes the subject of the verb it is coordinated with.
func (x *extractor) coordHolder(c *clauses, v int) {
	n := v + 1
	if n+2 >= len(c.us) || c.us[n].Kind != 'N' || !investorNouns[c.us[n].Lemma] || !holderWords(c.us[n].words) ||
		c.us[n+1].Kind != 'P' || (c.us[n+1].Lemma != "in" && c.us[n+1].Lemma != "of") {
		return
	}
	owned, ok := x.ownedAt(c, n+2)
	if !ok {
		return // "the largest shareholder in the company": too uncertain
	}
	subj := c.coordSubject(v)
	if subj < 0 || c.us[subj].Kind != 'E' || x.ownsItself(c.args(x, subj), owned) {
		return
	}
	x.rule = "invest.coordinated-holder"
	x.investEach(c, c.args(x, subj), owned, c.modText(subj, v), 0.75)
}

// holderWords reports whether a holder noun names a present holder, not a
// possible or past one.
func holderWords(w string) bool {
	for _, bad := range []string{"potential", "former", "would-be", "prospective", "possible", "ex-"} {
		if strings.Contains(w, bad) {
			return false
		}
	}
	return true
}

// asWellAsInvestors: a clause that named the investors of one company and
// ends in ", as well as C" adds C to them.
func (x *extractor) asWellAsInvestors(c *clauses) {
	for k := 0; k+3 < len(c.us); k++ {
		if !c.isPunct(k, ",") || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "as" || c.us[k+2].words != "well" ||
			c.us[k+3].Kind != 'P' || c.us[k+3].Lemma != "as" {
			continue
		}
		e := c.skipDescriptors(k + 4)
		if e >= len(c.us) || c.us[e].Kind != 'E' {
			continue
		}
		e = c.described(e)
		if e+1 < len(c.us) && !c.boundary(e+1) && !c.closingAppos(e+1) {
			continue // "as well as C" must end the sentence (invest_as_well_appos.go)
		}
		// the one investee and the investors this sentence stated so far
		investee, n := x.sentenceInvestee(c)
		if investee == "" || n < 1 {
			return
		}
		x.rule = "invest.as-well-as"
		y := arg{slug: investee, text: "(" + x.nameOf(investee) + ")"}
		for _, a := range c.args(x, e) {
			if x.resolve(a, orgTypesAll) == "" {
				continue
			}
			x.emitFact(c.s, schema.RelInvestedIn, a, y, c.text(0, k), 0.7, schema.Fact{})
		}
		return
	}
}

// coordSubject is the subject of verb v, or else, for a verb after "and",
// the subject of the verb it is coordinated with in the same clause ("A
// spun off its network and sold 60% of it").
func (c *clauses) coordSubject(v int) int {
	if s := c.subject(v); s >= 0 || !c.isPunct(v-1, "and") {
		return s
	}
	for k := v - 2; k >= 0 && !c.boundary(k); k-- {
		if c.us[k].Kind == 'V' {
			return c.subject(k)
		}
	}
	return -1
}

// currencySigns open an amount the tagger keeps apart from its number.
var currencySigns = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "₹": true}

// famApposBacker: "Microsoft, OpenAI's biggest backer with $13 billion
// invested, is not ...", "Deutsche Telekom, T-Mobile's majority owner,":
// a name and a possessive holder noun in apposition, which the mention
// layer reads as a two-item list. The apposition is asserted whatever the
// main clause says, so its own words are its modality.
func (x *extractor) famApposBacker(c *clauses) {
	for k := 0; k+1 < len(c.us); k++ {
		u := c.us[k]
		if u.Kind != 'E' || !c.ents[u.ent].poss || len(c.ents[u.ent].ms) != 2 {
			continue
		}
		at := k + 1
		if at+1 < len(c.us) && c.us[at].Kind == 'O' && currencySigns[c.us[at].words] {
			at++ // "G42's $1.5 billion minority investor" (helper x13i10)
		}
		at = c.possNoun(at) // invest_appos.go
		n := c.us[at]
		if n.Kind != 'N' || !investorNouns[n.Lemma] || !holderWords(n.words) || n.Lemma == "funder" {
			continue
		}
		if at+1 < len(c.us) && !c.isPunct(at+1, ",") && !(c.us[at+1].Kind == 'P' && c.us[at+1].Lemma == "with") && !c.sinceThenComma(at+1) &&
			!(at+2 == len(c.us) && c.isPunct(at+1, ".")) { // "..., Airtel Africa's largest shareholder." ends the sentence (round 30)
			continue // "A, Y's owner of record", "A, Y's owner said"
		}
		a, b := c.s.ms[c.ents[u.ent].ms[0]], c.s.ms[c.ents[u.ent].ms[1]]
		if strings.TrimSpace(c.s.text[a.PossEnd:b.Start]) != "," || a.Kind == 'N' || b.Kind == 'N' {
			continue // a list ("A and Y's"), or a country
		}
		investors, owned := x.argOf(c.s, c.ents[u.ent].ms[0]), x.argOf(c.s, c.ents[u.ent].ms[1])
		if len(owned) != 1 || x.ownsItself(investors, owned) {
			continue
		}
		x.rule = "invest.appos-backer"
		x.investEach(c, investors, owned, n.words, 0.7)
	}
}

// amongBackersOf: "A and B are also among the early backers of Y", "A is
// among the largest shareholders in Y".
func (x *extractor) amongBackersOf(c *clauses, v int) {
	k := v + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++ // "also", "still"
	}
	if k+2 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "among" || c.us[k+1].Kind != 'N' || !investorNouns[c.us[k+1].Lemma] ||
		!holderWords(c.us[k+1].words) {
		return
	}
	owned, ok := []arg(nil), false
	if c.us[k+2].Kind == 'P' && (c.us[k+2].Lemma == "of" || c.us[k+2].Lemma == "in") && k+3 < len(c.us) {
		owned, ok = x.ownedAt(c, k+3)
	} else {
		// "for which A and B are among the investors" (invest_for_which.go);
		// the co-investors follow the noun, so k+3 is made the noun's unit
		owned, ok = x.forWhichOwned(c, v)
		k -= 2
	}
	if !ok {
		return
	}
	subj := c.subject(v)
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	investors := c.args(x, subj)
	if subj == 2 && c.isPunct(1, "and") && c.us[0].Kind == 'E' {
		investors = append(c.args(x, 0), investors...) // "Niel and Saade", two names the list reader left apart
	}
	// "A and B are among the investors in Y alongside C and D": the
	// co-investors after the investee hold Y too (helper y14inv)
	investors = append(investors, c.coInvestors(x, k+3)...)
	if x.ownsItself(investors, owned) {
		return
	}
	x.rule = "invest.among-backers-of"
	x.investEach(c, investors, owned, c.modText(subj, v), 0.75)
}

// partOwnedPrefixes make "owned" a part's: "majority-owned",
// "partly owned", "jointly owned".
var partOwnedPrefixes = []string{"majority", "minority", "partly", "part", "jointly", "co", "half"}

// partOwnedVerb reports whether a passive verb group ends in a part's
// word and "owned": "is partly owned", "is now majority-owned". "Jointly
// owned" and "co-owned" are left to the venture rules, whose owners the
// drills' writers annotate as joint-venture partners only.
func partOwnedVerb(words string) bool {
	fs := strings.Fields(strings.TrimSuffix(words, "owned"))
	if len(fs) == 0 || !strings.HasSuffix(words, "owned") {
		return false
	}
	last := strings.TrimSuffix(fs[len(fs)-1], "-")
	return slices.Contains(partOwnedPrefixes, last) && last != "jointly" && last != "co"
}

// coOwnedWords are the passive verb groups that name a company's present
// owners after "by": "Y is owned by A and B", "The fibre group Zayo has
// been held by A and B since a buyout in 2020" (round 45, dev27).
var coOwnedWords = map[string]bool{"is owned": true, "has been owned": true, "is held": true, "has been held": true, "are owned": true, "are held": true}

// famOwnedBy: "Y is majority-owned by A", and an apposition's reduced
// passive "Y, the Singapore operator owned by A's B," (A's B owns Y). A
// bare "Y is owned by A" tells an acquisition as often as a stake, which
// the writers leave ambiguous, so a main clause needs a part's word.
func (x *extractor) famOwnedBy(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Neg || !strings.HasSuffix(u.words, "owned") && !coOwnedWords[u.words] || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "by" {
			continue
		}
		by := c.skipDescriptors(v + 2)
		if by < len(c.us) && c.us[by].Kind == 'E' && c.ents[c.us[by].ent].poss && by+1 < len(c.us) && c.us[by+1].Kind == 'E' {
			by++ // "owned by Temasek's ST Telemedia"
		}
		if by >= len(c.us) || c.us[by].Kind != 'E' || c.isCountry(by) {
			continue
		}
		part := false
		for _, p := range partOwnedPrefixes {
			if strings.HasPrefix(u.words, p+"-") || strings.HasPrefix(u.words, p+" ") {
				part = true
			}
		}
		at := v // the first unit of the owned phrase
		if !part && u.Kind == 'V' && u.words == "owned" && v >= 2 && c.us[v-1].Kind == 'N' && slices.Contains(partOwnedPrefixes, c.us[v-1].words) {
			// "Y is majority owned by A": unhyphenated, the part's word is
			// a noun of its own before the participle (round 45, dev29)
			part, at = true, v-1
		}
		y := -1
		switch {
		case part && c.us[at-1].Kind == 'V' && c.us[at-1].Lemma == "be" && !c.us[at-1].Neg:
			// "Y is majority-owned by A"
			y = c.subject(at - 1)
		case u.Kind == 'V' && u.Passive && partOwnedVerb(u.words):
			// "Y is partly owned by A": the part's word inside the verb group
			y = c.subject(v)
		case part && !strings.HasPrefix(u.words, "jointly") && !strings.HasPrefix(u.words, "co") && at >= 2 && c.isPunct(at-1, ",") && c.us[at-2].Kind == 'E' && !c.ents[c.us[at-2].ent].poss && !c.isPerson(x, at-2):
			// "Kazakhtelecom, majority-owned by the sovereign wealth fund
			// Samruk-Kazyna, is run by": the apposition's reduced passive
			// (round 41, dev26)
			y = at - 2
		case c.us[v-1].Kind == 'E' && v >= 3 && c.isPunct(v-2, ",") && c.us[v-3].Kind == 'E' && c.args(x, v-1) != nil &&
			c.args(x, v-1)[0].m != nil && c.args(x, v-1)[0].m.Coref:
			// "Y, the Singapore-based operator owned by A"
			y = v - 3
		}
		coOwned := false
		if y < 0 && u.Kind == 'V' && u.Passive && coOwnedWords[u.words] {
			// "Y is owned by A and B": owners in the plural hold stakes (one
			// owner may have bought Y outright; the owners of a joint
			// venture, or of "the JV", are its partners, the venture rules')
			y, coOwned = c.subject(v), true
		}
		if y < 0 || c.us[y].Kind != 'E' || c.isCountry(y) {
			continue
		}
		owners, owned := c.args(x, by), c.args(x, y)
		if len(owned) != 1 || x.ownsItself(owners, owned) || coOwned && (len(owners) < 2 || x.typeOf(owned[0].slug) == schema.TypeJointVenture || owned[0].m != nil && owned[0].m.Coref) {
			continue
		}
		x.rule = "invest.owned-by"
		x.investEach(c, owners, owned, c.text(max(v-2, 0), v), 0.7)
	}
}

// ownedAt is the one named company the entity unit at y names (after an
// optional modifier unit, over a descriptor): the company a holder phrase
// ("the largest shareholder in Y") is about; a country, a modifier or a
// description names none.
func (x *extractor) ownedAt(c *clauses, y int) ([]arg, bool) {
	if y < len(c.us) && c.us[y].Kind == 'M' {
		y++
	}
	if y >= len(c.us) || c.us[y].Kind != 'E' || c.isCountry(y) || c.modifierOnly(y) {
		return nil, false
	}
	owned := c.args(x, c.described(y))
	if len(owned) != 1 || owned[0].m == nil || owned[0].m.Coref {
		return nil, false
	}
	return owned, true
}

// sentenceInvestee is the one investee of the investments stated so far in
// c's sentence and how many were stated; "" when none or more than one.
func (x *extractor) sentenceInvestee(c *clauses) (string, int) {
	investee, n := "", 0
	for _, f := range x.facts {
		if f.Relation != schema.RelInvestedIn || f.Evidence != c.s.text {
			continue
		}
		if investee != "" && f.Object.ID != investee {
			return "", 0
		}
		investee = f.Object.ID
		n++
	}
	return investee, n
}
