package extract

import (
	"regexp"
	"strings"
)

// "We" in a quotation is the company of the speaker the sentence names
// after the quotation (helper z26part, round 22; press releases and wire
// copy): "\"We are proud to partner with A, and with B,\" said P, Chief
// Executive of X" and "\"We will work with A,\" P, X's chief executive,
// said" give "we" to X, as "we" in an interview's answers is the
// interviewee's company. The attribution follows the closing quotation
// mark, names one person and one organisation, the organisation as the
// person's employer ("of X", "at X", "X's", "X chief executive P"), and
// has a reporting verb; an outside speaker (an analyst, a former
// officer) or a second quotation leaves "we" unresolved. The attribution
// may come first, closed by a colon or a comma after its reporting verb
// (round 24): "P, chief executive of X, said: \"We have joined Y\"".

// quoteSpeakerCompany is the speaker's organisation for a "we" at
// toks[i] inside a quotation, or "".
func (x *extractor) quoteSpeakerCompany(text string, toks []token, i int) string {
	at := toks[i].Start
	if !inQuote(text, at) {
		return ""
	}
	if open := strings.LastIndexAny(text[:at], "\"“"); open >= 0 && saidBeforeRE.MatchString(text[:open]) {
		if strings.ContainsAny(text[:open], "\"“”") {
			return "" // a second quotation
		}
		return x.speakerOrg(toks, text[:open], 0, open)
	}
	q := strings.IndexAny(text[at:], "\"”")
	if q < 0 {
		return ""
	}
	q += at
	rest := text[q+1:]
	if e := attributionEnd(rest); e >= 0 {
		rest = rest[:e] // "..., adding that the company would use X's foundry"
	}
	if strings.ContainsAny(rest, "\"“”") {
		return "" // a second quotation
	}
	return x.speakerOrg(toks, rest, q, q+1+len(rest))
}

// saidBeforeRE ends an attribution that opens a quotation: a reporting
// verb and a colon or comma ("P said: ", "X's chief executive P says, ").
var saidBeforeRE = regexp.MustCompile(`(?i)\b(?:said|says|added|adds|explained|explains|stated|states|commented|comments|noted|notes|told (?:reporters|analysts|investors|journalists))[:,]\s*$`)

// speakerOrg is the organisation the attribution text att (the sentence's
// offsets from to to) names as its one speaker's employer, or "": one
// person, a reporting verb, no outside speaker, and at most one
// organisation, named as the person's employer.
func (x *extractor) speakerOrg(toks []token, att string, from, to int) string {
	lower := " " + strings.ToLower(att) + " "
	said := false
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == ':' }) {
		if speakerOutsiders[w] {
			return ""
		}
		if reportingVerbs[w] || w == "says" || w == "adds" {
			said = true
		}
	}
	if !said {
		return ""
	}
	person, org := 0, ""
	for n := range x.curMs {
		m := &x.curMs[n]
		if m.Start < from || m.Start >= to || m.Start == from && from > 0 {
			continue
		}
		switch {
		case m.Kind == 'P':
			person++
		case m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V'):
			if org != "" && org != m.Slug {
				return ""
			}
			if !m.Poss && !speakerEmployerBefore(toks, m.Start) && !titleAfter(toks, m.End) {
				return ""
			}
			org = m.Slug
		default:
			return ""
		}
	}
	if person != 1 {
		return ""
	}
	return org
}

// titleAfter reports whether a title word follows the name that ends at
// offset end: "Vodafone chief executive P".
func titleAfter(toks []token, end int) bool {
	for k := range toks {
		if toks[k].Start >= end {
			return titleWords[toks[k].Key]
		}
	}
	return false
}

// attributionEnd is where the attribution after a quotation ends: at a
// clause of its own ("adding", "who", "which", a semicolon), or -1.
func attributionEnd(rest string) int {
	low := strings.ToLower(rest)
	e := -1
	for _, w := range []string{", adding", ";", " who ", " which ", " while ", " after ", " as ", " that "} {
		if k := strings.Index(low, w); k >= 0 && (e < 0 || k < e) {
			e = k
		}
	}
	return e
}
