package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads titles from a roster whose items name a person first
// and then the title and the organisation, as speaker lists and panels
// set them out (round 16, helper z20roles, the roles6 drill):
//
//   - "- P (CEO, X)", "- P (founder and CEO, X)";
//   - "- P — President and CEO, X", "- P - Group CEO, X";
//   - "- P, Chief Executive Officer, X".
//
// The layout layer blanks an item's description (layout.go), so the
// title and the organisation are read from the item's own words: a
// registered person opens the item, the title is title words only
// (titleRels decides the relation; "Director General", "chief strategy
// officer" or "moderator" state nothing) and the organisation, a
// registered one, runs to the closing bracket or the end of the item. A
// title "of" or "at" another organisation ("P, CEO of Verizon Consumer
// Group") is the title rules'.

// famItemPersonTitles states the titles of a roster's "person, title,
// organisation" items.
func (x *extractor) famItemPersonTitles(st sentence, s *sent) {
	text := st.Evidence
	if text == "" || text == st.Text {
		return
	}
	for it := range rosterItems(text, s) {
		p := it.name
		if p == nil || p.Kind != 'P' || p.Slug == "" || x.typeOf(p.Slug) != schema.TypePerson {
			continue
		}
		rest := strings.TrimRight(text[p.End:it.end], "\n")
		title, org, ok := splitItemTitle(rest)
		if !ok {
			continue
		}
		toks := tokenize(org)
		if len(toks) == 0 {
			continue
		}
		e, n := x.lx.match(toks, 0)
		for n > 0 && n < len(toks) && (corpSuffix[toks[n].Key] || genericHeads[toks[n].Key] || toks[n].Text == ".") {
			n++ // "Vodafone Group", "SoftBank Corp."
		}
		if e == nil || n != len(toks) {
			continue // the organisation must be all that follows the title
		}
		os := x.pick(e.slugs)
		if os == "" || x.typeOf(os) == schema.TypePerson {
			continue
		}
		rels, past := titleRels(strings.ToLower(title))
		mod := ""
		if past {
			mod = "former" // "- P — former CEO, X"
		}
		x.rule = "title.item-person"
		for _, rel := range rels {
			x.emitFact(s, rel, arg{m: p, slug: p.Slug, text: p.Text}, arg{slug: os, text: org}, mod, 0.75, schema.Fact{})
		}
	}
}

// splitItemTitle splits what follows a person in a roster item into the
// title and the organisation: " (title, X)", " — title, X" (any dash) or
// ", title, X".
func splitItemTitle(rest string) (title, org string, ok bool) {
	rest = strings.TrimRight(rest, " .;")
	switch {
	case strings.HasPrefix(rest, " ("):
		inner, tail, found := strings.Cut(rest[2:], ")")
		if !found || strings.TrimSpace(tail) != "" {
			return "", "", false
		}
		rest = inner
	case strings.HasPrefix(rest, ", "):
		rest = rest[2:]
	default:
		cut := false
		for _, d := range []string{" — ", " – ", " - "} {
			if r, found := strings.CutPrefix(rest, d); found {
				rest, cut = r, true
				break
			}
		}
		if !cut {
			return "", "", false
		}
	}
	title, org, found := strings.Cut(rest, ", ")
	if !found || strings.Contains(org, ",") || strings.Contains(org, "(") {
		return "", "", false
	}
	return strings.TrimSpace(title), strings.TrimSpace(org), title != "" && org != ""
}
