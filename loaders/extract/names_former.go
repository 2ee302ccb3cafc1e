package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// News keeps using a company's former name for years, and for events
// before the renaming it has to: Meta's 2020 stake in Jio Platforms was
// Facebook's. A register of canonical names lists the new name only, so
// the extractor carries the renamings of the industry's best-known
// companies; a former name names the company only when the register
// lists the new name and not the old one as an entity of its own.
var formerNames = map[string][]string{
	// new canonical name -> former names
	"Meta":           {"Facebook", "Facebook Inc"},
	"Meta Platforms": {"Facebook", "Facebook Inc"},
	"e&":             {"Etisalat", "Etisalat Group"},
	"stc":            {"Saudi Telecom Company", "Saudi Telecom"},
}

// addFormerNames adds the former names of registered companies as
// derived forms.
func (lx *lexicon) addFormerNames(reg *schema.Register) {
	for _, e := range reg.Entities() {
		if e.Type != schema.TypeCompany {
			continue
		}
		for _, old := range formerNames[e.Name] {
			if lx.registered(old) {
				continue
			}
			lx.add(old, e.Slug, true)
		}
	}
}

// registered reports whether some entity of the lexicon has form as its
// name or a surface form (not a derived form).
func (lx *lexicon) registered(form string) bool {
	toks, _ := formTokens(form)
	if len(toks) == 0 {
		return false
	}
	for _, e := range lx.first[toks[0]] {
		if !e.weak && strings.Join(e.toks, " ") == strings.Join(toks, " ") {
			return true
		}
	}
	return false
}
