package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a country set in brackets right after a roster item's
// organisation (issue 13, the roles drill): "- Axiata Group (Malaysia):
// Vivek Sood, group chief executive", "- Maxis (Malaysia)". The brackets
// must hold a country's name and nothing else, and close the item or
// stand before its description's separator: "(Malaysia unit)", "(in
// Malaysia)", "(formerly Celcom)" or a demonym state nothing, and so does
// a bracket after a person or one further along the item. An
// organisation bracketed with two countries in one list ("- Orange
// (Spain)", "- Orange (France)") is listed by market, and states nothing.

// famItemBracket states headquarteredIn for roster items whose
// organisation is followed by a bracketed country.
func (x *extractor) famItemBracket(st sentence, s *sent) {
	if st.Evidence == "" || st.Evidence == st.Text {
		return
	}
	x.rule = "hq.item-bracket"
	type found struct {
		a    arg
		so   string
		code string
		text string
	}
	var got []found
	codes := map[string]map[string]bool{}
	for it := range rosterItems(st.Evidence, s) {
		name := it.name
		if name == nil || !orgMention(name) {
			continue
		}
		rest := strings.TrimRight(st.Evidence[name.End:it.end], "\n")
		if !strings.HasPrefix(rest, " (") {
			continue
		}
		end := strings.Index(rest, ")")
		if end < 0 {
			continue
		}
		inner, after := rest[2:end], rest[end+1:]
		if after != "" && !strings.HasPrefix(after, ": ") && !strings.HasPrefix(after, " - ") &&
			!strings.HasPrefix(after, " – ") && !strings.HasPrefix(after, " — ") && !strings.HasPrefix(after, ", ") {
			continue
		}
		code, ok := x.itemCountry(inner, true)
		if !ok {
			continue
		}
		a := arg{m: name, slug: name.Slug, text: name.Text}
		so := x.resolve(a, orgTypesAll)
		if so == "" || strings.HasPrefix(so, "_new") {
			continue
		}
		got = append(got, found{a, so, code, inner})
		if codes[so] == nil {
			codes[so] = map[string]bool{}
		}
		codes[so][code] = true
	}
	for _, f := range got {
		if len(codes[f.so]) > 1 {
			continue
		}
		if _, known := x.hq[f.so]; !known {
			x.hq[f.so] = f.code
		}
		c := arg{slug: f.code, text: f.text}
		x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(f.a, f.so), Object: x.mention(c, f.code)}, confOf(0.7, f.a))
	}
}
