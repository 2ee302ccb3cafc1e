package extract

import "strings"

// Press releases end with boilerplate headed "About X" ("About the Open
// RAN Forum\nFounded in 2021 by A, B and C, it is headquartered in
// Berlin."). The heading names what the paragraph after it is about, so
// there "it" is X even when companies stand before the pronoun.

// noteAbout records the topic of an "About X" heading: a sentence that is
// "About", an optional "the", and one organisation's name.
func (x *extractor) noteAbout(st sentence, s *sent) {
	if !strings.HasPrefix(st.Text, "About ") || len(s.ms) != 1 || !orgMention(&s.ms[0]) || s.ms[0].Slug == "" {
		return
	}
	rest := strings.TrimSpace(st.Text[len("About "):])
	rest = strings.TrimPrefix(rest, "the ")
	m := s.ms[0]
	if !strings.HasPrefix(rest, st.Text[m.Start:m.End]) || strings.TrimSpace(st.Text[m.End:]) != "" {
		return
	}
	x.about, x.aboutPara = m.Slug, st.Para+1
	if b := x.placeholder[m.Slug]; b != "" {
		x.about = b
	}
}

// aboutTopic is the organisation the paragraph's "About" heading named, or
// "" outside such a paragraph.
func (x *extractor) aboutTopic() string {
	if x.about != "" && x.para == x.aboutPara {
		return x.about
	}
	return ""
}
