package extract

import "strings"

// A group launched by another group (round 29, dev16): "North America's
// group was launched in October 2020 by the Alliance for
// Telecommunications Industry Solutions (ATIS) ... ATIS is run by Susan
// Miller. The first batch of founding members included A, B and C. A
// month later ATIS added eleven more founding members". The founding
// members are the new group's: the launcher, an older body, has members
// of its own but none founding in the weeks after it launched another.
// A founding membership read for the launcher, whichever family read it,
// is the launched group's, within launchReach sentences of the launch,
// unless the sentence names the launcher after "of".

// launch is the group a launcher launched, and the sentence it did so in.
type launch struct {
	group string
	at    int
}

// launchReach is how many sentences after the launch the founding members
// of the launcher are the launched group's.
const launchReach = 4

// noteLauncher remembers the group that sentence s names as the agent of
// group's founding: an alliance named after "by" ("was launched ... by
// ATIS").
func (x *extractor) noteLauncher(s *sent, group string) {
	for _, m := range s.ms {
		if m.Kind != 'A' || m.Slug == "" || m.Slug == group {
			continue
		}
		before := strings.TrimSuffix(strings.TrimSuffix(s.text[:m.Start], "the "), "The ")
		if !strings.HasSuffix(before, " by ") {
			continue
		}
		if x.launchedBy == nil {
			x.launchedBy = map[string]launch{}
		}
		x.launchedBy[m.Slug] = launch{group: group, at: x.sentIdx}
	}
}

// launchedFor is the group that group f launched within reach, for a
// founding membership read for f, or "": none, or the sentence names f
// after "of" ("founding members of ATIS" are its own).
func (x *extractor) launchedFor(s *sent, f string) string {
	l, ok := x.launchedBy[f]
	if !ok || f == "" || l.group == f || x.sentIdx-l.at > launchReach {
		return ""
	}
	for _, m := range s.ms {
		if m.Slug != f {
			continue
		}
		before := strings.TrimSuffix(strings.TrimSuffix(s.text[:m.Start], "the "), "The ")
		if strings.HasSuffix(before, " of ") {
			return ""
		}
	}
	return l.group
}
