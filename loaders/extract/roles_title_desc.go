package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A title used as a description of a person the text has just named or
// put in an item's heading: "Ryu Young-sang walked the floor with a
// notebook in hand. The chief executive of the Korean carrier repeated
// ...", "Börje Ekholm sounded cautious. The Swedish company's chief
// executive pointed to ...", "6. Jensen Huang\nThe founder and chief
// executive of Nvidia spent the autumn ...", "3. Dan Schulman\n... The
// former PayPal chief executive had been ..." (round 33, dev20). The
// description opens the sentence and no name stands in apposition to
// it; the person is the one who opened the sentence before (by name, or
// by a possessive: "Margherita Della Valle's quarter was about the UK"),
// when that sentence gave them no title of their own, else the person a
// heading line named alone within the item's first sentences. The
// organisation is the one the description names (by name or by a
// description coref.go resolved), else the company a bare title takes
// (roles_bare_topic.go). Near misses (round33_test.go): "P, chief
// executive of X, spoke. The chairman of Y said" (P already has a title),
// "The chief executive, Q, said" (a name in apposition).

// titleDescRE matches a title description opening a sentence; group 1 is
// what comes between "The" and the title, group 2 the title.
var titleDescRE = regexp.MustCompile(`^The ((?:former |new |outgoing )?(?:[^ ,]+ ){0,3}?)((?:founder and |president and |co-founder and )?(?:chief executive(?: officer)?|CEO|chairman|chairwoman|chief executive and chairman|chairman and chief executive))\b( of \b)?`)

// titledRE finds a title in a sentence.
var titledRE = regexp.MustCompile(`(?i)\b(?:chief executive|ceo|chairman|chairwoman|president|founder|director|head of|boss|chief [a-z]+ officer|managing)\b`)

// famTitleDesc reads a title description at the start of a sentence.
func (x *extractor) famTitleDesc(c *clauses) {
	text := c.s.text
	if !strings.HasPrefix(text, "The ") {
		return
	}
	m := titleDescRE.FindStringSubmatchIndex(text)
	if m == nil {
		return
	}
	end := m[5]
	if end < len(text) && (text[end] == ',' || text[end] == ' ' && end+1 < len(text) && isUpperStart(text[end+1:]) && m[6] < 0) {
		return // "The chief executive, Q, said"; "The chief executive Q said"
	}
	per := x.titleDescPerson()
	if per == "" {
		return
	}
	for _, ms := range c.s.ms {
		if ms.Kind == 'P' && ms.Slug != "" && ms.Start < end+30 {
			return // a person of its own near the title
		}
	}
	org := ""
	for _, ms := range c.s.ms {
		if ms.Slug == "" || !(ms.Kind == 'C' || ms.Kind == 'V' || ms.Kind == 'A') {
			continue
		}
		if ms.Start < m[4] && ms.Poss && ms.End <= m[4] || m[6] >= 0 && ms.Start == m[7] {
			org = ms.Slug // "The Swedish company's chief executive", "The chief executive of Nvidia"
			break
		}
		if ms.Start >= m[2] && ms.End <= m[4] && !ms.Poss {
			org = ms.Slug // "The former PayPal chief executive"
			break
		}
	}
	if m[6] >= 0 && org == "" {
		return // "The chief executive of the board": of something unnamed
	}
	if org == "" {
		if strings.TrimSpace(text[m[2]:m[3]]) != "" && strings.TrimSpace(text[m[2]:m[3]]) != "former" && strings.TrimSpace(text[m[2]:m[3]]) != "new" {
			return // "The group's chief executive" unresolved, "The bank's chairman"
		}
		org = x.bareTitleTopic(c.s, m[5]) // companies after the title are the sentence's news, not its owner
	}
	if org == "" || x.typeOf(org) == schema.TypePerson {
		return
	}
	title := text[m[4]:m[5]]
	rels, past := titleRels(strings.ToLower(title))
	mod := ""
	if past || strings.Contains(strings.ToLower(text[m[2]:m[3]]), "former") {
		mod = "former"
	}
	x.rule = "title.description"
	for _, rel := range rels {
		x.emitFact(c.s, rel, arg{slug: per, text: "(" + x.nameOf(per) + ")"}, arg{slug: org, text: "(" + x.nameOf(org) + ")"}, mod, 0.55, schema.Fact{})
	}
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// titleDescPerson is the person a title description at the start of the
// sentence stands for: the person who opened the sentence before, in the
// same paragraph, with no title there; else the person of the item's
// heading line within its first two sentences; else "".
func (x *extractor) titleDescPerson() string {
	if p := x.lastSent; p != nil && len(p.ms) > 0 && x.sentIdx > x.paraStart {
		m := p.ms[0]
		if m.Kind == 'P' && m.Slug != "" && m.Start == 0 && !titledRE.MatchString(p.text) {
			return m.Slug
		}
	}
	if x.personHead != "" && x.sentIdx-x.personHeadSent <= 2 {
		return x.personHead
	}
	return ""
}
