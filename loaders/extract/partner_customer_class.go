package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// "A works with companies such as B, C and D", "A works with customers
// like B": a company named as an example of a class of customers is a
// customer, no partner (helper z25hn, round 21; the hard negative
// "customers and suppliers 'working with'"; the blind tune header:
// customers are hard negatives). "works with partners such as B" and
// "works with B on X" are partnerships and stay.
var customerClassRE = mustFiltered(`(?i)\bwork(?:s|ed|ing)?\s+(?:closely\s+)?with\s+(?:(?:many|several|large|big|major|other|global|enterprise|corporate|[A-Z][a-z]+)\s+){0,2}(?:companies|customers|clients|businesses|enterprises|firms|banks|brands|retailers|corporations|organi[sz]ations)\s+(?:such\s+as|like|including)\s`)

// customerClassPartner reports whether partnership f pairs the subject
// of such a clause with a company of its example list.
func customerClassPartner(text string, f schema.Fact) bool {
	if f.Relation != schema.RelPartnerOf || !strings.Contains(text, "with") {
		return false
	}
	loc := customerClassRE.FindStringIndex(text)
	if loc == nil {
		return false
	}
	list := text[loc[1]:]
	if b := rumourBreakRE.FindStringIndex(list); b != nil {
		list = list[:b[0]]
	}
	before := text[:loc[0]]
	for _, p := range [][2]string{{f.Subject.Text, f.Object.Text}, {f.Object.Text, f.Subject.Text}} {
		if p[0] != "" && p[1] != "" && strings.Contains(before, p[0]) && strings.Contains(list, p[1]) {
			return true
		}
	}
	return false
}
