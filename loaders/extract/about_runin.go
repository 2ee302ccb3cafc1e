package extract

import (
	"strings"

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
	if lead != "" || strings.TrimSpace(st.Text[m.End:]) != "." {
		return false
	}
	x.section, x.sectionPara = m.Slug, st.Para
	return true
}
