package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A company description that opens a second clause of a sentence (after
// ", and", ", but" or ";") continues the company that opened the first
// clause as its subject: "Acme also took part, and the chipmaker said it
// would ..." is Acme, not the company the previous sentence was about. The
// subject must fit the kind the description asks for ("the operator" is
// no chipmaker) and no person may come before it. Descriptions in other
// positions keep the article's topic (topicCompany) or the sentence's
// object reading (sentenceCompany).

// clauseLeadCompany is the company that opened the sentence as its subject
// when the description at toks[i] opens a coordinated clause; "" otherwise.
func (x *extractor) clauseLeadCompany(text string, toks []token, i int, kind string) string {
	if i < 3 {
		return ""
	}
	opens := toks[i-1].Text == ";" || (toks[i-1].Key == "and" || toks[i-1].Key == "but") && toks[i-2].Text == ","
	if !opens {
		return ""
	}
	var first *mention
	for k := range x.curMs {
		m := &x.curMs[k]
		if m.Start < toks[i].Start && (first == nil || m.Start < first.Start) {
			first = m
		}
	}
	if first == nil || first.Slug == "" || first.Kind != 'C' && first.Kind != 'V' || first.Poss {
		return ""
	}
	if lead := text[:first.Start]; strings.Contains(lead, ",") || len(strings.Fields(lead)) > 3 {
		return "" // not the sentence's opening subject
	}
	s := first.Slug
	if x.typeOf(s) != schema.TypeCompany || x.descExclude[s] || !x.kindFits(s, kind) {
		return ""
	}
	return s
}
