package extract

// An unknown capitalised word between an indefinite article and a common
// noun modifies the noun and names no party: "struck a deal with a Bitcoin
// miner", "sells to an Android phone maker" (probed on real news: the
// word became a partner). A registered name there is read by the rules
// that know it ("an Ericsson spokesperson"); an unknown one is no name.

// articleModifier reports whether the one-word run toks[a:b] stands after
// "a"/"an" and before a word in small letters.
func articleModifier(toks []token, a, b int) bool {
	if b-a != 1 || a == 0 || b >= len(toks) || toks[a].Poss {
		return false
	}
	if k := toks[a-1].Key; k != "a" && k != "an" {
		return false
	}
	n := toks[b]
	if !n.Word || n.Upper || n.Start != toks[a].End+1 {
		return false
	}
	p, _, _ := tagWord(n, false)
	return p == posNoun
}
