package extract

// This file (the committer's whole-page probe, round 19, issue 13) reads
// more phrasal verbs of partnership: "A partnered up with B in 2021", "A
// paired up with B", "A linked up with B". The particle joins the verb's
// lemma (nlp.go), so "partner up" was no verb of any family and the
// sentence stated nothing; each now reads as its verb without the particle
// reads ("team up" and "tie up" already did).
func init() {
	for _, v := range []string{"partner up", "pair up", "link up"} {
		verbFamilies[v] = verbFamilies["team up"]
		partnerVerbs[v] = true
	}
}
