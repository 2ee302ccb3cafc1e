package extract

import "strings"

// itsPastPluralLead is the company a later "its" refers to when the
// sentence opens with a list of companies: "Acme and Ion are the initial
// equity funders of Stargate, and Mr. Son serves as its chairman" (round
// 28, dev15) cannot mean one of the funders, which the sentence names as a
// plural subject; it is the nearest organisation named after the list and
// before "its". "" when the sentence opens with one company, or nothing
// else was named.
func (x *extractor) itsPastPluralLead(text string, at int) string {
	var ms []mention
	for _, m := range x.curMs {
		if m.Start < at && itOrg(m) && m.Slug != "" {
			ms = append(ms, m)
		}
	}
	if len(ms) < 3 {
		return ""
	}
	// the opening list: names joined by ", " or " and "
	end := 0
	for end+1 < len(ms) {
		gap := text[ms[end].End:ms[end+1].Start]
		if gap != ", " && gap != " and " && gap != ", and " {
			break
		}
		end++
	}
	if end == 0 {
		return ""
	}
	if lead := strings.TrimSpace(text[:ms[0].Start]); strings.Contains(lead, ",") || len(strings.Fields(lead)) > 3 {
		return "" // the list must open the sentence
	}
	for k := len(ms) - 1; k > end; k-- {
		if !ms[k].Poss {
			return ms[k].Slug
		}
	}
	return ""
}
