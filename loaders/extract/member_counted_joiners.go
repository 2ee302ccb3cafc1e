package extract

// Counted joiners named in the next clause (issue 13, helper z23found):
// "About twenty operators signed up at the start; among them were A, B
// and C", "Eleven carriers joined in the first year. Among them were D
// and E". The counting clause names no member, so it stated nothing and
// left no roster for "among them" to reach; it now leaves the group it
// joined (and whether at the start) as a roster, as a clause that named
// its members would.

// countedJoiners records a joining clause with counted joiners and no
// named member ("twenty operators signed up") as the roster the next
// clause's pronoun reaches.
func (x *extractor) countedJoiners(join, founding bool, group string) {
	if !join || group == "" || x.fstate.countedAt != x.sentIdx {
		return
	}
	x.frame1(frameState{group: group, sent: x.sentIdx, founding: founding})
}
