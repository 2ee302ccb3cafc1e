package extract

import (
	"slices"
	"strconv"
)

// This file lets a company description carry modifiers the article never
// gave anyone (helper x13i10, issue 13, on the drill
// testdata/drills/invest3). News often tells something new about the
// company in focus in the very description that refers back to it: "The
// radio-software company is backed by A", "The fibre wholesaler raised
// ...", "The model maker counts B among its investors". Before, "the company" and "the
// telecom company" referred back (coref.go) but any other modifier made the
// description unresolvable, since no descriptor the article learnt
// (coref_descriptor.go) fitted it. Now up to three free modifiers before a
// company noun are read as "the company" is (the topic company, with its
// exclusions), provided the memory of descriptors holds nothing they
// could point to instead: no entity was described with the same head
// noun or any of the same modifiers (that case is the descriptor
// memory's, and when it could not decide, nothing is meant). Contrastive
// modifiers ("the other company", "the rival operator", "the parent
// company", "the larger group") name another company than the one in
// focus and are never free. Only a description that opens its sentence
// is read so: the subject a new sentence sets out to talk about, where
// news re-introduces the company in focus ("The Tokyo lab raised ...").

// contrastMods are modifiers that set the company described apart from
// the one under discussion.
var contrastMods = map[string]bool{
	"other": true, "another": true, "rival": true, "parent": true, "former": true, "same": true, "sister": true,
	"second": true, "third": true, "first": true, "new": true, "merged": true, "combined": true, "joint": true,
	"partner": true, "target": true, "acquired": true, "acquiring": true, "larger": true, "smaller": true,
	"bigger": true, "latter": true, "two": true, "three": true, "both": true, "each": true, "competing": true,
	"private": true, "public": true, "one": true, "whole": true, "entire": true, "domestic": true, "foreign": true,
	"local": true, "state": true, "state-owned": true, "chinese-owned": true, "holding": true, "investment": true,
	"venture": true, "unnamed": true, "undisclosed": true, "unlisted": true,
}

// freeModsHead is the index of the company noun after "the" at toks[i]
// and one to three free modifiers ("The radio-software company"), or -1.
// A capitalised modifier is a place or a name ("The Abu Dhabi company"):
// it says where the company is, which the topic company may contradict,
// so it is left to the descriptor memory and the city reading, but in
// the section under a heading that names a company (a listicle's item),
// where the description opening a sentence re-introduces the heading's
// company ("1. Aira Technologies. The Silicon Valley radio-software
// company is backed by ...").
func (x *extractor) freeModsHead(toks []token, i int, covered []bool) int {
	if i != 0 && !x.afterRunInColon(toks, i) { // about_runin.go
		// Inside a sentence a description in investee or object position
		// is the investee-focus model's (invest_implicit.go) and the
		// clause reader's; after a name and a comma it is the name's own
		// apposition. Opening a sentence it is what the sentence is about.
		return -1
	}
	topic, _ := x.sectionTopic()
	inSection := topic != "" // about.go, about_runin.go
	var mods []string
	j := i + 1
	for ; j < len(toks) && j <= i+4; j++ {
		t := toks[j]
		if !t.Word || covered[j] || t.Poss && !companyNouns[t.Key] {
			return -1
		}
		if companyNouns[t.Key] || inSection && sectionOrgNouns[t.Key] {
			break
		}
		if yearFounded(toks, j) {
			// "The 2021-founded start-up": the year dates the company in
			// focus (found_idioms.go famFoundYearDesc), it sets none apart
			mods = append(mods, "-founded")
			j++
			continue
		}
		if contrastMods[t.Key] || titleWords[t.Key] || t.Upper && !inSection || !t.Upper && !descWord(t.Key) {
			return -1
		}
		mods = append(mods, t.Key)
	}
	if j >= len(toks) || j > i+4 || len(mods) == 0 || !companyNouns[toks[j].Key] && !(inSection && sectionOrgNouns[toks[j].Key]) || toks[j].Key == "group" || nameFollows(toks, j, covered) {
		return -1
	}
	if j+1 < len(toks) && (toks[j+1].Key == "of" || toks[j+1].Key == "that" || toks[j+1].Key == "who") {
		return -1 // "the software company of X", "the company that ... first": not a back-reference
	}
	head := descHead(toks[j].Key)
	for _, e := range x.descs {
		if e.head == head {
			return -1
		}
		for _, md := range mods {
			if slices.Contains(e.mods, md) {
				return -1
			}
		}
	}
	return j
}

// sectionOrgNouns head a description that re-introduces a section's
// company only there ("1. Sakana AI. The Tokyo research lab is ...";
// helper z18inv): elsewhere "the lab" may be a building or a unit, and
// is left to the descriptors the article gave (coref_descriptor.go).
var sectionOrgNouns = map[string]bool{"lab": true, "laboratory": true}

// inSection reports whether the sentence is in a section a heading
// naming one company opened.
func (x *extractor) inSection() bool {
	t, _ := x.sectionTopic()
	return t != ""
}

// yearFounded reports whether toks[j] is a year that "-founded" or
// "-established" follows ("2021-founded").
func yearFounded(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Key != "-founded" && toks[j+1].Key != "-established" {
		return false
	}
	y, err := strconv.Atoi(toks[j].Text)
	return err == nil && y >= 1900 && y <= 2099
}
