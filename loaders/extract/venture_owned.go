package extract

import (
	"slices"
	"strings"
)

// This file (helper x13h9, issue 13, the orgfacts2 drill) reads joint
// ventures told by their joint ownership or by the founding that made them
// one, shapes the other venture rules miss:
//   - a passive or reduced "owned" with two or more owners after "by" and
//     a joint split: "J, owned 50-50 by A and B,", "J is owned equally by
//     A and B", "J is owned 60% by A and 40% by B";
//   - a passive founding verb with "as a joint venture" and its founders
//     after "by": "J was founded in 2007 as a joint venture by A and B",
//     "J was set up by A and B in 2019 as an equal joint venture";
//   - an active founding verb whose subject is two or more founders and
//     whose object (or "into" target) J is in apposition to a venture noun
//     or split between them in a relative clause: "A and B unveiled J,
//     their new joint venture", "A and B launched J, a 50:50 venture", "A
//     and B created J, a company in which A holds 70% and B the rest", "A
//     and B combined their networks into J, in which A holds 51% and B
//     49%".
// One owner, owners that only "own" without a split ("J is owned by A and
// B" may be a sale), and a founding with no venture noun or split ("A and
// B created J": founders, not owners) state no joint venture here.

// ventureMakeVerbs are the active verbs by which owners make a venture:
// the founding verbs, unveiling it, and combining assets into it.
var ventureMakeVerbs = map[string]bool{"unveil": true, "combine": true, "merge": true}

// jointSplitWord reports whether a unit's words state ownership split
// between owners: "50-50", "50:50", "60%", "equally", "jointly", "half".
func jointSplitWord(w string) bool {
	if shareRE.MatchString(w) || strings.Contains(w, "%") || strings.Contains(w, "percent") || strings.Contains(w, "per cent") {
		return true // "owned 65 percent by A and 35 percent by B" (helper x14jv)
	}
	for _, f := range strings.Fields(w) {
		switch strings.Trim(f, ",.") {
		case "equally", "jointly", "equal", "half", "rest", "remainder", "remaining", "evenly":
			return true
		}
	}
	return false
}

// famVentureOwned reads the shapes of one sentence.
func (x *extractor) famVentureOwned(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		switch {
		case u.Lemma == "own":
			x.ventureOwnedBy(c, v)
		case u.Passive && ventureFoundVerbs[u.Lemma]:
			x.ventureFoundedAs(c, v)
		case !u.Passive && (ventureFoundVerbs[u.Lemma] || ventureMakeVerbs[u.Lemma]):
			x.ventureMadeBy(c, v)
		}
	}
}

// ventureOwnedBy: "J, owned 50-50 by A and B,", "J is owned 60% by A and
// 40% by B": the owners after "by", the venture the subject of the
// passive or the name before the reduced participle's comma.
func (x *extractor) ventureOwnedBy(c *clauses, v int) {
	u := c.us[v]
	j := -1
	switch {
	case u.Passive:
		j = c.subject(v)
	case v >= 2 && c.isPunct(v-1, ",") && c.us[v-2].Kind == 'E':
		j = v - 2
	case v >= 3 && c.us[v-1].Kind == 'N' && c.isPunct(v-2, ",") && c.us[v-3].Kind == 'E':
		j = v - 3 // "J, the cloud company owned in equal parts by A and B," (helper x14jv)
	case v >= 2 && c.us[v-1].Kind == 'N' && (jointSplitWord(c.us[v-1].words) || c.us[v-1].Lemma == "percent") && c.us[v-2].Kind == 'V' && c.us[v-2].Lemma == "be" && !c.us[v-2].Neg:
		j = c.subject(v - 2) // "J is 60% owned by A and 40% by B": the share splits the passive
	}
	if j < 0 || len(c.args(x, j)) != 1 {
		return
	}
	joint := jointSplitWord(u.words)
	var owners []arg
	share := ""
	for k := v + 1; k < len(c.us) && !c.boundary(k); k++ {
		w := c.us[k]
		switch {
		case w.Kind == 'P' && w.Lemma == "by" && k+1 < len(c.us) && c.us[k+1].Kind == 'E':
			owners = append(owners, c.args(x, k+1)...)
			k++
			continue
		case (w.Kind == 'N' || w.Kind == 'O' || w.Kind == 'M') && jointSplitWord(w.words):
			joint = true
			if share == "" {
				share = shareRE.FindString(w.words)
			}
			continue
		case w.Kind == 'N' && c.isPunct(k+1, ":") && k+2 < len(c.us) && shareRE.MatchString(c.text(k, k+2)):
			joint = true // "owned 60:40 by": the colon splits the share into three units
			if share == "" {
				share = shareRE.FindString(c.text(k, k+2))
			}
			k += 2
			continue
		case w.Kind == 'P' && w.Lemma != "by" && k+1 < len(c.us) && c.us[k+1].Kind == 'N' && jointSplitWord(c.us[k+1].words):
			joint = true // "owned in equal parts by", "held in equal shares by" (helper x14jv)
			k++
			continue
		case w.Kind == 'O' && w.words == "(" && k+2 < len(c.us) && jointSplitWord(c.us[k+1].words) && c.isPunct(k+2, ")"):
			joint = true // "owned by A (51%) and B (49%)" (helper x14jv)
			k += 2
			continue
		case w.Kind == 'E' && len(owners) > 0 && c.isPunct(k-1, "and") && c.isPunct(k-2, ")"):
			owners = append(owners, c.args(x, k)...) // "... (51%) and B (49%)"
			continue
		case w.Kind == 'O' && w.words == "and":
			continue
		case w.Kind == 'O' && w.words == ",":
			if rest := x.restOwner(c, k); rest != nil { // "..., with B holding the remaining 49%" (venture_stakes.go)
				owners = append(owners, rest...)
				joint = true
			}
		}
		break
	}
	if !joint || len(owners) < 2 {
		return
	}
	x.rule = "jointVenture.owned-by"
	x.jointVenture(c.s, owners, c.text(0, v), "named "+c.text(j, j), "", share, 0.7)
}

// ventureFoundedAs: "J was founded in 2007 as a joint venture by A and B".
func (x *extractor) ventureFoundedAs(c *clauses, v int) {
	j := c.subject(v)
	if j < 0 || len(c.args(x, j)) != 1 {
		return
	}
	var owners []arg
	venture, share := false, ""
	for _, p := range c.pps(v + 1) {
		w := c.us[p.at]
		switch {
		case p.prep == "as" && w.Kind == 'N' && (ventureNoun(w) || sharedVenture(w)):
			venture = true
			share = shareRE.FindString(w.words)
		case p.prep == "by" && w.Kind == 'E':
			owners = append(owners, c.args(x, p.at)...)
		}
	}
	if !venture || len(owners) < 2 {
		return
	}
	x.rule = "jointVenture.founded-as"
	x.jointVenture(c.s, owners, c.modText(j, v), "named "+c.text(j, j), "", share, 0.75)
}

// ventureMadeBy: founders A and B (the subject) made J (the object, or
// the target of "into"), which an apposition calls their venture ("J,
// their new joint venture", "J, a 50:50 venture") or a relative clause
// splits between them ("J, in which A holds 51% and B 49%").
func (x *extractor) ventureMadeBy(c *clauses, v int) {
	subj, founders := c.subjectList(x, v) // found_announcers.go
	if founders == nil {
		return
	}
	j := -1
	if ventureMakeVerbs[c.us[v].Lemma] && c.us[v].Lemma != "unveil" {
		for _, p := range c.pps(v + 1) {
			if p.prep == "into" && c.us[p.at].Kind == 'E' {
				j = p.at
				break
			}
		}
	} else if o := c.object(v); o == v+1 {
		j = o
	}
	if j < 0 || len(c.args(x, j)) != 1 {
		return
	}
	if x.knownVenture(c.args(x, j)[0]) && !c.us[v].Neg {
		// The register knows J as a joint venture: two or more makers
		// are its partners without an apposition saying so ("A and B
		// agreed to create J, a company for ...": helper x14jv).
		x.rule = "jointVenture.made-typed"
		x.jointVenture(c.s, founders, c.modText(subj, v), "named "+c.text(j, j), "", "", 0.7)
		return
	}
	if !c.isPunct(j+1, ",") || j+2 >= len(c.us) {
		return
	}
	share := ""
	d := c.us[j+2]
	switch {
	case d.Kind == 'N' && (ventureNoun(d) || sharedVenture(d) || d.Lemma == "venture" && strings.HasPrefix(d.words, "their ")):
		share = shareRE.FindString(d.words)
	case d.Kind == 'N' && c.isPunct(j+3, ":") && j+4 < len(c.us) && c.us[j+4].Kind == 'N' && c.us[j+4].Lemma == "venture":
		share = c.text(j+2, j+4) // "J, a 50:50 venture": the split read apart
		if share = shareRE.FindString(share); share == "" {
			return
		}
	case x.splitAmong(c, j+2, founders):
	case d.Kind == 'N' && x.splitAmong(c, j+3, founders):
	default:
		return
	}
	x.rule = "jointVenture.made"
	x.jointVenture(c.s, founders, c.modText(subj, v), "named "+c.text(j, j), "", share, 0.7)
}

// splitAmong reports whether a relative clause "in which A holds 70% and
// B the rest" opens at unit k and gives shares to two or more holders, all
// of them among the founders.
func (x *extractor) splitAmong(c *clauses, k int, founders []arg) bool {
	if k+2 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "in" || !c.relative(k+1) {
		return false
	}
	var fs []string
	for _, f := range founders {
		if sp := x.resolve(f, orgTypesAll); sp != "" {
			fs = append(fs, sp)
		}
	}
	holders, split, verb := 0, false, false
	for m := k + 2; m < len(c.us) && !c.boundary(m); m++ {
		w := c.us[m]
		switch {
		case w.Kind == 'E':
			for _, a := range c.args(x, m) {
				if sp := x.resolve(a, orgTypesAll); sp == "" || !slices.Contains(fs, sp) {
					return false
				}
				holders++
			}
		case w.Kind == 'V':
			if w.Neg || (w.Lemma != "hold" && w.Lemma != "own" && w.Lemma != "have" && w.Lemma != "take") {
				return false
			}
			verb = true
		case jointSplitWord(w.words):
			split = true
		}
	}
	return verb && split && holders >= 2
}
