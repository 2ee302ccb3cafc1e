package extract

// nonRosterNouns are plural nouns for parties that put money or goods into
// something rather than belong to a group: "About 20 investors, among them
// A and B, pledged ..." lists investors, not a group's members.
var nonRosterNouns = map[string]bool{
	"investors": true, "backers": true, "buyers": true, "bidders": true, "shareholders": true,
	"lenders": true, "banks": true, "funds": true, "financiers": true, "customers": true,
	"clients": true, "suppliers": true, "tenants": true, "sellers": true, "donors": true,
}

// amongOwnNoun reports whether "among them" (or "among which", "among
// whom") follows a comma after such a plural noun, so that "them" stands
// for that noun and not for a group's members (writer k, issue 13).
func amongOwnNoun(ts []tagged) bool {
	for k := 2; k+1 < len(ts); k++ {
		if ts[k].Key != "among" && ts[k].Key != "amongst" {
			continue
		}
		switch ts[k+1].Key {
		case "them", "whom", "which":
		default:
			continue
		}
		if ts[k-1].Text == "," && nonRosterNouns[ts[k-2].Key] {
			return true
		}
	}
	return false
}
