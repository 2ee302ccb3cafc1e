package extract

// This file (helper y14inv, issue 13) lets the last investor of "as well
// as C" carry an apposition to the sentence's end: "Y counts A among its
// investors, as well as B and C, the fund of a Yahoo co-founder". The
// reader of "as well as" (invest_holders.go) wanted C to end the sentence,
// lest "as well as C" be the start of another clause ("as well as C, which
// sells ..." or "as well as C, B said"); an apposition with no verb adds
// only a description of C.

// closingAppos reports whether the units from k on are a comma and a noun
// phrase that runs to the end of the sentence with no verb in it.
func (c *clauses) closingAppos(k int) bool {
	if !c.isPunct(k, ",") || k+1 >= len(c.us) || (c.us[k+1].Kind != 'M' && c.us[k+1].Kind != 'N') {
		return false
	}
	for j := k + 1; j < len(c.us); j++ {
		switch {
		case c.us[j].Kind == 'V' || c.isPunct(j, ","):
			return false
		case c.boundary(j):
			return j == len(c.us)-1 // the sentence's end, not a ";" and more
		}
	}
	return true
}
