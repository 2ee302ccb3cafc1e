package extract

import (
	"regexp"
	"strings"
)

// This file picks the members of a frame (frames.go): which organisations
// in a clause's list region are parties to the roster, and which only
// describe, employ, lead or stand outside it.

// frameTitles are the words of a title before "of" or "at": the
// organisation after them employs a person and is no member ("president of
// AT&T Labs").
var frameTitles = map[string]bool{
	"president": true, "officer": true, "chairman": true, "chair": true, "chairwoman": true, "ceo": true, "cto": true,
	"cfo": true, "coo": true, "head": true, "director": true, "executive": true, "fellow": true, "manager": true,
	"vice": true, "chief": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true,
	"staff": true, "founder": true, "analyst": true, "engineer": true, "scientist": true, "lead": true, "partner": true,
}

// excludeBefore are words after which an organisation is no member ("hyperscalers like AWS").
var excludeBefore = map[string]bool{"like": true, "than": true, "unlike": true, "versus": true, "vs": true, "against": true, "except": true, "excluding": true, "without": true, "outside": true}

// tokenAt is the index of the first token starting at or after byte at.
func tokenAt(toks []token, at int) int {
	for i, t := range toks {
		if t.Start >= at {
			return i
		}
	}
	return len(toks)
}

// modifierUse reports whether a mention describes the word after it
// rather than naming a party: "a HAPSMobile spokesperson", "Bridge
// Alliance carriers", "the SKT-led club".
func modifierUse(toks []token, m *mention) bool {
	if m.Poss {
		return false
	}
	k := tokenAt(toks, m.End)
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if strings.HasPrefix(t.Key, "-") && t.Start == m.End && len(t.Key) > 1 {
		return true // "the SKT-led club"; not a spaced dash closing an aside ("- A, B and C - wanted"; round 25)
	}
	if !t.Word || t.Upper || t.Start != m.End+1 {
		return false
	}
	if (t.Key == "dates" || t.Key == "dated") && k+1 < len(toks) && (toks[k+1].Key == "from" || toks[k+1].Key == "back") {
		return false // "The X Alliance dates from 2023, when ..." (frames_region.go datesFrom)
	}
	p, _, _ := tagWord(t, false)
	return p == posNoun && !(m.Kind == 'A' && (rosterHeads[t.Key] || tieredRosterHead(toks, k)))
}

// memberTiers are the classes of membership a group's name may stand
// before with its member noun: "new X board members", "an X associate
// member" (round 18, probed on real news).
var memberTiers = map[string]bool{
	"board": true, "associate": true, "general": true, "contributing": true, "full": true, "core": true,
	"principal": true, "platinum": true, "gold": true, "silver": true, "strategic": true, "affiliate": true,
}

// tieredRosterHead reports whether toks[k] is a membership tier followed
// by a member noun.
func tieredRosterHead(toks []token, k int) bool {
	return memberTiers[toks[k].Key] && k+1 < len(toks) && toks[k+1].Start == toks[k].End+1 &&
		(toks[k+1].Key == "member" || toks[k+1].Key == "members")
}

// rosterHeads are the nouns after a group's name that make the name the
// roster's owner, not a modifier: "are O-RAN Alliance members", "founding
// AI-RAN Alliance member Nokia" (round 17, probed on real news). After a
// company's name they title a person ("Yahoo co-founder P").
var rosterHeads = map[string]bool{
	"member": true, "members": true, "signatory": true, "signatories": true,
	"founder": true, "founders": true, "co-founder": true, "co-founders": true,
}

// listedMembers marks the mentions that stand in a list with a known
// organisation: items joined by commas and "and", each perhaps with a
// describing phrase ("satellite operator Intelsat", "the research centre
// imec").
func listedMembers(s *sent, members []int) map[int]bool {
	out := make(map[int]bool)
	run := []int{}
	flush := func() {
		known := false
		for _, i := range run {
			known = known || s.ms[i].Slug != "" || s.ms[i].Cue != ""
		}
		if len(run) > 1 && known {
			for _, i := range run {
				out[i] = true
			}
		}
		run = run[:0]
	}
	for k, i := range members {
		if k > 0 && !frameListGapRE.MatchString(s.text[s.ms[members[k-1]].PossEnd:s.ms[i].Start]) {
			flush()
		}
		run = append(run, i)
	}
	flush()
	return out
}

// frameListGapRE is what stands between two items of a list: a comma or
// "and", then a few lower-case describing words.
var frameListGapRE = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+|&\s+|or\s+|as well as\s+|along with\s+)?|and\s+|&\s+|or\s+|as well as\s+)(?:[a-z][\w'’-]*\s+){0,4}$`)

// affiliation reports whether a mention is a person's organisation: "Andre
// Fuetsch, president of AT&T Labs", "Michael Bahr of Siemens".
func affiliation(s *sent, toks []token, i int) bool {
	m := s.ms[i]
	k := tokenAt(toks, m.Start)
	if k == 0 || (toks[k-1].Key != "of" && toks[k-1].Key != "at") {
		return false
	}
	lo := max(0, k-7)
	for j := k - 2; j >= lo; j-- {
		if frameTitles[toks[j].Key] {
			return true
		}
	}
	for _, p := range s.ms {
		if p.Kind == 'P' && p.End <= toks[k-1].Start && p.End >= toks[lo].Start {
			return true
		}
	}
	return false
}

// excludedBefore reports whether the list a mention stands in follows a
// word that puts it outside the roster: "hyperscalers like AWS and
// Microsoft", "other than A".
func excludedBefore(s *sent, toks []token, i int, members []int, listed map[int]bool) bool {
	first := i
	for k, j := range members {
		if j != i {
			continue
		}
		for k > 0 && listed[members[k-1]] && listed[members[k]] &&
			frameListGapRE.MatchString(s.text[s.ms[members[k-1]].PossEnd:s.ms[members[k]].Start]) {
			k--
		}
		first = members[k]
	}
	k := tokenAt(toks, s.ms[first].Start)
	if k == 0 {
		return false
	}
	w := toks[k-1].Key
	if w == "as" && k >= 2 && toks[k-2].Key == "such" {
		w, k = "like", k-1
	}
	if w == "like" {
		if k >= 2 {
			if _, l, _ := tagWord(toks[k-2], false); frameLexicon[l] == cueMember || frameLexicon[l] == cueFounder {
				return false // "members like A"
			}
		}
		return true
	}
	return excludeBefore[w]
}

// memberOfThing reports whether a member noun is followed by "of" and a
// common noun: "member of the board", "members of staff" name no group.
func memberOfThing(ts []tagged, i, to int) bool {
	if i >= to || ts[i].Key != "of" {
		return false
	}
	for i++; i < to && (ts[i].Pos == posDet || ts[i].Pos == posAdj); i++ {
	}
	return i < to && ts[i].Pos == posNoun
}

// tsIndex is the index of the token of ts that holds byte at.
func tsIndex(ts []tagged, at int) int {
	for i, t := range ts {
		if at < t.End {
			return i
		}
	}
	return len(ts) - 1
}

// inCueZone reports whether a member stands in the reach of a cue: no
// lexical verb that is no cue stands between them ("it gave Europe a
// voice when the US were setting up" keeps Europe out).
func inCueZone(c *clauses, cs []cue, at int, skipped func(int) bool) bool {
	k := tsIndex(c.ts, at)
	isCue := func(i int) bool {
		for _, cu := range cs {
			if i >= cu.at && i < cu.at+cu.n {
				return true
			}
		}
		return false
	}
	for _, cu := range cs {
		if cu.class == cueNeg || cu.class == cueLater {
			continue
		}
		lo, hi := k+1, cu.at
		if cu.at < k {
			lo, hi = cu.at+cu.n, k
		}
		clear := true
		for i := lo; i < hi && clear; i++ {
			t := c.ts[i]
			clear = t.Pos != posVerb || isCue(i) || skipped(t.Start)
		}
		if clear {
			return true
		}
	}
	return false
}

// joinedOne reports whether a mention is what a joining verb joined
// ("joined SoftBank Corp.") or a founding verb founded ("conceived it"):
// the group, an employer or a company, never a member.
func joinedOne(c *clauses, cs []cue, m *mention) bool {
	for _, cu := range cs {
		if cu.class != cueFound && !(cu.class == cueJoin && joinsObject[cu.words]) {
			continue // "brings together A and B", "admitted A": the object joins
		}
		i := cu.at + cu.n
		for i < len(c.ts) && (c.ts[i].Pos == posDet || c.ts[i].Pos == posAdj) {
			i++
		}
		if i < len(c.ts) && c.ts[i].Start <= m.Start && m.Start < c.ts[i].End && !strings.EqualFold(c.ts[i].Key, "by") {
			return true
		}
	}
	return false
}

// leaderRE ends the text before a list of leaders: "Led by", "under the
// leadership of", "headed by".
var leaderRE = regexp.MustCompile(`(?i)\b(?:led|headed|chaired|spearheaded|steered|run) by\s*$|\bleadership of\s*$|\bat the helm of\s*$`)

// leaderBefore reports whether the list a mention stands in names the
// group's leaders ("Led by IBM and Meta, the AI Alliance was formed"):
// a leader is stated as ledBy, not as a member.
func leaderBefore(s *sent, members []int, listed map[int]bool, i int) bool {
	first := i
	for k, j := range members {
		if j != i {
			continue
		}
		for k > 0 && listed[members[k-1]] && frameListGapRE.MatchString(s.text[s.ms[members[k-1]].PossEnd:s.ms[members[k]].Start]) {
			k--
		}
		first = members[k]
	}
	last := i
	for k, j := range members {
		if j != i {
			continue
		}
		for k+1 < len(members) && listed[members[k+1]] && frameListGapRE.MatchString(s.text[s.ms[members[k]].PossEnd:s.ms[members[k+1]].Start]) {
			k++
		}
		last = members[k]
	}
	return leaderRE.MatchString(s.text[:s.ms[first].Start]) || helmRE.MatchString(s.text[s.ms[last].PossEnd:])
}

// helmRE opens the text after a list of leaders: "With A at the helm".
var helmRE = regexp.MustCompile(`^\s*(?:at the helm|in the lead|in charge|in the driving seat)\b`)
