package extract

import "strings"

// A unit named after its parent is not "the group" (helper z23org, dev4):
// under the heading "3. Telenor's AI Factory", "the Norwegian group's
// chief innovation officer" is the parent's officer, and the parent's
// country. A group noun describes the company a unit is named after.

// parentNamedIn is, when a description headed by head resolved to slug
// and head names a corporate group or parent, the company the article
// named whose name opens slug's name ("Telenor" for "Telenor AI
// Factory") and that may be of country (any, when country is ""); slug
// otherwise.
func (x *extractor) parentNamedIn(slug, head, country string) string {
	if head != "group" && head != "parent" || slug == "" {
		return slug
	}
	name := x.nameOf(slug)
	best := ""
	for p := range x.lastSeen {
		pn := x.nameOf(p)
		if p == slug || pn == "" || !strings.HasPrefix(name, pn+" ") || len(pn) <= len(x.nameOf(best)) && best != "" {
			continue
		}
		rest := strings.ToLower(name[len(pn)+1:])
		if strings.Contains(rest, "group") || strings.Contains(rest, "holding") || x.typeOf(p) != x.typeOf(slug) {
			continue // "Acme Group" is the group itself
		}
		if c := x.knownNation(p); c != "" && country != "" && c != country {
			continue
		}
		best = p
	}
	if best == "" {
		return slug
	}
	return best
}
