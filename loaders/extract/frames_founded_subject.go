package extract

// A group that launches another ("The GSMA has launched Open Telco AI",
// "The Forum set up the Edge Lab") hands the next sentences' bare rosters
// to the group it founded: "Operators have joined as participants,
// including A and B" speaks of the new group, not of its sponsor, whose
// own membership the writer is not telling. The founded group takes the
// place of the sentence's subject group in the frame state.

// launchedGroupSubject makes the group founded in this sentence the frame's
// subject when another group stood as the sentence's subject.
func (x *extractor) launchedGroupSubject(fs *frameState) {
	if x.foundedNow == "" || fs.subjectAt != x.sentIdx || fs.subject == x.foundedNow {
		return
	}
	fs.subject = x.foundedNow
}
