package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Founding told by an idiom rather than a founding verb (helper x13h9,
// issue 13, the orgfacts2 drill): "X dates back to 2021", "X traces its
// roots to 1998", "X opened its doors in 2018", "X, which opened in Oslo
// in 2024,", "X began life in 2016", "X started operations in 2020", "X
// was born in 2015", "Since its founding in 2012, X ...". The organisation
// is a registered name right before the idiom (or the name after the
// fronted "Since its ..."), and the sentence must give a date: "X opened
// an office", "X started talks" and a bare "X was born" state nothing.

// foundIdiomRE matches the idioms; the name must end right before it.
var foundIdiomRE = regexp.MustCompile(`\b(?:(?:dates|date|dated|dating) back to|(?:traces|traced|trace) (?:its|their) (?:roots|origins|history|beginnings) (?:back )?to|(?:opened|opens|open) its doors|opened in [A-Z][\w-]*(?: [A-Z][\w-]*)?,? in|(?:started|began|begun|commenced|starts|begins) (?:operations|operating|life|work)|has been around since|(?:was|were) born)\b`)

// foundIdiomGap is what may stand between the name and the idiom: a
// relative pronoun, an auxiliary, or an apposition ("X, the 50:50 joint
// venture of A and B, dates back to 2021").
var foundIdiomGap = regexp.MustCompile(`^(?: ?|, (?:the|a|an) [^,;()]*, )(?:,? (?:which|that) )?(?:(?:has|have|had|first|originally|officially|actually) )?$`)

// foundSinceRE is a fronted "Since its founding in 2012, ".
var foundSinceRE = regexp.MustCompile(`^Since (?:its|their) (?:founding|foundation|creation|launch|inception|establishment|formation|start)\b[^,]*, (?:the )?`)

// famFoundIdioms reads the idioms of one sentence.
func (x *extractor) famFoundIdioms(c *clauses) {
	s := c.s
	if len(s.dates) == 0 {
		return
	}
	d := x.dateOf(s)
	if d.IsZero() {
		return
	}
	x.rule = "found.idiom"
	for _, loc := range foundIdiomRE.FindAllStringIndex(s.text, -1) {
		if strings.HasPrefix(s.text[loc[0]:loc[1]], "opened in ") && !strings.Contains(s.text[:loc[0]], "which ") {
			continue // "X opened in Oslo": only "X, which opened in Oslo in 2024"
		}
		for i := range s.ms {
			m := &s.ms[i]
			if m.End > loc[0] || m.Kind != 'C' && m.Kind != 'A' && m.Kind != 'V' || m.Poss || m.Coref && pronounWord(m.Text) {
				continue
			}
			if !foundIdiomGap.MatchString(s.text[m.End:loc[0]]) {
				continue
			}
			for _, a := range x.argOf(s, i) {
				x.emitFact(s, schema.RelFounded, a, arg{}, s.text[m.Start:loc[1]], 0.7, schema.Fact{Date: d})
			}
		}
	}
	if loc := foundSinceRE.FindStringIndex(s.text); loc != nil {
		for i := range s.ms {
			m := &s.ms[i]
			if m.Start == loc[1] && (m.Kind == 'C' || m.Kind == 'A' || m.Kind == 'V') {
				for _, a := range x.argOf(s, i) {
					x.emitFact(s, schema.RelFounded, a, arg{}, s.text[:loc[1]], 0.7, schema.Fact{Date: d})
				}
			}
		}
	}
}

// pronounWord reports whether a mention's text is a pronoun: an idiom's
// "it" may stand for a group the pronoun was not resolved to.
func pronounWord(t string) bool {
	switch strings.ToLower(t) {
	case "it", "they", "its", "their", "we", "our":
		return true
	}
	return false
}
