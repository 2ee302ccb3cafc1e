package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads nationality from the descriptions of a roster's items,
// which the layout layer blanks so that the list rules see names only
// (layout.go): "- Qualcomm, the US chipmaker", "- NTT DOCOMO - Japan's
// largest mobile operator", "- Sharp, the Foxconn-controlled Japanese
// electronics maker". The description must head on an organisation noun
// and give a nationality, or a country's possessive, before it; a city
// ("the Bonn-based group") or a country after it ("the largest operator in
// Japan") gives none.

// itemOrgHeads are the nouns a roster item's description may head on.
var itemOrgHeads = `(?:company|group|firm|operator|carrier|maker|manufacturer|designer|developer|provider|vendor|startup|start-up|giant|` +
	`manager|fund|investor|telco|bank|chipmaker|supplier|conglomerate|incumbent|specialist|insurer|lender|champion|institution|house|business)s?`

// itemDescRE: an optional article, up to two describing words (lower case
// or hyphenated), the nationality, up to three more words and the head.
var itemDescRE = regexp.MustCompile(`^(?:the |a |an )?((?:[a-z][\w-]*[ ]|[A-Z][\w]*-[a-z][\w-]* ){0,2}?)([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)(?:'s|’s)? (?:[a-z][\w-]* ){0,3}?` + itemOrgHeads + `\b`)

// famItemNation states headquarteredIn for roster items whose blanked
// description gives a nationality.
func (x *extractor) famItemNation(st sentence, s *sent) {
	if st.Evidence == "" || st.Evidence == st.Text {
		return
	}
	x.rule = "hq.item-description"
	for it := range rosterItems(st.Evidence, s) {
		rest := it.rest
		cut := -1
		for _, d := range descStarts {
			if i := strings.Index(rest, d); i > 0 && (cut < 0 || i < cut) {
				cut = i
			}
		}
		if cut < 0 {
			continue
		}
		desc := strings.TrimLeft(rest[cut:], ",(:;—–- ")
		m := itemDescRE.FindStringSubmatch(desc)
		if m == nil || strings.Contains(m[1], "-based") || strings.Contains(m[1], "-headquartered") {
			continue
		}
		code, ok := x.itemCountry(m[2], strings.Contains(m[0], m[2]+"'s") || strings.Contains(m[0], m[2]+"’s"))
		if !ok {
			continue
		}
		nameAt := it.at
		for i := range s.ms {
			mm := &s.ms[i]
			if mm.Start != nameAt || !orgMention(mm) {
				continue
			}
			a := arg{m: mm, slug: mm.Slug, text: mm.Text}
			so := x.resolve(a, orgTypesAll)
			if so == "" || strings.HasPrefix(so, "_new") {
				break
			}
			if _, known := x.hq[so]; !known {
				x.hq[so] = code
			}
			c := arg{slug: code, text: m[2]}
			x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(a, so), Object: x.mention(c, code)}, confOf(0.75, a))
			break
		}
	}
}

// itemCountry is the country a nationality adjective names, or, with
// poss, a country name in the possessive ("Japan's").
func (x *extractor) itemCountry(word string, poss bool) (string, bool) {
	for _, c := range countries {
		list := c.demonyms
		if poss {
			list = c.names
		}
		for _, d := range list {
			if d == word {
				return c.code, true
			}
		}
	}
	return "", false
}
