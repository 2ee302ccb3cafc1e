package extract

import "strings"

// A title after a comma before a reporting verb (round 34, dev21):
// "Reliance Industries will develop AI software with Meta Platforms through
// a new joint venture, chairman Mukesh Ambani told shareholders" names the
// speaker by a bare title; the organisation just before the comma is the
// clause's object, not the title's. The bare-title reading (a title with
// no organisation names the clause's or the article's company,
// roles_newly.go) takes it.

// commaTitleReport reports whether gap, the text between an organisation
// and a person, is a comma and a bare title, and after is a reporting
// verb.
func commaTitleReport(gap, after string) bool {
	g := strings.TrimSpace(gap)
	if !strings.HasPrefix(g, ",") {
		return false
	}
	t := strings.TrimSpace(g[1:])
	if t == "" || strings.Contains(t, " of ") || strings.Contains(t, "'s") || strings.Contains(t, "’s") || strings.HasPrefix(t, "its ") || !hasTitle(t) {
		return false
	}
	w := strings.Fields(after)
	return len(w) > 0 && reportingVerbs[strings.Trim(w[0], ",.")]
}
