package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// placeBeforeCountry reports whether the unknown name toks[a:b] is a place:
// after "in" or "from" and followed by a comma and a country the register
// knows ("based in Jeju, South Korea", "from Lakeside, Finland"). It is
// then no organisation.
func (x *extractor) placeBeforeCountry(ms []mention, toks []token, a, b int) bool {
	if a == 0 || b+1 >= len(toks) || toks[b].Text != "," {
		return false
	}
	if k := toks[a-1].Key; k != "in" && k != "from" && k != "near" {
		return false
	}
	for _, m := range ms {
		if m.Start == toks[b+1].Start && m.Kind == kindOf(schema.TypeCountry) {
			return true
		}
	}
	return false
}

// cityBeforeBased reports whether the unknown name ending before token b
// is a city written before its state or country in a "-based" modifier:
// "the Midland, Texas-based company", "a Leeds, England-based firm" (helper
// z23inv). The state names no company either; the description is the
// company's. An article must open the phrase: "Y, Texas-based maker of
// radios" is a name and its apposition.
func cityBeforeBased(toks []token, a, b int) bool {
	if a == 0 || b+2 >= len(toks) || toks[b].Text != "," || !toks[b+1].Upper {
		return false
	}
	if d := toks[a-1].Key; d != "the" && d != "a" && d != "an" {
		return false
	}
	k := toks[b+2].Key
	return k == "-based" || k == "-headquartered"
}

// notAName reports whether the capitalised run toks[a:b] names no
// organisation whatever its capitals: a funding round ("Series A", "Series
// B") or a city the lexicon knows ("the Chicago company").
func notAName(toks []token, a, b int) bool {
	if toks[a].Key == "series" || hyphenAdjective(toks, a, b) { // lexicon_cased.go
		return true
	}
	if eventRun(toks, a, b) || documentRun(toks, a, b) || lawRun(toks, a, b) || regionRun(toks, a, b) || regionCapsRun(toks, a, b) || lowerCompound(toks[a].Text) {
		return true
	}
	if memberRankRun(toks, a, b) {
		return true // "added 11 Founding Members to X": a rank, no name (mention_member_run.go)
	}
	if boardRun(toks, a, b) {
		return true // "Chair of the Board of X": X's board, no name (mention_board.go)
	}
	if captionLabel(toks, a, b) {
		return true // "Photo 6: P with Q": a caption's label (mention_caption.go)
	}
	if b-a == 1 && numberWords[toks[a].Key] > 0 {
		return true // "SHANGHAI - Seven more operators": a count, never a name
	}
	name := ""
	for k := a; k < b; k++ {
		if k > a {
			name += " "
		}
		name += toks[k].Key
	}
	_, city := cities[name]
	return city
}

// corpTail reports whether the unknown run toks[a:b] only continues a
// known name with corporate words ("Telefonica Deutschland Holding AG",
// "SoftBank Group Corp"): the run belongs to the mention before it.
func corpTail(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if w := toks[k].Key; !corpSuffix[w] && w != "holding" && w != "holdings" && w != "group" {
			return false
		}
	}
	return a < b
}

// eventRun reports whether the unknown run toks[a:b] names an event, not
// an organisation: a trade show ("MWC Barcelona", "MWC25") or a name
// headed by an event noun ("Mobile World Congress", "the AI Action
// Summit", "Network X Expo"). At MWC Barcelona nobody signs a deal with
// MWC Barcelona.
func eventRun(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if strings.HasPrefix(toks[k].Key, "mwc") {
			return true
		}
	}
	return eventHeads[toks[b-1].Key]
}

// eventHeads are the head nouns of event names.
var eventHeads = map[string]bool{
	"congress": true, "summit": true, "expo": true, "conference": true, "festival": true, "fair": true,
	"symposium": true, "hackathon": true, "olympics": true,
}

// regionRun reports whether the unknown run toks[a:b] only names a region
// ("Southeast Asia", "the Middle East", "Latin America"): a place, not an
// organisation.
func regionRun(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if !regionNames[toks[k].Key] && !regionWords[toks[k].Key] && !regionParts[toks[k].Key] {
			return false
		}
	}
	return true
}

// regionCapsRun reports whether the unknown run toks[a:b] is a region's
// adjective before common all-caps words only ("European AI", "Nordic
// 5G"; helper z18inv): a field of business described by where it is, no
// organisation, however a headline capitalises it ("We want European money
// to own European AI").
func regionCapsRun(toks []token, a, b int) bool {
	if b-a < 2 || !regionWords[toks[a].Key] {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !commonCaps[toks[k].Text] && !regionWords[toks[k].Key] {
			return false
		}
	}
	return true
}

// regionParts are the words of region names besides regionNames and
// regionWords.
var regionParts = map[string]bool{
	"southeast": true, "northeast": true, "southwest": true, "northwest": true, "middle": true, "latin": true,
	"central": true, "western": true, "eastern": true, "northern": true, "southern": true, "nordics": true,
	"sub-saharan": true, "oceania": true, "caribbean": true, "balkans": true, "baltics": true, "scandinavia": true,
}

// lowerCompound reports whether a hyphenated word opens with a lower-case
// word ("virtualized-RAN", "cloud-RAN", "open-RAN"): an adjective of a
// technology, not a name, whatever capitals follow. A name that starts in
// lower case keeps a capital inside its first part ("xRAN", "eSIM").
func lowerCompound(w string) bool {
	i := strings.IndexAny(w, "-‑")
	if i < 3 {
		return false
	}
	for _, r := range w[:i] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
