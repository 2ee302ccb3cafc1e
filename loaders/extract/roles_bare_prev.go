package extract

import "slices"

// A bare title in the sentence after one whose subject is a company, in
// the same paragraph or list item, is that company's (round 20): "Emirati
// operator du will spend about AED 2 billion on a data centre, with
// Microsoft as the anchor tenant. Chief executive P called the deal a big
// step" and "Qatar's Ooredoo, which signed with Nvidia, is adding
// capacity. Group CEO P says ...": P leads the subject, not the object
// or the company the article names most (a newsletter's items each follow
// their own company). A new paragraph ("... Arm is a supplier.\n\n
// \"...,\" chief executive P told reporters") keeps the article's topic
// (bareTitleTopic).

// prevSubjectTitle is the company that was the subject of the previous
// sentence of this paragraph, named there before any person (not a
// description: "The Paris-based start-up" may have been resolved to
// another), when the sentence names no other company before byte offset
// per; "" otherwise.
func (x *extractor) prevSubjectTitle(s *sent, per int) string {
	p := x.prevSubj
	if p == "" || x.sentIdx <= x.paraStart || !companyLike(x.typeOf(p)) || x.descExclude[p] {
		return ""
	}
	for _, m := range s.ms {
		if m.Start < per && m.Kind == 'C' && m.Slug != "" && m.Slug != p {
			return ""
		}
	}
	// the subject is named, and no person comes before it ("Kim, who was
	// finance chief of X, took charge of Y": X is no subject)
	if x.lastSent == nil {
		return ""
	}
	for mi, m := range x.lastSent.ms {
		if m.Slug == p {
			if m.Coref || inLongList(x.lastSent, mi) {
				return "" // "Publishers Mondadori and Bignami supplied text": no one subject (round 30)
			}
			return p
		}
		if m.Kind == 'P' {
			return ""
		}
	}
	return ""
}

// inLongList reports whether mention mi of s is an item of a list of two
// or more.
func inLongList(s *sent, mi int) bool {
	for _, l := range s.lists {
		if len(l) >= 2 && slices.Contains(l, mi) {
			return true
		}
	}
	return false
}
