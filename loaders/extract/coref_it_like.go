package extract

// A comparison with a named organisation between ", and" and "it" (helper
// z23blead): "X was set up in 2024 by A and B, and like B it is chaired by
// P" continues the first clause's subject, as "..., and it is chaired by
// P" does (coref_it.go); the organisation compared with is not what "it"
// stands for (a pronoun is not bound by the phrase it is compared with).

// itCompareWords open a comparison phrase before a clause's subject.
var itCompareWords = map[string]bool{"like": true, "unlike": true}

// afterComparison is the index of "like" or "unlike" when a comparison
// with a name of at most four capitalised words ends right before token
// i ("like Acme Telecom it"), or i when there is none.
func afterComparison(toks []token, i int) int {
	k := i - 1
	for k >= 0 && i-k <= 4 && toks[k].Word && toks[k].Upper {
		k--
	}
	if k == i-1 || k < 0 || !itCompareWords[toks[k].Key] {
		return i
	}
	return k
}
