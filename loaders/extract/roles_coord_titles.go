package extract

// Titles shared by coordinated holders and boards told by a fronted
// place (round 15, roles5 drill):
//
//   - a plural title over coordinated people: "X named P and Q interim
//     co-CEOs", "X, whose co-CEOs P and Q were in the hall", "The
//     company's co-CEOs, P and Q, said" - every one of them holds it (a
//     singular title before "P and Q" stays P's);
//   - "At X, the board appointed P as its next CEO": the board of a
//     sentence that opens with "At X," is X's (frontedOrg), and "its next
//     chief executive" is a title (asTitleWords).

// coordPeople is person unit p and the persons coordinated after it ("P
// and Q", "P, Q and R", "P, Q, and R"); a list must close with "and", so
// "P, Q said" (an apposition or a new clause) adds nobody.
func (c *clauses) coordPeople(x *extractor, p int) []int {
	out := []int{p}
	closed := 1 // out[:closed] ends at an "and" link (or is p alone)
	for j := p; ; {
		k := j + 1
		if c.isPunct(k, ",") {
			k++
		}
		and := k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].words == "and"
		if and {
			k++
		}
		if k == j+1 || k >= len(c.us) {
			break
		}
		q := c.person(x, k)
		if q != k || c.ents[c.us[q].ent].poss {
			break
		}
		out = append(out, q)
		if and {
			closed = len(out)
		}
		j = q
	}
	return out[:closed]
}
