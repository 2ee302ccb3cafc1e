package extract

// Caption labels (helper z26part, round 22): a photo caption opens with a
// label and its number, "Photo 6: P with Q", "Caption 3: Staff at X",
// "Picture 2 - the stand". The label is no name: read as an unknown
// company it became the nearest "operator" or "company" a later sentence
// resolved ("renewed its agreement with the operator" gave the partner
// "Photo").

// captionLabels are the words a caption's label is made of.
var captionLabels = map[string]bool{
	"photo": true, "picture": true, "image": true, "caption": true, "figure": true, "fig": true, "pictured": true, "video": true,
}

// captionLabel reports whether the one-word run toks[a:b] opens the
// sentence as a caption label: the label, an optional number, then a
// colon or a dash.
func captionLabel(toks []token, a, b int) bool {
	if a != 0 || b != 1 || !captionLabels[toks[a].Key] {
		return false
	}
	k := b
	if k < len(toks) && allDigits(toks[k].Text) {
		k++
	}
	return k < len(toks) && (toks[k].Text == ":" || toks[k].Text == "-" || toks[k].Text == "–" || toks[k].Text == "—")
}
