package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A title held at two organisations coordinated after "of" (round 45,
// dev29): "P stays on as chairman of the group's venture-building arm
// 917Ventures and of Mynt", "P is executive chair of Cogeco Inc. and its
// operating company, Cogeco Communications". The rules read the title at
// the first organisation; the second, after "and of", after "and its
// <description>," or after "of both A and", holds it too. The pass copies the sentence's finished
// title facts, as the ellipsis pass copies elided verb phrases.

// titleCoordRE is what stands between the first organisation and the
// second: "and of (the)", or "and its/the <description>,".
var titleCoordRE = regexp.MustCompile(`^(?:,? and of (?:the )?|,? and (?:its|their) (?:[\w'’-]+ ){0,4}?[\w'’-]+, )$`)

// titleOfBeforeRE ends the text before the first organisation: "of",
// "of the", "of both", or "of the group's venture-building arm".
var titleOfBeforeRE = regexp.MustCompile(`\bof (?:the |both |(?:the )?[\w'’-]+['’]s (?:[\w-]+ ){0,3})?$`)

// titleCoordOrgs copies each title fact of sentence s since index from to
// an organisation coordinated after its object.
func (x *extractor) titleCoordOrgs(s *sent, from int) {
	n := len(x.facts)
	for i := from; i < n; i++ {
		f := x.facts[i]
		if f.Relation != schema.RelCEOOf && f.Relation != schema.RelChairmanOf || f.Evidence != s.text {
			continue
		}
		for mi, m := range s.ms {
			if m.Slug != f.Object.ID || m.Coref || !titleOfBeforeRE.MatchString(s.text[max(0, m.Start-60):m.Start]) {
				continue
			}
			for _, o := range s.ms[mi+1:] {
				if o.Start < m.End {
					continue
				}
				gap := s.text[m.End:o.Start]
				both := strings.HasSuffix(s.text[:m.Start], "of both ") && gap == " and " // "chair of both A and B"
				if o.Slug != "" && o.Slug != m.Slug && !o.Coref && x.typeOf(o.Slug) == schema.TypeCompany && (both || titleCoordRE.MatchString(gap)) {
					g := f.Fact
					g.Object = schema.Mention{ID: o.Slug, Text: o.Text}
					g.Rule = "title.coord-org"
					x.emit(s, g, f.Confidence-0.05)
				}
				break
			}
		}
	}
}
