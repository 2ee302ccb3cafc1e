package extract

// This file resolves a sentence-initial "Its <title>" ("Its chair, P,
// said ...", "Its chief executive is P") to the organisation that opened
// the previous sentence - its grammatical subject, named or described -
// rather than to the organisation that sentence named first among its
// objects or agents: in "The alliance was launched by A, B and C. Its
// chair, P, ..." the chair is the alliance's, not A's.

// openerOrg is the organisation (company, venture or alliance; named, or a
// description the extractor resolved) whose mention opens s, after at most
// an opening quote; "" when s opens with anything else.
func (x *extractor) openerOrg(s *sent) string {
	from := 0
	if e := frontedEnd(s.text); e > 0 {
		from = e // "Created by A and B, it is ...": the subject after the phrase (coref_fronted.go)
	}
	for _, m := range s.ms {
		if m.Start < from {
			continue
		}
		if m.Start > from+1 {
			break
		}
		if m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V' || m.Kind == 'A') {
			if b := x.placeholder[m.Slug]; b != "" {
				return b
			}
			return m.Slug
		}
	}
	return ""
}

// itsOpener is what a sentence-initial "Its" refers to when the sentence
// names no organisation before it: the previous sentence's opener; ""
// when "its" is not the sentence's first word or no organisation opened
// the previous sentence.
func (x *extractor) itsOpener(toks []token, i int) string {
	if i != 0 || len(x.curOrgs) > 0 {
		return ""
	}
	return x.prevOpener
}
