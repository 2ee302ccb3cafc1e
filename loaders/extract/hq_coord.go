package extract

import (
	"regexp"
	"strings"
)

// A headquarters cue in a coordinated predicate (helper z25lead, round
// 21): "Aduna is run by P, a former Tata Communications executive, and is
// headquartered in the United States", "the company is jointly owned by
// Ericsson and twelve operators and is headquartered in the United
// States" (writers d5, roles6). The place belongs to the subject of the
// first predicate, never to the agent or the apposition in between: the
// last organisation before "and" that a finite "is/was/has been" follows.
// A relative clause between them ("B, which was set up in 2020 and is
// based in N") makes its own subject, and a reporting verb before the
// clause ("Cobalt said Skyhook is owned by Acme and is headquartered in
// N") leaves the opening organisation out: the place is Skyhook's, and
// before this the opening organisation got it.

// hqCoordAnd is the coordinated predicate before the country: "and" (after
// a comma or not), an auxiliary and the cue.
var hqCoordAnd = regexp.MustCompile(`,? and ((?:is|was|are|were|remains|has been|had been|will be) [^,;]*)$`)

// hqSubjectAux is what follows a clause's subject: a finite form of "be".
var hqSubjectAux = regexp.MustCompile(`^ (?:is|was|are|were|has been|had been|will be|remains) `)

// hqRelativeBetween marks a relative clause or a new clause between the
// subject and the coordinated predicate.
var hqRelativeBetween = regexp.MustCompile(`, (?:which|that|who|whose)\b|;|:| (?:said|says|say|told|added|reported|noted) `)

// hqReportedRE is a reporting verb after the opening organisation.
var hqReportedRE = regexp.MustCompile(`\b(?:said|says|say|told|added|reported|noted|announced|believes|thinks|expects)\b`)

// openingSubject is the organisation opening the sentence (openingOrgAt)
// when no reporting verb follows it before byte upto: the subject of the
// first clause, not a speaker. -1 otherwise.
func openingSubject(s *sent, upto int) int {
	f := openingOrgAt(s)
	if f < 0 || s.ms[f].End > upto || hqReportedRE.MatchString(s.text[s.ms[f].End:upto]) {
		return -1
	}
	return f
}

// hqCoordSubject is the mention whose coordinated predicate ends in the
// cue before country mention n, or -1.
func (x *extractor) hqCoordSubject(s *sent, n int) int {
	before := s.text[:s.ms[n].Start]
	loc := hqCoordAnd.FindStringSubmatchIndex(before)
	if loc == nil {
		return -1
	}
	m := hqGap.FindStringSubmatch(strings.ToLower(before[loc[2]:]))
	if m == nil || m[1] == "base" {
		return -1
	}
	and := loc[0]
	best := -1
	for i := range s.ms {
		mi := &s.ms[i]
		if mi.End > and || !orgMention(mi) || !hqSubjectAux.MatchString(s.text[mi.End:]) {
			continue
		}
		if best < 0 || mi.Start > s.ms[best].Start {
			best = i
		}
	}
	if best < 0 || hqRelativeBetween.MatchString(s.text[s.ms[best].End:and]) {
		return -1
	}
	return best
}
