package extract

import (
	"regexp"
	"strings"
)

// Descriptors between two items of a subject list (helper z22ppart,
// real-news probes). Wire copy describes the second partner of a pair in
// ways the plain list gap ("A and Swedish vendor B") does not take:
// coordinated modifiers, "A and Swedish networking and telecoms firm B";
// a region for a nationality, "A and European telecom powerhouse B"; an
// apposition on the first item, "A, a multinational telecoms company, and
// B"; and a country after "from", "A from Korea and B from Singapore".
// descGap rewrites such a gap to the plain form gapJoins checks.

// descCoordRE is a list gap whose descriptor coordinates its modifiers
// before a head noun: "and NAT networking and telecoms firm ".
var descCoordRE = regexp.MustCompile(`^(\s*,?\s*and\s+)((?:[\w'’.-]+\s+){1,3})and\s+((?:[\w'’.-]+\s+){0,2}([\w'’.-]+)\s+)$`)

// descApposRE is an apposition closing the first item and "and": ", a
// multinational telecommunications company, and ".
var descApposRE = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+((?:[\w'’.-]+\s+){0,4}([\w'’.-]+)),\s*(and|&)\s+$`)

// descOfApposRE is an apposition closing the first item whose head is a
// part or holder "of" something described in lower case: ", part of the
// Clarin media group, and" has a name and is no such gap; ", part of a
// media group, and", ", the investment firm of a Mexican financier, and"
// are (round 44, dev28).
var descOfApposRE = regexp.MustCompile(`^\s*,\s*((?:(?:a|an|the)\s+)?(?:[a-z][\w'’.-]*\s+){0,2}(?:part|unit|arm|subsidiary|firm|fund|vehicle|affiliate|division|branch) of (?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+),\s*(and|&)\s+$`)

// descFromRE is a country after "from" closing the first item: " from NAT and ".
var descFromRE = regexp.MustCompile(`^\s+from NAT\s*(,\s*(?:and\s+)?|and\s+)`)

// descGap rewrites a list gap with one of these descriptors to the plain
// form; other gaps come back unchanged. Region words are in mentions.go.
func descGap(gap string) string {
	ws := strings.Fields(gap)
	for _, w := range ws {
		if w != strings.ToLower(w) && regionWords[strings.ToLower(w)] {
			gap = strings.Replace(gap, w, "NAT", 1) // "and European telecom powerhouse B"
		}
	}
	if parentGapRE.MatchString(gap) {
		return " and " // "chief executive of A and its parent B" (round 34)
	}
	if m := descFromRE.FindStringSubmatchIndex(gap); m != nil {
		gap = " " + gap[m[2]:] // "A from Korea and B"
	}
	if m := descCoordRE.FindStringSubmatch(gap); m != nil && orgHeadNouns[strings.ToLower(m[4])] {
		return m[1] + m[2] + m[3] // "and NAT networking and telecoms firm B"
	}
	if m := descOfApposRE.FindStringSubmatch(gap); m != nil {
		for _, w := range strings.Fields(m[1]) {
			if w != strings.ToLower(w) && w != "NAT" {
				return gap
			}
		}
		return " " + m[2] + " " // "A, part of a media group, and B", "A, the investment firm of a financier, and B" (round 44)
	}
	if m := descApposRE.FindStringSubmatch(gap); m != nil && orgHeadNouns[strings.ToLower(m[2])] {
		for _, w := range strings.Fields(m[1]) {
			lw := strings.ToLower(w)
			if listStop[lw] || w != lw && w != "NAT" {
				return gap
			}
		}
		return " " + m[3] + " " // "A, a multinational telecoms company, and B"
	}
	return gap
}

// parentGapRE is the gap of "A and its parent B": a company coordinated
// with its parent is a list of the two ("Sundar Pichai, chief executive of
// Google and its parent Alphabet", round 34, dev21). A unit coordinated
// with its parent's own unit ("the group and its subsidiary B") is read by
// clause_and_its.go instead. Since round 44 also "A and its (biggest
// regional) rival B" (a list with no split moving).
var parentGapRE = regexp.MustCompile(`^\s*,?\s*and its (?:(?:biggest|largest|main|closest|chief|old|long-time|longtime|regional|local|domestic|smaller|bigger|NAT)\s+){0,3}(?:parent|parent company|owner|holding company|rival|competitor|peer)\s+$`)
