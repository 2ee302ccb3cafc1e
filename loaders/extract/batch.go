package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads memberships announced in batches and from the member's
// side, the way business news tells them: "membership rose to 40 with the
// addition of A and B", "the forum's promoter members, among them A and
// B", "A, B and C have joined its board", "A was among the first to sign
// up", "A became the fifth operator to join", "A, one of the nine
// founders", and an alliance named with a relative clause that says who
// set it up ("X, the body that A, B and C set up in 2023").

// allianceHere is the alliance a clause is about: the possessor "its"
// stands for, else the first alliance the sentence names, else the
// alliance under discussion.
func (x *extractor) allianceHere(c *clauses) (arg, bool) {
	a, ok := x.sentenceAllianceArg(c)
	if !ok || x.resolve(a, allianceTypes) == "" {
		return arg{}, false
	}
	return a, true
}

// memberListAt reads the list of members at unit k: "A, B and C", or
// "companies including A, B and C", "such as A and B".
func (c *clauses) memberListAt(k int) int {
	if k < len(c.us) && c.us[k].Kind == 'N' && !strings.Contains(c.us[k].words, " ") && k+2 < len(c.us) &&
		c.us[k+1].Kind == 'P' && (c.us[k+1].Lemma == "including" || c.us[k+1].Lemma == "such as" || c.us[k+1].Lemma == "like") {
		k += 2
	}
	if k+1 < len(c.us) && (c.us[k].words == "such" || c.us[k].Kind == 'N' && strings.HasSuffix(c.us[k].words, " such")) && c.us[k+1].Lemma == "as" {
		k += 2 // "firms such as A and B"
	}
	k = c.skipDescriptors(k)
	if k < len(c.us) && c.us[k].Kind == 'E' {
		return k
	}
	return -1
}

// famBatch reads the batch and member-side phrasings of one sentence.
func (x *extractor) famBatch(c *clauses) {
	for j, u := range c.us {
		switch {
		case u.Kind == 'N' && u.Lemma == "addition" && j+2 < len(c.us) && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "of":
			// "membership has grown to 55 with the addition of companies
			// including A and B": a count of members that grew.
			if !strings.Contains(strings.ToLower(c.s.text), "member") {
				continue
			}
			k := c.memberListAt(j + 2)
			alli, ok := x.allianceHere(c)
			if k < 0 || !ok {
				continue
			}
			x.rule = "members.addition"
			for _, a := range c.args(x, k) {
				x.emitFact(c.s, schema.RelMemberOf, a, alli, c.text(0, j), 0.7, schema.Fact{})
			}
		case u.Kind == 'N' && u.Lemma == "member" && j+3 < len(c.us) && c.isPunct(j+1, ",") && c.us[j+2].Kind == 'P' &&
			(c.us[j+2].Lemma == "among" && c.us[j+3].words == "them" || c.us[j+2].Lemma == "including"):
			// "the consortium's promoter members, among them A and B"
			var alli arg
			switch p := j - 1; {
			case p >= 0 && c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss:
				as := c.args(x, p)
				if len(as) != 1 || x.resolve(as[0], allianceTypes) == "" {
					continue
				}
				alli = as[0]
			case strings.HasPrefix(u.words, "its "):
				a, ok := x.allianceHere(c)
				if !ok {
					continue
				}
				alli = a
			default:
				continue
			}
			k := j + 3
			if c.us[k].words == "them" {
				k++
			}
			if k = c.memberListAt(k); k < 0 {
				continue
			}
			rel := schema.RelMemberOf
			if u.hasMod("founding") {
				rel = schema.RelFoundingMember
			}
			x.rule = "members.among-them"
			for _, a := range c.args(x, k) {
				x.emitFact(c.s, rel, a, alli, "", 0.75, schema.Fact{})
			}
		case u.Kind == 'V' && u.Lemma == "join" && !u.Passive && j+1 < len(c.us):
			x.joinBoard(c, j)
			x.famJoinsIn(c, j) // member_joins_in.go
		case u.Kind == 'V' && (seatVerbs[u.Lemma] || boardNamers[u.Lemma]):
			x.famBoardSeat(c, j) // member_board.go
		case u.Kind == 'V' && (u.Lemma == "be" || u.Lemma == "become") && !u.Neg:
			x.firstToJoin(c, j)
			x.oneOfTheFounders(c, j) // member_one_of.go
		case u.Kind == 'E' && j+3 < len(c.us) && c.isPunct(j+1, ",") && c.us[j+2].Kind == 'N' && c.us[j+2].words == "one" && !c.ents[u.ent].poss &&
			!(j+4 < len(c.us) && c.us[j+4].Kind == 'N' && (c.us[j+4].Lemma == "founder" || c.us[j+4].Lemma == "member" && c.us[j+4].hasMod("founding"))):
			// "A, one of the five companies that set up X in 2023," (round 25)
			x.oneOfFoundersAt(c, j+2, j, c.text(j, j)) // member_one_of.go
		case u.Kind == 'E' && j+4 < len(c.us) && c.isPunct(j+1, ",") && c.us[j+2].words == "one" && c.us[j+3].Lemma == "of" &&
			c.us[j+4].Kind == 'N' && (c.us[j+4].Lemma == "founder" || c.us[j+4].Lemma == "member" && c.us[j+4].hasMod("founding")):
			// "Arista Networks, one of the nine founders"
			alli, ok := x.allianceHere(c)
			if !ok {
				continue
			}
			x.rule = "members.one-of-the-founders"
			for _, a := range c.args(x, j) {
				x.emitFact(c.s, schema.RelFoundingMember, a, alli, "", 0.7, schema.Fact{})
			}
		}
	}
}

// joinBoard: "A, B and C have joined its Board of Directors": a seat on
// an alliance's board makes a member of the alliance.
func (x *extractor) joinBoard(c *clauses, v int) {
	alli, ok := x.boardAlliance(c, v+1)
	if !ok {
		return
	}
	subj := c.subject(v)
	if subj < 0 {
		return
	}
	x.rule = "members.board"
	for _, a := range c.args(x, subj) {
		x.emitFact(c.s, schema.RelMemberOf, a, alli, c.modText(subj, v), 0.75, schema.Fact{Since: x.dateOf(c.s)})
	}
}

// boardAlliance is the alliance whose board unit o names: "the board of
// X" (also "the board of directors of X"), "the forum's board", "X's
// board", or "its board" and "the board" for the alliance the clause is
// about; ok is false for a board of anything else.
func (x *extractor) boardAlliance(c *clauses, o int) (arg, bool) {
	poss := ""
	if o < len(c.us) && c.us[o].Kind == 'M' {
		poss = c.us[o].words
		o++
	}
	if o+1 < len(c.us) && c.us[o].Kind == 'E' && c.ents[c.us[o].ent].poss && c.us[o+1].Kind == 'N' && strings.HasPrefix(c.us[o+1].words, "board") {
		o++ // "a seat on X's board"
	}
	if o >= len(c.us) {
		return arg{}, false
	}
	if w := c.us[o].words; c.us[o].Kind == 'N' && c.us[o].Lemma == "board" && strings.Count(w, " ") == 1 {
		poss, _, _ = strings.Cut(w, " ") // "its board", "the board"
	} else if !strings.HasPrefix(w, "board") {
		return arg{}, false
	}
	var alli arg
	ps := c.pps(o + 1)
	if len(ps) > 1 && ps[0].prep == "of" && ps[0].at == o+2 && c.us[ps[0].at].Lemma == "director" {
		o, ps = ps[0].at, ps[1:] // "the board of directors of X"
	}
	if len(ps) > 0 && ps[0].prep == "of" && (ps[0].at == o+2 || ps[0].at == o+3 && c.us[o+2].Kind == 'M') {
		// "joined the board of X": X's board
		as := c.args(x, ps[0].at)
		if len(as) != 1 {
			return arg{}, false
		}
		alli = as[0]
	} else if p := o - 1; p >= 0 && c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss {
		// "joined the forum's board"
		as := c.args(x, p)
		if len(as) != 1 {
			return arg{}, false
		}
		alli = as[0]
	} else if poss == "its" || poss == "the" {
		a, ok := x.allianceHere(c)
		if !ok || poss == "the" && !x.namesAlliance(c.s, a.slug) {
			return arg{}, false // "Both joined the board last year" far from the group: whose board is unsaid (round 37)
		}
		alli = a
	} else {
		return arg{}, false
	}
	if x.resolve(alli, allianceTypes) == "" {
		return arg{}, false
	}
	return alli, true
}

// firstToJoin: "A was among the first to sign up", "A became the fifth
// operator to join the forum": a member counted in the order it joined.
func (x *extractor) firstToJoin(c *clauses, v int) {
	k := v + 1
	if k < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "among" {
		k++
	}
	if k >= len(c.us) || c.us[k].Kind != 'N' || !ordinalRef(c.us[k].words) {
		return
	}
	k++
	for k < len(c.us) && (c.us[k].Kind == 'P' && c.us[k].Lemma != "to" || c.us[k].Kind == 'E' && c.isCountry(k) || c.us[k].Kind == 'N') {
		k++ // "the first operator from Southeast Asia"
	}
	if k+1 >= len(c.us) || c.us[k].Lemma != "to" || c.us[k+1].Kind != 'V' {
		return
	}
	jv := k + 1
	switch c.us[jv].Lemma {
	case "join", "sign up", "sign", "enlist":
	default:
		return
	}
	subj := c.subject(v)
	if subj < 0 {
		return
	}
	var alli arg
	found := false
	if o := jv + 1; o < len(c.us) {
		if c.us[o].Kind == 'P' && (c.us[o].Lemma == "to" || c.us[o].Lemma == "with" || c.us[o].Lemma == "for") {
			o++
		}
		o = c.skipDescriptors(o)
		if o < len(c.us) && c.us[o].Kind == 'E' {
			if as := c.args(x, o); len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
				alli, found = x.nearestAlliance(c, o, as[0]), true
			}
		}
	}
	if !found {
		a, ok := x.allianceHere(c)
		if !ok {
			return
		}
		alli = a
	}
	x.rule = "members.first-to-join"
	for _, a := range c.args(x, subj) {
		x.emitFact(c.s, schema.RelMemberOf, a, alli, c.modText(subj, v), 0.7, schema.Fact{})
	}
}

// ordinalRef reports whether a noun phrase counts joiners in order: "the
// first", "the fifth operator", "the latest company", "the first
// telcos".
func ordinalRef(words string) bool {
	w := strings.Fields(words)
	if len(w) < 2 || w[0] != "the" {
		return false
	}
	switch w[1] {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "newest", "last":
		return true
	}
	return strings.HasSuffix(w[1], "th") && w[1][0] >= '1' && w[1][0] <= '9'
}

// nearestAlliance is the alliance a description at unit u stands for when
// the same sentence named an alliance before it: "joined the AI-RAN
// Alliance, ... to sign up to the group that" is that alliance, whatever
// the description resolved to from earlier sentences.
func (x *extractor) nearestAlliance(c *clauses, u int, a arg) arg {
	if a.m == nil || !a.m.Coref {
		return a
	}
	for k := u - 1; k >= 0; k-- {
		if c.us[k].Kind != 'E' {
			continue
		}
		if as := c.args(x, k); len(as) == 1 && as[0].m != nil && !as[0].m.Coref && x.resolve(as[0], allianceTypes) != "" {
			return as[0]
		}
	}
	return a
}

// famFoundRelative: "X, the industry body that A, B, C and D set up in
// July 2023", "the group that A, B and nine other companies launched":
// the subject of a founding verb in a relative clause founded its
// antecedent.
func (x *extractor) famFoundRelative(c *clauses, v int) {
	u := c.us[v]
	if u.Passive || c.object(v) >= 0 {
		return
	}
	subj := c.subject(v)
	if subj < 0 && v > 0 && c.us[v-1].Kind == 'N' {
		subj = v - 1
	}
	if subj >= 2 && c.us[subj].Kind == 'N' && c.us[subj].hasMod("other") && c.us[subj-1].words == "and" && c.us[subj-2].Kind == 'E' {
		subj -= 2 // "A, B and nine other companies"
	}
	if subj >= 0 && x.foundRelativeThey(c, v, subj) { // found_relative_they.go
		return
	}
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	ante := c.relativeObject(subj)
	j := subj - 1
	if j >= 0 && c.us[j].Kind == 'M' {
		j-- // "the project that the GSMA and B set up"
	}
	if ante < 0 && j >= 3 && c.relative(j) && c.us[j-1].Kind == 'N' && c.isPunct(j-2, ",") && c.us[j-3].Kind == 'E' {
		ante = j - 3 // "X, the body that A and B set up"
	}
	if ante < 0 {
		return
	}
	as := c.args(x, ante)
	if len(as) != 1 || x.resolve(as[0], allianceTypes) == "" {
		return
	}
	alli := x.nearestAlliance(c, ante, as[0])
	founders := append(c.args(x, subj), x.foundedWith(c, v)...) // member_one_of.go
	rest := subj+2 < len(c.us) && c.us[subj+1].words == "and" && c.us[subj+2].Kind == 'N' && c.us[subj+2].hasMod("other")
	if len(founders) < 2 && !rest {
		return
	}
	mt := c.modText(subj, v)
	x.rule = "found.relative"
	f := schema.Fact{}
	if ps := c.pps(v + 1); len(ps) > 0 && ps[0].prep == "in" && (ps[0].at == v+2 || ps[0].at == v+3 && c.us[v+1].Lemma == "together") {
		// "set up in July 2023": the founding date
		f.Date = x.dateOf(c.s)
		if !f.Date.IsZero() {
			x.emitFact(c.s, schema.RelFounded, alli, arg{}, mt, 0.75, schema.Fact{Date: f.Date})
		}
	}
	for _, a := range founders {
		x.emitFact(c.s, schema.RelFoundingMember, a, alli, mt, 0.75, schema.Fact{Since: f.Date})
	}
}

// namesAlliance reports whether sentence s names the alliance slug.
func (x *extractor) namesAlliance(s *sent, slug string) bool {
	for _, m := range s.ms {
		if m.Slug == slug && slug != "" {
			return true
		}
	}
	return false
}
