package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads titles from a roster's items, whose descriptions the
// layout layer blanks (layout.go), issue 13's roles drill:
//
//   - "- Axiata Group (Malaysia): Vivek Sood, group chief executive",
//     "- Maxis - Goh Seow Eng, CEO since 2023": the item names the
//     organisation and its description a registered person and the title;
//
// The title is the words of a title that open what follows the person
// ("group chief executive", "president and CEO", "Chairman of the Board
// of Directors"); a title of another organisation ("CEO of Orange
// France") is the title rules' and "president director" or "Chief
// Technology Officer" state nothing.

// famItemTitles states the titles of a roster's items.
func (x *extractor) famItemTitles(st sentence, s *sent) {
	if st.Evidence == "" || st.Evidence == st.Text {
		return
	}
	x.rule = "title.item"
	for it := range rosterItems(st.Evidence, s) {
		name := it.name
		if name == nil {
			continue
		}
		rest := strings.TrimRight(st.Evidence[name.End:it.end], "\n")
		switch {
		case orgMention(name):
			// "- Axiata Group (Malaysia): Vivek Sood, group chief executive"
			if strings.HasPrefix(rest, " (") {
				if i := strings.Index(rest, ")"); i > 0 {
					rest = rest[i+1:]
				}
			}
			if strings.HasPrefix(rest, ".: ") {
				rest = rest[1:] // "- SoftBank Corp.: P": the abbreviation's stop
			}
			sep := ""
			for _, d := range []string{": ", " - ", " – ", " — ", ", "} {
				if strings.HasPrefix(rest, d) {
					sep = d
					break
				}
			}
			if sep == "" {
				continue
			}
			rest = rest[len(sep):]
			toks := tokenize(rest)
			if len(toks) == 0 {
				continue
			}
			e, n := x.lx.match(toks, 0)
			if e == nil || n == 0 {
				// "- Nokia (Finland) - chief executive Pekka Lundmark": the
				// title before the person (roster_lead.go)
				x.titleFirstItem(s, name, rest)
				continue
			}
			ps := x.pick(e.slugs)
			end := toks[n-1].End
			org := arg{m: name, slug: name.Slug, text: name.Text}
			if x.typeOf(ps) == schema.TypePerson && sep == ": " {
				// "Chief executives of the members:\n- Nokia: P" (roles_lead_title.go)
				x.leadInItemTitle(s, st.Evidence[:it.start], arg{slug: ps, text: rest[:end]}, org, rest[end:])
			}
			if x.typeOf(ps) != schema.TypePerson || !strings.HasPrefix(rest[end:], ", ") {
				continue
			}
			x.itemTitle(s, arg{slug: ps, text: rest[:end]}, org, rest[end+2:])
		}
	}
}

// itemTitle states the relations of the title that opens words.
func (x *extractor) itemTitle(s *sent, person, org arg, words string) {
	var ws []string
	fields := strings.Fields(strings.ToLower(itemSpacing.Replace(words)))
	i := 0
	for ; i < len(fields) && titleWord[fields[i]]; i++ {
		ws = append(ws, fields[i])
	}
	if i < len(fields) && (fields[i] == "of" || fields[i] == "at") && !strings.HasPrefix(strings.Join(fields[i:], " "), "of the board") {
		return // "CEO of Orange France": another organisation's title
	}
	rels, past := titleRels(strings.Join(ws, " "))
	mod := ""
	if past {
		mod = "former"
	}
	for _, rel := range rels {
		x.emitFact(s, rel, person, org, mod, 0.7, schema.Fact{})
	}
}

// itemSpacing sets punctuation apart from an item's words (built once).
var itemSpacing = strings.NewReplacer(",", " , ", ";", " ; ", "(", " ( ")
