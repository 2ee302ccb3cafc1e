package extract

import "strings"

// This file (helper y14inv, issue 13) keeps a company's name before
// "-based" out of the sentence's arguments: "the Arm-based server chip
// designer", "an Nvidia-based platform" name a technology the thing is
// built on, not the company, so "Carlyle owns 60% of the Arm-based server
// chip designer" is no stake in Arm. A place before "-based" ("the
// Bonn-based group") is already no company: an unknown name there becomes
// a place (mentions.go) and a country keeps its own kind.

// dropTechBased turns each company mention directly followed by "-based"
// into a place-like mention with no entity, which no clause takes as an
// argument (clause.go).
func dropTechBased(text string, ms []mention) {
	for i := range ms {
		if ms[i].Kind == 'C' && !ms[i].Poss && strings.HasPrefix(text[ms[i].End:], "-based") {
			ms[i].Kind, ms[i].Slug = 'X', ""
		}
	}
}
