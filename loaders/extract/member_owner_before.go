package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// The group whose founding members a phrase lists is the one named before
// the phrase, nearest to it, not the sentence's first: in "The F said that
// X has added four founding members such as A and B" the reporting F came
// first and took the roster (round 18, probed on real news). A group
// after "founding members to" is the roster's owner, never a member ("the
// addition of three founding members to X, including A").

var allianceMarkRE = regexp.MustCompile(`<A(\d+)>`)

// allianceBefore is the marker of the last alliance the skeleton names
// before match (a not owned group), else the sentence's alliance.
func (x *extractor) allianceBefore(s *sent, match string) string {
	at := strings.Index(s.sk, match)
	if at < 0 {
		return x.sentenceAlliance(s)
	}
	marks := allianceMarkRE.FindAllStringSubmatch(s.sk[:at], -1)
	for k := len(marks) - 1; k >= 0; k-- {
		i, err := strconv.Atoi(marks[k][1])
		if err == nil && i < len(s.ms) && s.ms[i].Kind == 'A' && !ownedGroup(s, i) {
			return marks[k][0]
		}
	}
	return x.sentenceAlliance(s)
}

// allianceUnitBefore is the last alliance named as a unit before unit n (a
// not owned group), else the sentence's alliance: the owner of a founding
// list after a reporting group ("F said X has these founding members: A").
func (x *extractor) allianceUnitBefore(c *clauses, n int) (arg, bool) {
	for j := n - 1; j >= 0; j-- {
		if c.us[j].Kind != 'E' {
			continue
		}
		e := c.ents[c.us[j].ent]
		if len(e.ms) == 1 && c.s.ms[e.ms[0]].Kind == 'A' && !ownedGroup(c.s, e.ms[0]) {
			if as := x.argOf(c.s, e.ms[0]); len(as) == 1 {
				return as[0], true
			}
		}
	}
	return x.sentenceAllianceArg(c)
}
