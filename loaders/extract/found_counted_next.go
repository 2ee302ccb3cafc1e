package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Founders counted in one sentence and named in the next (round 34,
// dev21): "The O-RAN Alliance was formed in February 2018 by five
// operators. Two of them, China Mobile and NTT Docomo, are Asian; the other
// three - AT&T, Deutsche Telekom and Orange - are Western incumbents." The
// founding's agent is a counted plural with no names ("by five
// operators"); when one of the next two sentences names exactly that many
// companies, and neither joins, leaves nor names another group, they are
// the founders. A count the next sentences do not match exactly states
// nothing.

// countedFounding is a founding whose founders were only counted.
type countedFounding struct {
	group arg
	n     int
	sent  int
}

// noteCountedFounders records a founding agent at unit k that counts its
// founders ("by five operators").
func (x *extractor) noteCountedFounders(c *clauses, k int, group arg) {
	if !countedPlural(c.us[k]) || k+1 < len(c.us) && (c.us[k+1].Kind == 'E' || c.isPunct(k+1, ":")) {
		return // "by five operators: A, B, ...": named in the sentence
	}
	n := 0
	for _, w := range strings.Fields(c.us[k].words) {
		if n = countOf(w); n > 0 {
			break
		}
	}
	slug := x.resolve(group, allianceTypes)
	if n < 2 || slug == "" {
		return
	}
	x.countedFounders = &countedFounding{group: arg{slug: slug, text: "(" + x.nameOf(slug) + ")"}, n: n, sent: x.sentIdx}
}

// countedNextStop are words that make a sentence's names others than the
// counted founders: later joiners, leavers, candidates.
var countedNextStop = regexp.MustCompile(`(?i)\b(?:join(?:ed|s)?|later|since|left|quit|added|signed up|applied|observers?|not|no longer|former(?:ly)?|invest(?:ed|s)?|backed)\b`)

// famCountedFounders names the counted founders in one of the two
// sentences after the founding.
func (x *extractor) famCountedFounders(c *clauses) {
	cf := x.countedFounders
	if cf == nil || x.sentIdx <= cf.sent {
		return
	}
	if x.sentIdx-cf.sent > 2 {
		x.countedFounders = nil
		return
	}
	var items []arg
	var slugs []string
	for i, m := range c.s.ms {
		if !isOrgKind(m.Kind) {
			continue
		}
		for _, a := range x.argOf(c.s, i) {
			sl := x.resolve(a, orgTypesAll)
			if sl == "" || sl == cf.group.slug || slices.Contains(slugs, sl) {
				continue
			}
			if x.typeOf(sl) == schema.TypeAlliance || m.Coref {
				return // another group, or a description of a name before: not this roster
			}
			items, slugs = append(items, a), append(slugs, sl)
		}
	}
	if len(items) == 0 {
		return
	}
	x.countedFounders = nil
	if len(items) != cf.n || countedNextStop.MatchString(c.s.text) {
		return
	}
	x.rule = "found.counted-next"
	for _, a := range items {
		x.emitFact(c.s, schema.RelFoundingMember, a, cf.group, "", 0.7, schema.Fact{})
	}
}
