package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

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

// aboutDescription resolves "the company", "the firm", "the group" in the
// paragraph under an "About X" heading to X when X is a company: the
// boilerplate describes its own company ("Founded in 2019 by P, the
// company is headquartered in Toronto"), however often the release named
// its partner before.
func (x *extractor) aboutDescription(toks []token, i int) (mention, int, bool) {
	t := x.aboutTopic()
	if t == "" || toks[i].Key != "the" || i+1 >= len(toks) || !companyNouns[toks[i+1].Key] || toks[i+1].Upper ||
		x.typeOf(t) != schema.TypeCompany || i+2 < len(toks) && (toks[i+2].Key == "of" || toks[i+2].Upper) {
		return mention{}, 0, false
	}
	last := toks[i+1]
	m := mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
	m.Kind, m.Slug = x.kindFor(t), t
	return m, 2, true
}

// Listicles and profiles put a company's name on a line of its own ("2.
// Mavenir", "Mavenir") and write the section under it about that company:
// "Its president and chief executive, P, has run it since 2015" there is
// the heading's company, not the one the last section was about.

// listMarker is a numbered list's marker before a heading's name: "2.",
// "2)", "#2", "No. 2:".
var listMarker = regexp.MustCompile(`^(?:#|No\.?\s*)?\d{1,2}[.):]?\s+`)

// noteSection records the company a heading line names. A heading line is
// a whole line without a sentence's closing punctuation whose words, after
// a list marker and an optional "the", are one company's name. Any other
// line without closing punctuation ends the section.
func (x *extractor) noteSection(st sentence, s *sent) {
	text := strings.TrimSpace(st.Text)
	if x.runInHeading(st, s) { // about_runin.go
		return
	}
	if !st.First || text == "" || strings.ContainsAny(text[len(text)-1:], ".!?\"'”:;,") {
		return
	}
	x.section, x.sectionOne = "", false
	if st.Numbered || listMarker.MatchString(strings.TrimSpace(st.verbatim())) {
		x.itemSent = x.sentIdx // frames_item.go
	}
	orgs, rest, at := 0, "", 0
	for i := range s.ms {
		if orgMention(&s.ms[i]) {
			orgs++
		}
		if s.ms[i].Start >= at { // mentions may nest
			rest += " " + st.Text[at:s.ms[i].Start]
			at = s.ms[i].End
		}
	}
	rest += " " + st.Text[at:]
	if orgs > 1 && onlyJoiners(listMarker.ReplaceAllString(strings.TrimSpace(rest), "")) {
		// "Ion Cloud and Helix Wireless": a section about several
		// companies, where "its" is none of them in particular.
		x.section, x.sectionPara, x.sectionSent = noSection, st.Para+1, x.sentIdx
		return
	}
	if len(s.ms) == 0 || s.ms[0].Slug == "" || s.ms[0].Coref || !companyLike(x.typeOf(s.ms[0].Slug)) { // a joint venture's heading too (round 34)
		return
	}
	m := s.ms[0]
	lead := strings.TrimPrefix(strings.TrimSpace(listMarker.ReplaceAllString(st.Text[:m.Start], "")), "the")
	// A press release's boilerplate heading "About Acme" opens the section
	// about Acme (about_boilerplate_test.go).
	lead = strings.TrimPrefix(strings.TrimSpace(lead), "About")
	if strings.TrimSpace(lead) != "" {
		return
	}
	// The name alone, the name and a tagline after a colon or a dash
	// ("T-Mobile US: an early start for Sievert"), or a headline opening
	// with the only organisation it names ("1. AT&T hands the keys to
	// Stankey").
	for _, o := range s.ms[1:] {
		if orgMention(&o) && o.Slug != "" && o.Slug != m.Slug {
			return // "2. A buys into B": about both
		}
	}
	x.section, x.sectionPara, x.sectionSent = m.Slug, st.Para+1, x.sentIdx
}

// noSection marks a section whose heading named several companies.
const noSection = "-"

// sectionTopic is the company the current section's heading named, or ""
// outside a section; ok is false in a section about several companies,
// where there is no topic company.
func (x *extractor) sectionTopic() (topic string, ok bool) {
	if x.section == "" || x.para < x.sectionPara || x.sectionOne && x.para > x.sectionPara {
		return "", true
	}
	if x.section == noSection {
		return "", false
	}
	return x.section, true
}

// onlyJoiners reports whether what a heading has besides its names only
// joins them ("A and B", "A, B & C"): a heading of names, not a headline
// that says something about them ("A buys into B").
func onlyJoiners(rest string) bool {
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' }) {
		if w != "and" && w != "&" && w != "the" {
			return false
		}
	}
	return true
}
