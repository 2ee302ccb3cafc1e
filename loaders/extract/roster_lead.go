package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Roster lead-ins that name their group (issue 13, helper z15list): a
// roster's lead-in line often names the group and the kind of roster
// before the colon, with a date or a note after the noun:
//
//	Edge Compute Forum - founding members (March 2024):
//	- Acme Telecom (Germany) - CEO Jane Park
//	- Ion Cloud
//
// The group's name stands on the lead-in line, not on an item line, so it
// is no item of the roster the bullets list (leadInName), the date or note
// between the noun and the colon does not part the noun from its list
// (afterColon), and the group before the noun or the dash is the roster's
// group (possessorAlliance).

// leadInName reports whether mention a, joined to the next name by a
// bullet gap, stands on a line that is no item but a lead-in ending in a
// colon: "Edge Compute Forum - founding members:\n- Acme" lists Acme, not
// the Forum.
func leadInName(s *sent, a int, gap string) bool {
	nl := strings.IndexByte(gap, '\n')
	if nl < 0 || !strings.HasSuffix(strings.TrimSpace(gap[:nl]), ":") {
		return false
	}
	line := s.text[strings.LastIndexByte(s.text[:s.ms[a].Start], '\n')+1:]
	return !itemRE.MatchString(line)
}

// leadInNote is the colon that ends a note after the roster noun j: a
// bracket ("founding members (March 2024):") or a date phrase after a
// comma ("members, as of July 2024:", "partners, by region:"). The note
// names nothing and states nothing: no name, no verb. It returns -1 when
// no such note and colon follow j.
func (c *clauses) leadInNote(j int) int {
	k := j + 1
	switch {
	case c.isPunct(k, "("):
		for k++; k < len(c.us) && !c.isPunct(k, ")"); k++ {
			if c.us[k].Kind == 'E' || c.us[k].Kind == 'V' {
				return -1
			}
		}
		k++
	case c.isPunct(k, ",") && k+1 < len(c.us) && c.us[k+1].Kind == 'P':
		for k++; k < len(c.us) && (c.us[k].Kind == 'P' || c.us[k].Kind == 'N' || c.us[k].Kind == 'M'); k++ {
		}
	default:
		return -1
	}
	if k-j > 8 || !c.isPunct(k, ":") {
		return -1
	}
	return k
}

// notYetMods make a roster noun name those who are not, or no longer,
// members: "Former members:", "Prospective members:".
var notYetMods = []string{"former", "prospective", "potential", "would-be", "past", "ex", "candidate", "invited"}

// titleFirstItem reads an organisation item whose description rest
// gives the title before the person ("- Acme Telecom (Germany) - CEO Jane
// Park", "- Ion Cloud: chair Lena Berg"): title words, then a registered
// person, then the end of the line (or a bracket). The layout layer
// blanks descriptions, so the person is read from rest as famItemTitles
// reads it. A description that goes on after the person ("CEO Jane Park
// of Helix Wireless") may name another organisation's post: nothing.
func (x *extractor) titleFirstItem(s *sent, org *mention, rest string) {
	toks := tokenize(rest)
	i := 0
	for i < len(toks) && titleWord[toks[i].Key] {
		i++
	}
	if i == 0 || i >= len(toks) {
		return
	}
	e, n := x.lx.match(toks, i)
	if e == nil || n == 0 {
		return
	}
	ps := x.pick(e.slugs)
	end := toks[i+n-1].End
	if tail := strings.TrimSpace(rest[end:]); x.typeOf(ps) != schema.TypePerson || tail != "" && !strings.HasPrefix(tail, "(") {
		return
	}
	rels, past := titleRels(strings.ToLower(rest[:toks[i].Start]))
	if past {
		return
	}
	for _, rel := range rels {
		x.emitFact(s, rel, arg{slug: ps, text: rest[toks[i].Start:end]}, arg{m: org, slug: org.Slug, text: org.Text}, "", 0.7, schema.Fact{})
	}
}

// rosterGroup is the group a roster set out as a list belongs to when its
// lead-in names none ("The founding members, as of July 2024:"): the
// group the article has named most often, the one under discussion
// (curAlli) on a tie. A roster page is about its group; the group named
// last may be one the page compares it with ("Unlike the Edge Compute
// Forum, it will not certify products."). a is what possessorAlliance
// found; only its fallback to the group under discussion is replaced.
func (x *extractor) rosterGroup(c *clauses, a arg) arg {
	if a.m != nil || a.slug != x.curAlli || !strings.Contains(c.s.text, "\n") {
		return a
	}
	if a.slug == x.foundedHere {
		// "... to launch the Edge Code Foundation. Six companies signed on
		// as founding members:": the group the sentence before founded is
		// the roster's, however often the page names another (round 34)
		return a
	}
	best := x.curAlli
	for s, n := range x.alliN {
		if n > x.alliN[best] || n == x.alliN[best] && best != x.curAlli && s < best {
			best = s
		}
	}
	if best == x.curAlli || x.placeholder[best] != "" {
		return a
	}
	return arg{slug: best, text: "(" + x.nameOf(best) + ")"}
}

// rosterHeading reports whether a line without a colon heads a roster:
// a short heading with a roster noun ("Edge Compute Forum founding
// members", "Founders (2023)", "Acme Telecom - partners"), as the heading
// of a roster table is read (layout_table_heading.go).
func rosterHeading(t string) bool {
	ws := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' || r == ':' })
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		if tableRosterHeads[w] {
			return true
		}
	}
	return false
}
