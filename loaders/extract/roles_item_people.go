package extract

import "strings"

// This file reads titles from a roster whose items name people and whose
// lead-in names one company (issue 13, the roles drill): "KT Corporation
// (KT) ... announced that its shareholders have approved the following
// leadership appointments:\n- Kim Young-shub, President and Chief
// Executive Officer\n- Yoon Jong-soo, Chairman of the Board of
// Directors". The lead-in must name exactly one company (a country does
// not count, two companies state nothing) and the item a registered
// person, a comma and the title; a title of another organisation ("CEO of
// Orange France") or another kind ("Chief Technology Officer") states
// nothing (itemTitle).

// famItemPeople states the titles of a roster's person items at the
// company its lead-in names.
func (x *extractor) famItemPeople(st sentence, s *sent) {
	text := st.Evidence // the layout layer blanks descriptions in Text
	if text == "" {
		text = st.Text
	}
	if !strings.Contains(text, "\n") {
		return
	}
	first := -1
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if itemRE.MatchString(line) {
			first = off
			break
		}
		off += len(line)
	}
	if first <= 0 {
		return
	}
	var org *mention
	for i := range s.ms {
		m := &s.ms[i]
		if m.End > first {
			break
		}
		if m.Kind == 'P' || m.Kind == 'N' {
			continue
		}
		if m.Kind != 'C' || m.Slug == "" {
			return // an unknown name or a group in the lead-in: whose titles?
		}
		if org != nil && org.Slug != m.Slug {
			return // two companies
		}
		if org == nil {
			org = m
		}
	}
	if org == nil {
		return
	}
	x.rule = "title.item-person"
	oa := arg{m: org, slug: org.Slug, text: org.Text}
	for it := range rosterItems(text, s) {
		p := it.name
		if p == nil || p.Kind != 'P' || p.Slug == "" {
			continue
		}
		rest := strings.TrimRight(text[p.End:it.end], "\n")
		if !strings.HasPrefix(rest, ", ") {
			continue
		}
		x.itemTitle(s, arg{m: p, slug: p.Slug, text: p.Text}, oa, rest[2:])
	}
}
