package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// This file reads investments whose investee the clause does not name
// (helper x13z1, issue 13): "Docomo owns 66% and NEC the remaining 34%",
// "Orange and Capgemini hold all of the shares between them", "Silver
// Lake took a stake worth $800 million", "Thales is the majority
// shareholder", "A led a Series A; B and C participated", and an investee
// told by a description ("put $15 million into the chipmaker", "into the
// unit", "the largest investors in the company").
//
// All of them go through one investee-focus model: the company the money
// talk is about is, of
//   - the company of the funding round under discussion,
//   - the investee of the last investment told, and
//   - the joint venture under discussion,
// the one mentioned most recently, provided it was mentioned in the last
// three sentences and is none of the clause's own investors. Two different
// candidates last mentioned in the same sentence, or none in reach, decide
// nothing, and the clause then states nothing.

// focusReach is how many sentences back the focus must have been
// mentioned.
const focusReach = 3

// investeeFocus is the company an object-less investment clause of
// sentence s is about, or "" when the focus model cannot decide.
func (x *extractor) investeeFocus(s *sent, investors []string) string {
	best, bestAt, tie := "", -1, false
	// Under a heading naming one company (a digest's item), money talk
	// is about a company named since the heading, else the heading's,
	// never about one the item before it told of (about.go,
	// about_runin.go); an item about one of the investors changes nothing.
	sec, one := x.sectionTopic()
	itemOnly := sec != "" || !one // an item under a heading of several companies ("3. Reliance and Meta") keeps to itself too (round 33)
	for _, inv := range investors {
		if inv == sec {
			sec = "" // "6. Public Investment Fund": an item about an investor
		}
	}
	add := func(slug string) {
		if slug == "" {
			return
		}
		for _, inv := range investors {
			if inv == slug {
				return
			}
		}
		at, ok := x.lastSeen[slug]
		for _, m := range s.ms {
			if m.Slug == slug && !m.Coref {
				at, ok = x.sentIdx, true // named in this very sentence
			}
		}
		if !ok || x.sentIdx-at > focusReach || itemOnly && at < x.sectionSent {
			return
		}
		switch {
		case at > bestAt:
			best, bestAt, tie = slug, at, false
		case at == bestAt && slug != best:
			tie = true
		}
	}
	if r := x.round; r != nil && x.sentIdx-r.sent <= 2 {
		add(x.resolve(r.co, companyTypes))
	}
	add(x.lastInvesteeOf(s))
	add(x.ventureIn(s))
	if tie {
		return ""
	}
	if best == "" {
		return sec // the item's company, when nothing since its heading is
	}
	return best
}

// lastInvesteeOf is the investee of the last investment told up to
// sentence s (its own clauses before too: "A invested in Y, and B took a
// stake worth $X"), or "": a planned investment puts its company in focus
// too ("A will invest $1.5 billion in Y. ... B took a stake worth $X").
func (x *extractor) lastInvesteeOf(s *sent) string {
	// of the investments the latest sentence with any told, the company
	// most of them went to, the first told on a tie: "Arm, the chip
	// designer controlled by SoftBank, came in, and Samsung took part"
	// is about the round's company, not Arm
	last := ""
	n := map[string]int{}
	best := ""
	for i := len(x.facts) - 1; i >= 0; i-- {
		f := x.facts[i]
		if f.Relation != schema.RelInvestedIn || describingRules[f.Rule] || x.investsIn(f.Object.ID, f.Evidence) {
			continue // a party described by its owner is not the money talk's subject
		}
		if last == "" {
			last = f.Evidence
		}
		if f.Evidence != last {
			break
		}
		n[f.Object.ID]++
		if n[f.Object.ID] >= n[best] {
			best = f.Object.ID
		}
	}
	return best
}

// describingRules state an investment inside a description of a party
// ("Arm, the chip designer controlled by SoftBank,", "Y, backed by A,"):
// its investee is not what the sentence's money talk is about.
var describingRules = map[string]bool{
	"invest.controlled-by": true, "invest.controlled-appos": true, "invest.appos-backer": true, "invest.appos-backer-of": true,
	"investor.apposition": true, "invest.poss-backer": true, "invest.owned-by": true, "invest.vehicle-of": true,
}

// investsIn reports whether slug is an investor in a fact told with
// evidence ev: an investee that invests in the same sentence is a party
// described by its owner ("Arm, controlled by SoftBank, came in").
func (x *extractor) investsIn(slug, ev string) bool {
	for _, f := range x.facts {
		if f.Relation == schema.RelInvestedIn && f.Subject.ID == slug && f.Evidence == ev {
			return true
		}
	}
	return false
}

// ventureIn is the joint venture under discussion at sentence s: one it
// names, else the last one named.
func (x *extractor) ventureIn(s *sent) string {
	for _, m := range s.ms {
		if m.Slug != "" && x.typeOf(m.Slug) == schema.TypeJointVenture {
			return m.Slug
		}
	}
	best, at := "", -1
	for slug, i := range x.lastSeen {
		if x.typeOf(slug) == schema.TypeJointVenture && (i > at || i == at && slug < best) {
			best, at = slug, i
		}
	}
	return best
}

// focusArg is the investee focus as an argument, for investors as.
func (x *extractor) focusArg(s *sent, as []arg) (arg, bool) {
	var inv []string
	for _, a := range as {
		inv = append(inv, x.resolve(a, orgTypesAll))
	}
	f := x.investeeFocus(s, inv)
	if f == "" {
		return arg{}, false
	}
	return arg{slug: f, text: "(" + x.nameOf(f) + ")"}, true
}

// investeeDescRE matches a description that may stand for the investee
// in focus whatever kind of company it is: "the company", "the start-up",
// "the unit", "the new company", "the business". A description that says
// what the company does ("the operator", "the chipmaker", "the bank")
// fits only companies of that kind, which the focus model does not know:
// it is left to the mention layer.
var investeeDescRE = regexp.MustCompile(`^(?:the|this) (?:new |combined |merged |young |small |fledgling )?(?:company|start-up|startup|firm|business|venture|unit|jv|entity|vehicle)$`)

// describedInvestee reports whether words describe the investee rather
// than name it.
func describedInvestee(words string) bool {
	return investeeDescRE.MatchString(strings.TrimSpace(words))
}

// stakeUnit reports whether noun phrase u is a stake or a share of a
// company with no owned company inside it: "a stake worth", "a minority
// stake", "66%", "the remaining 34%", "the other half".
func stakeUnit(u unit) bool {
	if u.Kind != 'N' {
		return false
	}
	if strings.HasSuffix(u.words, "stakes") {
		return false // "small stakes": in several companies, or told elsewhere
	}
	if strings.HasPrefix(u.words, "no ") {
		return false // "holds no stake either"
	}
	if u.Lemma == "stake" || strings.HasPrefix(u.words, "a stake") || strings.Contains(u.words, " stake ") || holdingNoun(u) || positionStake(u) {
		return true
	}
	// a share headed by the share itself, not "20% market share" or "half
	// its revenue"
	return ownedShare(u.words) && shareHeads[u.Lemma]
}

// shareHeads head a noun phrase that is a share of a company's equity.
var shareHeads = map[string]bool{
	"%": true, "percent": true, "cent": true, "half": true, "rest": true, "remainder": true, "majority": true,
	"minority": true, "third": true, "thirds": true, "quarter": true, "all": true,
}

// implicitHoldVerbs hold or take a stake whose company may go unnamed.
var implicitHoldVerbs = map[string]bool{
	"own": true, "hold": true, "keep": true, "retain": true, "control": true,
	"take": true, "buy": true, "acquire": true, "build": true, "build up": true, "pick up": true, "have": true,
	// a stake raised: "raised its stake to almost 10%" (invest_holding.go)
	"raise": true, "increase": true, "lift": true, "boost": true, "top up": true,
}

// famImplicitStake: "Docomo owns 66% and NEC the remaining 34%", "B
// holds a minority stake whose size has not been disclosed", "A took a
// stake worth $800 million", "A and B hold all of the shares between
// them", "A is the majority shareholder": a stake with no company after
// it is in the investee in focus.
func (x *extractor) famImplicitStake(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || c.ts[u.Head].Form == formIng {
			continue
		}
		switch {
		case implicitHoldVerbs[u.Lemma] || u.Lemma == "add" && v+2 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "to":
			n := c.skipApprox(v + 1)
			if u.Lemma == "add" {
				n = v + 2 // "added to its stake" (round 25)
			}
			if n >= len(c.us) || !stakeUnit(c.us[n]) {
				continue
			}
			take := u.Lemma != "own" && u.Lemma != "hold" && u.Lemma != "keep" && u.Lemma != "retain" && u.Lemma != "control" // "has", "took": a stake only
			if take && !strings.Contains(c.us[n].words, "stake") && !holdingNoun(c.us[n]) && !c.boughtShare(u.Lemma, n) {
				continue // "took 60%" names what it took elsewhere or nothing
			}
			x.unnamedStakeHolders(c, v, n)
		case u.Lemma == "pay" || u.Lemma == "invest":
			// "A paid $5 billion for a 9.99% stake in April 2020" (round 35)
			if n := c.paidForStake(v); n >= 0 {
				x.unnamedStakeHolders(c, v, n)
			}
		case u.Lemma == "be":
			x.amongUnnamedHolders(c, v) // "A were among the new shareholders" (invest_among_unnamed.go)
			// "Thales is the majority shareholder", "A and B are the
			// largest investors" with no company after the noun
			n := v + 1
			if n >= len(c.us) || c.us[n].Kind != 'N' || !investorNouns[c.us[n].Lemma] || !holderWords(c.us[n].words) ||
				!strings.HasPrefix(c.us[n].words, "the ") || !rankWord(c.us[n].words) {
				continue
			}
			end, ok := c.unnamedStakeEnd(n)
			if !ok {
				continue
			}
			subj := c.subject(v)
			if subj < 0 || c.us[subj].Kind != 'E' {
				continue
			}
			x.implicitHolders(c, subj, v, end)
		}
	}
}

// unnamedStakeHolders states the subject of verb v as holding the stake at
// unit n in the investee in focus, when the stake names no company.
func (x *extractor) unnamedStakeHolders(c *clauses, v, n int) {
	end, ok := c.unnamedStakeEnd(n)
	if !ok {
		return
	}
	subj := c.floatingSubject(v)
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	x.implicitHolders(c, subj, v, end)
}

// rankWord reports whether an investor noun phrase ranks its holder:
// "the majority shareholder", "the largest investor", "the controlling
// shareholder"; not "the investor", which may be anyone's.
func rankWord(words string) bool {
	for _, w := range []string{"majority", "minority", "largest", "biggest", "controlling", "main", "principal", "anchor", "sole", "single"} {
		if strings.Contains(words, w) {
			return true
		}
	}
	return false
}

// unnamedStakeEnd reports whether the stake at unit n names no company:
// the clause ends, or goes on with what does not name one ("whose size",
// "worth $X", "for $X", "in 2021", "between them", "of its own"). It
// returns the last unit the stake's clause covers.
func (c *clauses) unnamedStakeEnd(n int) (int, bool) {
	k := n + 1
	for ; k < len(c.us) && !c.boundary(k); k++ {
		u := c.us[k]
		switch {
		case c.isPunct(k, ",") || c.isPunct(k, "and") || c.isPunct(k, ";"):
			return k - 1, true
		case u.Kind == 'P' && (u.Lemma == "in" || u.Lemma == "of" || u.Lemma == "into" || u.Lemma == "at"):
			if k+1 < len(c.us) && c.us[k+1].Kind == 'N' && (timeWordRE.MatchString(c.us[k+1].words) || strings.HasPrefix(c.us[k+1].words, "its own") || equityWords[c.us[k+1].words] ||
				strings.HasPrefix(c.us[k+1].words, "their own") || ownedShare(c.us[k+1].words) || c.us[k+1].Lemma == "share") {
				k++
				continue
			}
			if a := c.skipApprox(k + 1); u.Lemma == "of" && a > k+1 && a < len(c.us) && c.us[a].Kind == 'N' && partShare(c.us[a].words) {
				k = a // "a stake of about 10%": its size, no company (helper z15inv)
				continue
			}
			return 0, false // "a stake in Y", "66% of the venture": named, read elsewhere
		case u.Kind == 'E':
			return 0, false
		case u.Kind == 'P' && u.Lemma == "between" && k+1 < len(c.us) && (c.us[k+1].words == "them" || c.us[k+1].words == "themselves"):
			k++
		}
	}
	return k - 1, true
}

// equityWords are what a share is "of" when it names no company: "half
// of the equity", "51% of the shares" (round 35, dev22).
var equityWords = map[string]bool{"the equity": true, "the shares": true, "the capital": true, "the share capital": true, "its equity": true}

// timeWordRE matches a bare year or a time noun after "in".
var timeWordRE = regexp.MustCompile(`^(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b`)

// implicitHolders states the holders of the clause of verb v (subject
// subj) as investors in the focus, and the gapped holders after it ("and
// NEC the remaining 34%").
func (x *extractor) implicitHolders(c *clauses, subj, v, end int) {
	holders := c.args(x, subj)
	var gapped []arg
	for k := end + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
		if c.us[k].Kind == 'V' {
			break
		}
		if c.us[k].Kind == 'E' && (c.isPunct(k-1, "and") || c.isPunct(k-1, ",")) && stakeUnit(c.us[k+1]) {
			if k+2 < len(c.us) && c.us[k+2].Kind == 'P' && (c.us[k+2].Lemma == "of" || c.us[k+2].Lemma == "in") {
				return // "A owns 66% and B 34% of Y": the company comes last
			}
			gapped = append(gapped, c.args(x, k)...)
		}
	}
	focus, ok := x.focusArg(c.s, append(append([]arg(nil), holders...), gapped...))
	if !ok {
		if focus, ok = x.topicArg(c.s, append(append([]arg(nil), holders...), gapped...)); !ok { // invest_stake_sized.go
			return
		}
	}
	x.rule = "invest.implicit-stake"
	mt := c.modText(subj, v)
	for _, a := range append(holders, gapped...) {
		x.emitFact(c.s, schema.RelInvestedIn, a, focus, mt, 0.65, schema.Fact{Date: x.dateOf(c.s)})
	}
	x.venturePartners(c.s, focus, mt) // the owners of a venture are its partners
}

// describedInvestLemmas put money into what follows "in" or "into".
var describedInvestLemmas = map[string]bool{"invest": true, "pump": true, "pour": true, "inject": true, "plough": true, "plow": true, "put": true,
	"write": true} // "wrote a cheque into the model maker": a cheque or an amount must come before the investee

// famDescribedInvestee: "A was putting $250 million into the unit", "B
// keeps a minority stake in the new company", "C is the largest
// shareholder of the business": a description the mention layer left
// unresolved, in investee position, is the investee in focus.
func (x *extractor) famDescribedInvestee(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		k, kind := -1, ""
		first := func(from int, preps ...string) int {
			ps := c.pps(from)
			if len(ps) == 0 {
				return -1
			}
			// a description the mention layer resolved may stand for the
			// focus only if it says nothing of its kind ("the company"):
			// one that does ("the open RAN unit") was resolved on it
			kd, ok := describedInvesteeKind(c.us[ps[0].at].words) // invest_described_focus.go
			if !ok || c.us[ps[0].at].Kind != 'N' && (!describedInvestee(c.us[ps[0].at].words) || !x.looseDescription(c, v, ps[0].at)) {
				return -1
			}
			kind = kd
			for _, p := range preps {
				if ps[0].prep == p {
					return ps[0].at
				}
			}
			return -1
		}
		if n := c.skipApprox(v + 1); n < len(c.us) && c.us[n].Kind == 'N' && (strings.HasPrefix(c.us[n].words, "no ") || c.us[n].words == "none") {
			continue // "has no stake in the venture", "is no investor in the company"
		}
		switch n := c.skipApprox(v + 1); {
		case describedInvestLemmas[u.Lemma]:
			k = first(v+1, "in", "into")
			if k >= 0 && !c.moneyAt(v+1, k) && !amountRE.MatchString(c.text(v+1, k)) && !(c.us[v+1].Kind == 'N' && chequeNoun(c.us[v+1])) {
				k = -1 // "put the unit into ..." or "put trust in the company"
			}
		case n < len(c.us) && c.us[n].Kind == 'N' && stakeVerbs[u.Lemma] || u.Lemma == "keep" || u.Lemma == "retain":
			if n >= len(c.us) || c.us[n].Kind != 'N' || strings.HasSuffix(c.us[n].words, "stakes") {
				continue
			}
			switch {
			case c.us[n].Lemma == "stake" || strings.HasSuffix(c.us[n].words, " stake"):
				k = first(n+1, "in")
			case ownedShare(c.us[n].words) && u.Lemma != "buy" && u.Lemma != "acquire":
				k = first(n+1, "of")
			}
		case u.Lemma == "be" && n < len(c.us) && c.us[n].Kind == 'N' && investorNouns[c.us[n].Lemma] && holderWords(c.us[n].words):
			k = first(n+1, "in", "of")
		}
		if k < 0 {
			continue
		}
		subj := c.subject(v)
		if subj < 0 {
			subj = c.byGerundSubject(v) // "A followed by putting $X into the business" (invest_by_gerund.go)
		}
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		investors := c.args(x, subj)
		var inv []string
		for _, a := range investors {
			inv = append(inv, x.resolve(a, orgTypesAll))
		}
		f := x.describedFocus(c.s, inv, c.us[k].words, kind) // invest_described_focus.go
		if f == "" || !describedInvestee(c.us[k].words) && x.otherNamedBefore(c, k, inv) || c.restricted(k) {
			continue
		}
		focus := arg{slug: f, text: "(" + x.nameOf(f) + ")"}
		x.rule = "invest.described-investee"
		focus.text = c.us[k].words
		x.investPairs(c, investors, []arg{focus}, c.modText(subj, v), c.text(v, k), 0.65)
	}
}

// looseDescription reports whether entity unit k, in investee position
// of verb v, is a description the mention layer resolved to a company
// the sentence does not name, or to one of the verb's own subjects ("A
// and B had been the largest investors in the company", read as A): the
// investee focus decides it instead.
func (x *extractor) looseDescription(c *clauses, v, k int) bool {
	as := c.args(x, k)
	if len(as) != 1 || as[0].m == nil || !as[0].m.Coref {
		return false
	}
	sb := x.resolve(as[0], companyTypes)
	if sb == "" || !namedIn(c.s, sb) || x.investorIn(c.s, sb) {
		return true
	}
	// the subject region: the organisations before the verb in its
	// clause, over appositions and inserted shares ("the bank BBVA, with
	// about 4.9%, and BlackRock, with roughly 4.5%, had been")
	for j := v - 1; j >= 0 && !c.boundary(j) && c.us[j].Kind != 'V'; j-- {
		if c.us[j].Kind != 'E' {
			continue
		}
		for _, a := range c.args(x, j) {
			if x.resolve(a, orgTypesAll) == sb {
				return true
			}
		}
	}
	return false
}

// floatingSubject is the subject of verb v over a floating quantifier:
// "A and B each hold 25%", "A and B both own half".
func (c *clauses) floatingSubject(v int) int {
	if subj := c.subject(v); subj >= 0 {
		return subj
	}
	if k := v - 1; k >= 1 && c.us[k].Kind == 'N' && (c.us[k].words == "each" || c.us[k].words == "both" || c.us[k].words == "all") && c.us[k-1].Kind == 'E' {
		return k - 1
	}
	return -1
}

// paidForStake is the unit of the stake a verb of paying at v paid for:
// "paid $5 billion for a 9.99% stake", "invested 337 billion rupees for
// 7.73%"; -1 when the verb pays for no stake.
func (c *clauses) paidForStake(v int) int {
	n := v + 1
	for n < len(c.us) && c.us[n].Kind == 'O' && (c.us[n].words == "$" || c.us[n].words == "€" || c.us[n].words == "£" || c.us[n].words == "¥" || c.us[n].words == "₹") {
		n++
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || strings.IndexFunc(c.us[n].words, unicode.IsDigit) < 0 {
		return -1 // an amount first
	}
	n++
	if n+1 >= len(c.us) || c.us[n].Kind != 'P' || c.us[n].Lemma != "for" || !stakeUnit(c.us[n+1]) {
		return -1
	}
	return n + 1
}
