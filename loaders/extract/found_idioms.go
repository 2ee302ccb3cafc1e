package extract

import (
	"regexp"
	"strconv"
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
var foundIdiomRE = regexp.MustCompile(`\b(?:(?:dates|date|dated|dating) back to|(?:traces|traced|trace) (?:its|their) (?:roots|origins|history|beginnings) (?:back )?to|(?:opened|opens|open) its doors|opened in [A-Z][\w-]*(?: [A-Z][\w-]*)?,? in|(?:started|began|begun|commenced|starts|begins) (?:operations|operating|life|work)|has been around since|(?:has|have) existed since|opened for business|(?:was|were) born)\b`)

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
			if !foundIdiomGap.MatchString(s.text[m.End:loc[0]]) || agentListItem(s, i) {
				continue
			}
			for _, a := range x.argOf(s, i) {
				x.emitFact(s, schema.RelFounded, a, arg{}, s.text[m.Start:loc[1]], 0.7, schema.Fact{Date: d})
			}
		}
	}
	x.famFoundPossessive(s, d) // "X's founding in 2019"
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

// foundPossRE is a founding noun right after a possessive name: "X's
// founding in 2019", "the alliance's formation in 2020". "Launch" is left
// out: "X's launch" is more often a product's.
var foundPossRE = regexp.MustCompile(`^ (?:founding|creation|formation|establishment|inception|foundation)\b`)

// famFoundPossessive reads "X's founding in 2019" in s, dated d.
func (x *extractor) famFoundPossessive(s *sent, d schema.Date) {
	for i := range s.ms {
		m := &s.ms[i]
		if !m.Poss || m.Coref || m.Kind != 'C' && m.Kind != 'A' && m.Kind != 'V' {
			continue
		}
		if loc := foundPossRE.FindStringIndex(s.text[m.PossEnd:]); loc != nil {
			for _, a := range x.argOf(s, i) {
				x.emitFact(s, schema.RelFounded, a, arg{}, s.text[m.Start:m.PossEnd+loc[1]], 0.7, schema.Fact{Date: d})
			}
		}
	}
}

// foundYearApposRE is an apposition that dates a company by the year it
// began: "X, a 2023 start-up,", "X, the 2019 spin-off of Y", "X, a
// 2021-founded venture".
var foundYearApposRE = regexp.MustCompile(`^, (?:a|an|the) ((?:19|20)\d\d)(?:-(?:founded|born|vintage))? (?:[a-zA-Z-]+ ){0,2}?(?:start-?ups?|spin-?offs?|spin-?outs?|ventures?|company|firm|lab|outfit|newcomer|upstart|alliance|group|body|consortium|initiative)\b`)

// famFoundYearAppos reads "X, a 2023 start-up," in c's sentence.
func (x *extractor) famFoundYearAppos(c *clauses) {
	s := c.s
	x.rule = "found.year-appos"
	for i := range s.ms {
		m := &s.ms[i]
		if m.Poss || m.Coref || m.Kind != 'C' && m.Kind != 'A' && m.Kind != 'V' {
			continue
		}
		sub := foundYearApposRE.FindStringSubmatchIndex(s.text[m.End:])
		if sub == nil {
			continue
		}
		y, _ := strconv.Atoi(s.text[m.End+sub[2] : m.End+sub[3]])
		d := schema.Date{Year: y, Precision: schema.PrecisionYear}
		for _, a := range x.argOf(s, i) {
			x.emitFact(s, schema.RelFounded, a, arg{}, s.text[m.Start:m.End+sub[1]], 0.7, schema.Fact{Date: d})
		}
	}
	x.famFoundYearDesc(s)
}

// foundYearDescRE is the year a description or a name's premodifier
// dates a company by: "The 2023-founded start-up is run by P", "the
// 2018-founded firm", "2019-founded Mistral AI".
var foundYearDescRE = regexp.MustCompile(`\b((?:19|20)\d\d)-(?:founded|established)$`)

// famFoundYearDesc reads a founding year inside a resolved description
// ("The 2023-founded start-up", the year right before its head noun) or
// right before a name, in s (helper x14desc, drill coref3): news dates a
// company it names once and then only describes this way.
func (x *extractor) famFoundYearDesc(s *sent) {
	for i := range s.ms {
		m := &s.ms[i]
		if m.Kind != 'C' && m.Kind != 'A' && m.Kind != 'V' || m.Slug == "" {
			continue
		}
		var sub []int
		from := 0
		if t := s.text[m.Start:m.End]; m.Coref {
			// the words before the head noun: "The 2023-founded"
			if k := strings.LastIndexByte(t, ' '); k > 0 {
				sub, from = foundYearDescRE.FindStringSubmatchIndex(t[:k]), m.Start
			}
		} else {
			sub = foundYearDescRE.FindStringSubmatchIndex(strings.TrimRight(s.text[:m.Start], " "))
		}
		if sub == nil {
			continue
		}
		y, _ := strconv.Atoi(s.text[from+sub[2] : from+sub[3]])
		d := schema.Date{Year: y, Precision: schema.PrecisionYear}
		for _, a := range x.argOf(s, i) {
			x.emitFact(s, schema.RelFounded, a, arg{}, s.text[min(from+sub[0], m.Start):m.End], 0.7, schema.Fact{Date: d})
		}
	}
}

// agentListItem reports whether mention i is the last of a list after
// "by" ("The 50:50 company formed by A and B opened for business": A and
// B formed it; neither opened; round 33, dev20).
func agentListItem(s *sent, i int) bool {
	for _, l := range s.lists {
		if len(l) >= 2 && l[len(l)-1] == i && strings.HasSuffix(strings.TrimSpace(s.text[:s.ms[l[0]].Start]), " by") {
			return true
		}
	}
	return strings.HasSuffix(strings.TrimSpace(s.text[:s.ms[i].Start]), " by")
}
