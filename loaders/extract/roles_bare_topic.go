package extract

import "github.com/telcograph/telcograph/schema"

// A title with no organisation ("chief executive Park said", "P, the former
// chief executive, was pushed out") takes the company the article is about
// (roles.go, title.bare). topicCompany is that company only locally: the
// one opening most sentences among those named in the last three, so a
// company a paragraph happens to dwell on (a supplier, a co-investor, the
// partner just quoted) wins over the one the whole article follows, and
// the title goes to the wrong company ("Vodafone ... built with Microsoft
// ... Microsoft's A was not on the call. B took over from P, the former
// chief executive": Vodafone's, not Microsoft's). bareTitleTopic keeps the
// local topic only when it is also the company the article has named most
// so far or the first it named (its headline's or lead's subject), or the
// topic of the section under a heading (a roundup's item), and when the
// sentence names no other company before the person ("Intel now counts
// Nvidia among its investors ..., when P, the former chief executive, was
// pushed out": not Nvidia's, even where the paragraph dwells on Nvidia).
// Otherwise the title is left unattributed: a missed title costs one
// fact, a wrong one a false fact (tuning splits and drills 2026-12-04:
// title.bare 22 right, 3 wrong, all three of this kind).
func (x *extractor) bareTitleTopic(s *sent, per int) string {
	t := x.bareTitleTopicOf(s, per)
	if sec, _ := x.sectionTopic(); t != "" && sec != t && otherPersonsCompany(s, per, t) {
		// under a heading that names t, the title is t's whoever else
		// the sentence names ("Orange\nP, chief executive since April
		// 2022, when she succeeded Q, told investors Orange ...": round
		// 30, dev17)
		return "" // "CEO P flew to Redmond for the signing with Q, who has led Microsoft" (round 27)
	}
	return t
}

func (x *extractor) bareTitleTopicOf(s *sent, per int) string {
	if sec := x.sectionCompanyTitle(s, per); sec != "" {
		return sec
	}
	if p := x.prevSubjectTitle(s, per); p != "" {
		return p // roles_bare_prev.go
	}
	t := x.topicCompany()
	if t == "" {
		return ""
	}
	for _, m := range s.ms {
		if m.Start < per && m.Kind == 'C' && m.Slug != "" && m.Slug != t {
			return ""
		}
	}
	if sec, _ := x.sectionTopic(); sec != "" {
		if x.typeOf(sec) == schema.TypeCompany && !x.namedOtherBefore(s, per, sec) {
			// "3. Fastweb's home-grown model / ... Publishers Mondadori and
			// Bignami supplied training text. Chief executive Walter Renna
			// said": the item's company, not the one the last sentence
			// opened with (round 30, dev17)
			return sec
		}
		return t
	}
	if m := x.mainCompany(); m == "" || m == t || x.openingCompany() == t {
		return t
	}
	return ""
}

// openingCompany is the company the article named first (the earlier in
// its sentence on a tie), or "".
func (x *extractor) openingCompany() string {
	best := ""
	for s, at := range x.firstSeen {
		if x.typeOf(s) != schema.TypeCompany {
			continue
		}
		if b := x.firstSeen[best]; best == "" || at < b || at == b && (x.firstPos[s] < x.firstPos[best] || x.firstPos[s] == x.firstPos[best] && s < best) {
			best = s
		}
	}
	return best
}

// otherPersonsCompany reports whether sentence s names company t only
// after the titled person at offset per and after another person, to
// whom it then belongs ("CEO Kim Young-shub flew to Redmond for the
// signing with Satya Nadella, who has led Microsoft since 2014": Microsoft
// is Nadella's, not Kim's; dev15).
func otherPersonsCompany(s *sent, per int, t string) bool {
	firstT, firstP := -1, -1
	for _, m := range s.ms {
		if m.Slug == t && m.Start < per {
			return false
		}
		if m.Slug == t && m.Start > per && (firstT < 0 || m.Start < firstT) {
			firstT = m.Start
		}
		if m.Kind == 'P' && m.Start > per && (firstP < 0 || m.Start < firstP) {
			firstP = m.Start
		}
	}
	return firstT >= 0 && firstP >= 0 && firstP < firstT
}

// namedOtherBefore reports whether sentence s names a company other than
// slug before offset per.
func (x *extractor) namedOtherBefore(s *sent, per int, slug string) bool {
	for _, m := range s.ms {
		if m.Start < per && m.Kind == 'C' && m.Slug != "" && m.Slug != slug {
			return true
		}
	}
	return false
}

// sectionCompanyTitle is the company of the item's heading for a bare
// title in its body ("SK Telecom\n... Smart Global Holdings, which took
// $200 million from the operator, has renamed itself. Chief executive P
// told analysts": SK Telecom's, not the last sentence's subject; round
// 33, dev20), when the sentence names no other company before the person;
// "" outside a company's item. A roundup's item follows its heading's
// company, whatever a sentence of it opens with.
func (x *extractor) sectionCompanyTitle(s *sent, per int) string {
	sec, _ := x.sectionTopic()
	if sec == "" || x.typeOf(sec) != schema.TypeCompany || x.namedOtherBefore(s, per, sec) {
		return ""
	}
	return sec
}
