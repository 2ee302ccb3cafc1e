package extract

import (
	"strings"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// This file reads run-in headings (helper x13i10, issue 13, on the drill
// testdata/drills/invest3): a listicle item that opens its paragraph with
// its number and a company's name as a sentence of its own ("1. Aira
// Technologies. The Silicon Valley radio-software company is backed by
// ...") is a section heading set on the same line as its text. The
// paragraph is about that company, as the section under a heading line is
// (about.go); the section starts with the heading's own paragraph.

// runInHeading records the company of a run-in heading and reports
// whether st was one: the first sentence of its paragraph, holding (after
// a list marker, which the sentence splitter may already have cut off,
// and an optional "the") one company's name and a full stop, nothing
// else. A sentence of a name alone says nothing but what it is about.
func (x *extractor) runInHeading(st sentence, s *sent) bool {
	text := strings.TrimSpace(st.Text)
	if !st.First || !strings.HasSuffix(text, ".") || len(s.ms) != 1 || s.ms[0].Slug == "" || s.ms[0].Coref || x.typeOf(s.ms[0].Slug) != schema.TypeCompany {
		return false
	}
	m := s.ms[0]
	lead := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(listMarker.ReplaceAllString(st.Text[:m.Start], "")), "The"))
	bullet := lead == "-" || lead == "•" || lead == "*" || lead == "–"
	if bullet {
		lead = "" // a bulleted item: "- Lambda. In February SKT joined ..." (round 30, dev16)
	}
	if lead != "" || strings.TrimSpace(st.Text[m.End:]) != "." {
		return false
	}
	x.section, x.sectionPara, x.sectionSent = m.Slug, st.Para, x.sentIdx
	x.sectionOne = bullet // a bulleted item ends with its line
	return true
}

// runInColon records the company of a digest's run-in heading set before a
// colon ("Tern Robotics: The tower-inspection start-up raised $40 million
// ..."): the paragraph is about that company, and the sentence after the
// colon is read as it stands. It runs on the names of the paragraph's
// first sentence, before descriptions are resolved (mentions.go), so that
// the description opening the item is the heading's company.
func (x *extractor) runInColon(text string, ms []mention) {
	if x.paraStart != x.sentIdx || len(ms) == 0 {
		return
	}
	m := ms[0]
	for _, o := range ms[1:] {
		if o.Start < m.Start {
			m = o
		}
	}
	if m.Slug == "" || x.typeOf(m.Slug) != schema.TypeCompany || strings.TrimSpace(listMarker.ReplaceAllString(text[:m.Start], "")) != "" || !strings.HasPrefix(text[m.End:], ": ") {
		return
	}
	if rest := strings.TrimSpace(text[m.End+1:]); rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return
	}
	x.section, x.sectionPara, x.sectionSent = m.Slug, x.para, x.sentIdx
	x.sectionOne = true // the item ends with its paragraph
	x.colonAt, x.colonSent = m.End+1, x.sentIdx+1
}

// afterRunInColon reports whether toks[i] opens the sentence after a
// run-in heading's colon, where a description opens what the item says.
func (x *extractor) afterRunInColon(toks []token, i int) bool {
	return i > 0 && x.colonSent == x.sentIdx+1 && toks[i].Start > x.colonAt-1 && toks[i-1].Text == ":" && toks[i-1].End == x.colonAt
}
