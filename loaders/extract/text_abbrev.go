package extract

// Abbreviated words inside company names ("Warner Bros. Discovery", "Tata
// Intl. Holdings") are no legal suffix. A full stop after one ends a
// sentence only before an obvious opener, as after "Corp." (text.go), and
// a register name keeps its inner full stop among its tokens, so that it
// matches the text token for token (formTokens) (helper z18part).
var nameAbbrevs = map[string]bool{"bros": true, "intl": true, "natl": true, "assoc": true}

// innerStop reports whether token i of a name is a full stop written
// against the word before it and followed by more of the name.
func innerStop(ts []token, i int) bool {
	return ts[i].Text == "." && i > 0 && i+1 < len(ts) && ts[i-1].End == ts[i].Start && ts[i-1].Word && ts[i+1].Start > ts[i].End
}
