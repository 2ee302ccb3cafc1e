package extract

// A board written with capitals ("the Board", "Chair of the Board", "The
// GSMA Board of Directors", "the Supervisory Board") is an organisation's
// governing body as press releases capitalise it, never a name of its own:
// read as an unknown name it took the chair ("P was elected Chair of the
// Board of X" stated P chairman of "Board") and hid the organisation
// behind it. A run made only of board words names nobody.

// boardWords are the words of a board's capitalised designation.
var boardWords = map[string]bool{
	"board": true, "boards": true, "directors": true, "supervisory": true, "management": true,
	"executive": true, "trustees": true, "governors": true, "of": true, "the": true,
}

// boardRun reports whether the unknown run toks[a:b] is a board written
// with capitals ("Board", "Board of Directors", "Supervisory Board").
func boardRun(toks []token, a, b int) bool {
	head := false
	for k := a; k < b; k++ {
		if !boardWords[toks[k].Key] {
			return false
		}
		head = head || toks[k].Key == "board" || toks[k].Key == "boards"
	}
	return head
}
