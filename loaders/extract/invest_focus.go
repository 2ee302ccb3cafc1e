package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file keeps the investee of an article in focus (helper x13v2,
// issue 13): a descriptive noun phrase referring back as the investee
// ("NTT Docomo put money into the company") is the company the article
// has told investments in, not a company it has told only as an investor
// ("KDDI has taken a stake in Sakana AI. KDDI is not the first telco on
// the register. NTT Docomo put money into the company").

// companyRefRE are the descriptions that refer back to a company.
var companyRefRE = regexp.MustCompile(`^(?:the|this) (?:company|start-up|startup|firm|developer|business)$`)

// investeeInFocus is the entity a referring investee b stands for: sb,
// unless the article has told sb only as an investor and has told
// investments in exactly one other company, which is then meant.
func (x *extractor) investeeInFocus(b arg, sb, investor string) string {
	if b.m == nil || !b.m.Coref || !companyRefRE.MatchString(strings.ToLower(strings.TrimSpace(b.text))) {
		return sb
	}
	investorOnly, other := false, ""
	for _, f := range x.facts {
		if f.Relation != schema.RelInvestedIn || f.Modality != "" {
			continue
		}
		if f.Object.ID == sb {
			return sb // told as an investee already
		}
		if f.Subject.ID == sb {
			investorOnly = true
		}
		if o := f.Object.ID; o != sb && o != investor {
			if other != "" && other != o {
				return sb // two investees: no focus
			}
			other = o
		}
	}
	if !investorOnly || other == "" {
		return sb
	}
	return other
}
