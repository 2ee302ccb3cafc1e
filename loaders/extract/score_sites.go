package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/telcograph/telcograph/schema"
)

// What the extractor read where an unlinked name stands (eval): the
// unlinked-argument kinds say that a gold argument named by its
// registered name was not linked, not why. On dev4 (2026-12-04) that was
// 19 arguments, a mention-layer failure on the plainest case, whose cause
// its counts could not tell; these sites tell it without quoting a
// sentence.
const (
	SiteOtherEntity = "inside a mention linked to another entity"
	SiteLongerRun   = "next to another capitalised word"
	SiteStart       = "at the sentence start"
	SiteNoLinks     = "in a sentence where nothing was linked"
	SiteAlone       = "standing alone"
	SiteCase        = "in other capitals"
	SiteNotRead     = "not in the sentences read"
)

// nameSite says what the extractor read where text, the gold's name for
// slug, stands in the sentences inside evidence: a mention linked to
// another entity over it, a capitalised word next to it (a longer name
// the register does not know), the sentence start, nothing (a name
// standing alone that was not recognised), a sentence where nothing at
// all was linked, the name in other capitals, or no such text in those
// sentences.
func (x *extractor) nameSite(evidence, text, slug string) string {
	text = strings.TrimSpace(text)
	site := SiteNotRead
	for _, t := range x.read {
		if text == "" || !strings.Contains(evidence, t) && (evidence == "" || !strings.Contains(t, evidence)) {
			continue
		}
		a := strings.Index(t, text)
		if a < 0 {
			if strings.Contains(strings.ToLower(t), strings.ToLower(text)) {
				site = SiteCase
			}
			continue
		}
		b := a + len(text)
		var spans []linkSpan
		for _, l := range x.linked {
			if l.text == t {
				spans = l.spans
			}
		}
		if spans == nil {
			return SiteNoLinks
		}
		for _, sp := range spans {
			if sp.start < b && a < sp.end && sp.slug != slug {
				return SiteOtherEntity
			}
		}
		before := strings.TrimRight(t[:a], " -")
		after := strings.TrimLeft(t[b:], " -")
		switch {
		case len(before) < a && capitalised(lastWord(before)) || len(after) < len(t)-b && capitalised(after):
			return SiteLongerRun
		case strings.Trim(t[:a], "\"'([ ") == "":
			return SiteStart
		}
		return SiteAlone
	}
	return site
}

// capitalised says whether s opens with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// countNameSites counts, for a missed gold fact, the site (nameSite) of
// each unlinked argument the gold names with a name found in the
// evidence.
func (sc *Score) countNameSites(g schema.Fact, links *evalLinks) {
	if links.site == nil {
		return
	}
	for _, m := range append([]schema.Mention{g.Subject, g.Object}, g.Partners...) {
		if m.ID == "" || links.linked(g.Evidence, m.ID) {
			continue
		}
		name := ""
		if links.nameOf != nil {
			name = links.nameOf(m.ID)
		}
		if strings.HasPrefix(strings.TrimSpace(m.Text), "(") || !strings.Contains(strings.ToLower(g.Evidence), strings.ToLower(strings.TrimSpace(m.Text))) {
			continue // implied (countUnlinkedKinds)
		}
		switch argKind(m.Text, name) {
		case KindRegistered, KindVariant, KindAcronym, KindOtherName, KindUnknownName:
		default:
			continue
		}
		if sc.UnlinkedNameSites == nil {
			sc.UnlinkedNameSites = make(map[string]int)
		}
		sc.UnlinkedNameSites[links.site(g.Evidence, m.Text, m.ID)]++
	}
}

// uncoveredWhy says how evidence that matches no sentence the extractor
// read stands in the article: verbatim (the extractor cut its sentences
// across it, or did not read that part), the same once spaces, quotation
// marks and dashes are written alike, elided ("..."), sentences of the
// article set side by side from apart, some of its sentences there, or
// not there.
func uncoveredWhy(evidence, article string) string {
	switch {
	case strings.Contains(article, evidence):
		return "in the article verbatim, cut otherwise or not read"
	case strings.Contains(flatten(article), flatten(evidence)):
		return "in the article with other spacing or punctuation"
	case strings.Contains(evidence, "...") || strings.Contains(evidence, "…"):
		return "elided"
	}
	flat, n := flatten(article), 0
	for _, part := range strings.SplitAfter(flatten(evidence), ". ") {
		if part = strings.TrimSpace(part); part != "" && !strings.Contains(flat, part) {
			n++
		}
	}
	if k := strings.Count(flatten(evidence), ". ") + 1; k > 1 && n == 0 {
		return "sentences of the article joined from apart"
	} else if k > 1 && n < k {
		return "some of its sentences in the article"
	}
	return "not in the article as written"
}

// flatten writes s's quotation marks, apostrophes and dashes in ASCII and
// its runs of space as one space.
func flatten(s string) string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "–", "-", "—", "-", "­", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
