package extract

// This file resolves "its" before a holding in a named company (helper
// x13i10, issue 13, on the drill testdata/drills/invest3): "Its
// investment in Aleph Alpha was small", "A said its stake in Y was worth
// $1 billion", "It wrote down its holding in Y". A named owner's holding
// ("A's stake in Y") was read (stake.nominal); "its" was resolved only
// before a title, so the owner went unread. "its" is resolved here as
// before a title (coref.go): the subject of its own clause, else the
// company the previous sentence was about. A holding given away ("sold
// its stake in Y") is left unresolved, as the holding is no more.

// holdingHeads are the nouns of a holding in a company.
var holdingHeads = map[string]bool{"stake": true, "investment": true, "holding": true, "shareholding": true}

// disposalWords give a holding away: its owner is no investor after them.
var disposalWords = map[string]bool{
	"sold": true, "sell": true, "sells": true, "selling": true, "divested": true, "divest": true, "divesting": true,
	"offloaded": true, "offload": true, "unloaded": true, "exited": true, "exit": true, "dumped": true, "dump": true,
	"liquidated": true, "disposed": true, "transferred": true,
}

// itsHolding reports whether the words after "its" at i are a holding
// noun, with at most one modifier ("its minority stake"), and "in":
// "its investment in Y".
func itsHolding(key func(int) string, i int) bool {
	if i > 0 && disposalWords[key(i-1)] {
		return false // "sold its stake in Y": no holding any more
	}
	if holdingHeads[key(i+1)] {
		return key(i+2) == "in"
	}
	return key(i+1) != "" && holdingHeads[key(i+2)] && key(i+3) == "in"
}
