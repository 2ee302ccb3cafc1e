package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Joint ventures told by their owners' stakes or by what the venture joins
// (issue 13, helper x13p10, on the partners3 drill):
//   - a relative "in which" on a venture: "J, the medical-AI venture in
//     which A and B each have a stake", "J, in which A and B each hold
//     50%" (two owners with equal halves need no venture noun);
//   - one owner's part and the other's rest in one sentence beside a
//     venture noun: "A will hold a majority of J, its planned venture, with
//     B holding the rest" (with no venture noun it is ownership), "J
//     will be 51% owned by A, with B holding the remaining 49%"
//     (venture_owned.go reads the passive);
//   - a venture that joins its owners: "The venture, J, brings together A
//     and B", "J, the venture, brings together A and B";
//   - a founding infinitive after teaming up whose object a venture noun
//     describes: "A teamed up with B to form J, a joint venture"
//     (venture_args.go, venture_shapes.go ventureTeamed).
// Near misses (venture_stakes_test.go): a company in which two investors
// each have a stake with no venture noun and no equal halves (a start-up's
// backers), one owner, a rest held by no company, a negated verb, an
// alliance that brings together its members.

// stakeHoldVerbs hold a part of a company.
var stakeHoldVerbs = map[string]bool{"have": true, "hold": true, "own": true, "take": true, "keep": true, "control": true}

// looseVentureNoun is a venture noun with or without "joint": beside two
// owners' stakes "the venture" is theirs.
func looseVentureNoun(u unit) bool {
	return u.Kind == 'N' && (u.Lemma == "venture" || u.Lemma == "jv")
}

// restShare reports whether a unit states the rest of a company after
// another owner's part: "the rest", "the remaining 49%", "the balance".
func restShare(u unit) bool {
	if u.Kind != 'N' {
		return false
	}
	for _, f := range strings.Fields(u.words) {
		switch f {
		case "rest", "remainder", "remaining", "balance", "other":
			return true
		}
	}
	return false
}

// stakeNoun reports whether unit u is a part of a company held: "a
// stake", "a majority", "50%", "half", "equal shares".
func stakeNoun(u unit) bool {
	return u.Kind == 'N' && (u.Lemma == "stake" || u.Lemma == "share" || u.Lemma == "majority" || u.Lemma == "minority" || jointSplitWord(u.words))
}

// famVentureStakes reads the shapes above in one sentence.
func (x *extractor) famVentureStakes(c *clauses) {
	for j, u := range c.us {
		switch {
		case u.Kind == 'P' && u.Lemma == "in" && c.relative(j+1):
			x.ventureInWhich(c, j)
		case u.Kind == 'V' && !u.Neg && !u.Passive && stakeHoldVerbs[u.Lemma]:
			x.ventureRestWith(c, j)
		case u.Kind == 'V' && !u.Neg && !u.Passive && u.Lemma == "bring" && c.isWord(j+1, "together"):
			x.ventureBringsTogether(c, j)
		}
	}
}

// isWord reports whether unit u is the single word w.
func (c *clauses) isWord(u int, w string) bool {
	return u >= 0 && u < len(c.us) && c.us[u].words == w
}

// ventureInWhich: "J, the venture in which A and B each have a stake".
func (x *extractor) ventureInWhich(c *clauses, j int) {
	o := j + 2
	if o+2 >= len(c.us) || c.us[o].Kind != 'E' {
		return
	}
	owners := c.args(x, o)
	v := o + 1
	each := false
	if c.isWord(v, "each") {
		each, v = true, v+1
	}
	if v+1 >= len(c.us) || c.us[v].Kind != 'V' || c.us[v].Neg || !stakeHoldVerbs[c.us[v].Lemma] || !stakeNoun(c.us[v+1]) {
		return
	}
	each = each || strings.Contains(c.us[v].words, "each") || c.isWord(v+2, "each")
	venture, name := false, -1
	k := j - 1
	if k >= 0 && looseVentureNoun(c.us[k]) {
		venture = true
		for k--; k >= 0 && (c.us[k].Kind == 'M' || c.us[k].Kind == 'E' && c.isCountry(k)); k-- {
		}
	}
	if c.isPunct(k, ",") && k >= 1 && c.us[k-1].Kind == 'E' && len(c.args(x, k-1)) == 1 {
		name = k - 1
	}
	halves := each && len(owners) == 2 && (strings.Contains(c.us[v+1].words, "50") || strings.Contains(c.us[v+1].words, "half"))
	if len(owners) < 2 || !venture && !(halves && name >= 0) {
		return
	}
	named := ""
	if name >= 0 {
		named = "named " + c.text(name, name)
	}
	x.rule = "jointVenture.in-which"
	x.jointVenture(c.s, owners, c.text(o, v), named, "", shareRE.FindString(c.us[v+1].words), 0.7)
	if name >= 0 && venture {
		// each owner holds a stake in the venture (the gold convention);
		// with no venture noun invest.in-which reads the stakes
		for _, a := range owners {
			x.emitFact(c.s, schema.RelInvestedIn, a, c.args(x, name)[0], c.text(o, v), 0.7, schema.Fact{})
		}
	}
}

// ventureRestWith: "A will hold a majority of J, its venture, with B
// holding the rest": A's part of J and B's rest make J their venture.
func (x *extractor) ventureRestWith(c *clauses, v int) {
	subj := c.subject(v)
	if subj < 0 || v+3 >= len(c.us) || !stakeNoun(c.us[v+1]) || !c.isWord(v+2, "of") || c.us[v+3].Kind != 'E' || len(c.args(x, v+3)) != 1 {
		return
	}
	k := v + 4
	venture := false
	if c.isPunct(k, ",") {
		// an apposition on J ("its planned data-centre venture,") up to its comma
		m := k + 1
		for m < len(c.us) && m <= k+4 && !c.isPunct(m, ",") && (c.us[m].Kind == 'N' || c.us[m].Kind == 'M' || c.us[m].Kind == 'V' && !strings.Contains(c.us[m].words, " ")) {
			venture = venture || looseVentureNoun(c.us[m])
			m++
		}
		if m > k+1 && c.isPunct(m, ",") {
			k = m
		}
	}
	// Without a venture noun a company split between two owners is
	// ownership ("A owns half of Y, with B holding the other half":
	// invest_holding_test.go), no venture.
	owners := x.restOwner(c, k)
	if owners == nil || !venture {
		return
	}
	x.rule = "jointVenture.rest-with"
	x.jointVenture(c.s, append(c.args(x, subj), owners...), c.modText(subj, v), "named "+c.text(v+3, v+3), "", "", 0.7)
}

// restOwner returns the owner of ", with B holding the rest" from unit k
// (the comma), or nil.
func (x *extractor) restOwner(c *clauses, k int) []arg {
	if !c.isPunct(k, ",") || !c.isWord(k+1, "with") || k+4 >= len(c.us) || c.us[k+2].Kind != 'E' {
		return nil
	}
	if w := c.us[k+3]; w.Kind != 'V' || !stakeHoldVerbs[w.Lemma] || !strings.HasSuffix(w.words, "ing") || !restShare(c.us[k+4]) {
		return nil
	}
	return c.args(x, k+2)
}

// ventureBringsTogether: "The venture, J, brings together A and B".
func (x *extractor) ventureBringsTogether(c *clauses, v int) {
	if v+2 >= len(c.us) || c.us[v+2].Kind != 'E' {
		return
	}
	s := c.subject(v)
	if s < 0 {
		s = v - 1
		if c.isPunct(s, ",") {
			s--
		}
	}
	if s < 0 {
		return
	}
	venture, name := false, -1
	switch {
	case looseVentureNoun(c.us[s]):
		venture = true
		if c.isPunct(s+1, ",") && s+2 < v && c.us[s+2].Kind == 'E' {
			name = s + 2
		}
	case c.us[s].Kind == 'E':
		name = s
		venture = s >= 2 && c.isPunct(s-1, ",") && looseVentureNoun(c.us[s-2]) || s+2 < v && c.isPunct(s+1, ",") && looseVentureNoun(c.us[s+2])
	}
	parts := c.args(x, v+2)
	if !venture || len(parts) < 2 {
		return
	}
	named := ""
	if name >= 0 {
		named = "named " + c.text(name, name)
	}
	x.rule = "jointVenture.brings-together"
	x.jointVenture(c.s, parts, c.text(s, v), named, "", "", 0.7)
}
