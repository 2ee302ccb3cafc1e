package extract

// A time phrase between the amount and its source (helper z22binv, issue
// 13, from real news): wire copy puts the date where it falls, "Y secured
// $2m on Tuesday from A", "Y raised $19m in Series B funding, in
// September, from A and B". A prepositional phrase of time ("in", "on",
// "during", "since", "by" before a weekday, a month, a year or "week",
// "quarter") says when, not who, so the search for "from A" goes on past it.

// timePP reports whether p is a prepositional phrase of time.
func (c *clauses) timePP(p pp) bool {
	switch p.prep {
	case "in", "on", "during", "since", "by":
	default:
		return false
	}
	return c.us[p.at].Kind == 'N' && temporal(c.us[p.at].words)
}
