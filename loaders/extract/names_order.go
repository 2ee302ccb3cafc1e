package extract

import (
	"regexp"
	"strings"
)

// interviewRE and answerRE find the question and answer lines of an
// interview.
var (
	interviewRE = regexp.MustCompile(`(?m)^Q ?:`)
	answerRE    = regexp.MustCompile(`(?m)^A ?:`)
)

// This file lets later sentences call a person by a family name written
// first (issue 13, the roles drill): "Singtel group chief executive Yuen
// Kuan Moon ... takes over as the alliance's chairman from Yuen", "Kim
// Young-shub ... Kim, who was previously ...". A name is read as family
// name first when it has three words ("Yuen Kuan Moon") or its given name
// is hyphenated ("Kim Young-shub"); the first such person keeps the word,
// and a word the lexicon already knows by itself (another name, a company)
// is never taken over; longer names that open with it still match first.

// defineFamilyFirst defines the first word of a person's name w as that
// person, under the shape above.
func (x *extractor) defineFamilyFirst(w []string, slug string) {
	if len(w) < 2 || len(w) > 3 {
		return
	}
	if len(w) == 2 && !strings.Contains(w[1], "-") {
		return
	}
	first := w[0]
	if len(first) < 2 || strings.ContainsAny(first, "-.'’") {
		return
	}
	for _, e := range x.lx.first[wordKey(first)] {
		if len(e.toks) == 1 {
			return // the word names something already
		}
	}
	x.lx.define(first, slug)
}

// defineGivenName lets an interview call a person by the given name alone
// (issue 13, the roles2 drill: "A: Walter runs Fastweb as its chief
// executive", "Urs ran the company for almost a decade"): in an article
// with questions and answers, the first word of a two-word name, unless
// the lexicon knows that word by itself (another name, a company) or it
// is a word that never starts a name. Elsewhere a two-word western name
// keeps its surname only (TestFamilyNameFirst).
func (x *extractor) defineGivenName(w []string, slug string) {
	if !x.interview || len(w) != 2 || strings.Contains(w[1], "-") {
		return
	}
	first := w[0]
	if len(first) < 3 || strings.ContainsAny(first, "-.'’") || chunkStop[strings.ToLower(first)] {
		return
	}
	for _, e := range x.lx.first[wordKey(first)] {
		if len(e.toks) == 1 {
			return // the word names something already
		}
	}
	x.lx.define(first, slug)
}

// surnameParticles open a surname of two words ("Della Valle", "van
// Boxmeer", "de la Vega" ends in its last two words).
var surnameParticles = map[string]bool{
	"della": true, "delle": true, "dalla": true, "de": true, "da": true, "di": true, "del": true, "van": true,
	"von": true, "der": true, "den": true, "le": true, "la": true, "du": true, "dos": true, "das": true, "ter": true, "ten": true,
}

// defineParticleSurname lets later sentences call a person by a surname
// that opens with a particle ("Della Valle" for Margherita Della Valle,
// "van Boxmeer"): the particle and the last word name the person, as the
// last word alone does.
func (x *extractor) defineParticleSurname(w []string, slug string) {
	if len(w) < 3 || !surnameParticles[strings.ToLower(w[len(w)-2])] {
		return
	}
	x.lx.define(w[len(w)-2]+" "+w[len(w)-1], slug)
}
