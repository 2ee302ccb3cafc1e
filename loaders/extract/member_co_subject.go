package extract

// "A and B, along with C, are part of X": the organisation an aside adds
// to the subject with "along with", "together with" or "alongside" between
// the subject and its verb is a member too (round 18 left list, probed on
// real news: C was missed).

// coSubjects are the organisations between the subject at subj and the
// verb at v that "along with", "together with" or "alongside" adds.
func (x *extractor) coSubjects(c *clauses, subj, v int) []arg {
	var out []arg
	for j := subj + 1; j < v; j++ {
		if c.us[j].Kind != 'E' || c.isPerson(x, j) {
			continue
		}
		if alongRE.MatchString(c.s.text[:c.us[j].Start]) { // frames_behind.go
			out = append(out, c.args(x, j)...)
		}
	}
	return out
}
