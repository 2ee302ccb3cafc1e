package schema

// EditDistance is the optimal string alignment distance between a and b
// (Levenshtein plus transposition of neighbours: "Duetsche" is one edit from
// "Deutsche"), or max+1 as soon as it must exceed max. Name search, the
// extractor's spelling variants and the format's "did you mean" hints share
// it.
func EditDistance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	// three rows; words are short, so they usually fit on the stack
	var stack [3 * 33]int
	rows := stack[:]
	if n := 3 * (len(b) + 1); n > len(stack) {
		rows = make([]int, n)
	}
	pprev, prev, cur := rows[:len(b)+1], rows[len(b)+1:2*(len(b)+1)], rows[2*(len(b)+1):3*(len(b)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], pprev[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		pprev, prev, cur = prev, cur, pprev
	}
	return prev[len(b)]
}

// Closest returns the word of words nearest to w within two edits (or a
// third of w's length, whichever is less, at least one), and "" when none is
// that near. Ties go to the earlier word.
func Closest(w string, words []string) string {
	rw := []rune(w)
	limit := min(2, max(1, len(rw)/3))
	best, bestD := "", limit+1
	for _, c := range words {
		if d := EditDistance(rw, []rune(c), limit); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}
