package extract

import "strings"

// Photo references. Trade press points at its pictures inside the sentence:
// "Vikram Sinha (pictured, left), CEO of IOH, said", "the two chiefs
// (above) signed", "Jane Roe (second from right)". The rules read "P, CEO
// of X" and not "P (pictured), CEO of X": the parenthesis stands between
// the name and its apposition. photoAside drops such a parenthesis, with
// the space before it, before the rules read the sentence; the evidence
// still quotes the sentence as written (mentions.go, run).
//
// A parenthesis is a photo reference when every word in it is a word of
// position or of pictures (photoWords) and one of them says where or that
// it is pictured (photoCues): "(left)", "(pictured, centre)", "(far right)",
// "(inset)", "(file photo)". Anything else stays: "(IOH)", "(left in
// 2021)", "(Nasdaq: NVDA)".

// photoWords are the words a photo reference is made of.
var photoWords = map[string]bool{
	"pictured": true, "picture": true, "photo": true, "photographed": true, "image": true, "file": true, "inset": true,
	"above": true, "below": true, "top": true, "bottom": true, "left": true, "right": true, "centre": true, "center": true,
	"middle": true, "second": true, "third": true, "far": true, "from": true, "front": true, "back": true, "row": true,
	"seated": true, "standing": true, "and": true, "l": true, "r": true, "c": true,
}

// photoCues are the words that make a parenthesis of photoWords a photo
// reference ("(from the back)" alone is not).
var photoCues = map[string]bool{
	"pictured": true, "photo": true, "photographed": true, "inset": true, "above": true, "left": true,
	"right": true, "centre": true, "center": true, "l": true, "r": true,
}

// photoAside returns t without its photo references, and whether it had
// any.
func photoAside(t string) (string, bool) {
	if !strings.Contains(t, "(") {
		return t, false
	}
	var b strings.Builder
	found, last := false, 0
	for i := 0; i < len(t); i++ {
		if t[i] != '(' {
			continue
		}
		j := strings.IndexByte(t[i:], ')')
		if j < 0 {
			break
		}
		if !isPhotoRef(t[i+1:i+j]) && !isTickerRef(t[i+1:i+j]) { // text_ticker.go
			continue
		}
		from := i
		for from > last && t[from-1] == ' ' {
			from--
		}
		b.WriteString(t[last:from])
		last, found = i+j+1, true
		i += j
	}
	if !found {
		return t, false
	}
	b.WriteString(t[last:])
	return b.String(), true
}

// isPhotoRef reports whether the inside of a parenthesis is a photo
// reference.
func isPhotoRef(in string) bool {
	words := strings.FieldsFunc(strings.ToLower(in), func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '-' })
	cue := false
	for _, w := range words {
		if !photoWords[w] {
			return false
		}
		cue = cue || photoCues[w]
	}
	return cue
}

// asides returns t with its photo references dropped and its aside dashes
// written as commas, and whether either changed it.
func asides(t string) (string, bool) {
	t, photo := photoAside(t)
	t, dash := dashAside(t)
	t, paren := parenAside(t) // text_paren_aside.go
	return t, photo || dash || paren
}
