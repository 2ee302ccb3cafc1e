package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// namedVenture reports whether the article has already stated a joint
// venture by the name of organisation s ("set up Global Telco AI Company,
// a joint venture to ...", or an unnamed venture fact whose sentence names
// s, not as a partner: "J, the joint venture of A and B"): "the venture" and "the JV" can then stand for
// s though the register types it as a company (helper x13h9, issue 13,
// the orgfacts2 drill: "The venture is headquartered in Frankfurt,
// Germany", "The two partners formed the venture in February 2025").
func (x *extractor) namedVenture(s string) bool {
	name := x.nameOf(s)
	if name == "" {
		return false
	}
	for _, f := range x.facts {
		if f.Relation != schema.RelJointVenture {
			continue
		}
		if f.Name != "" {
			if strings.EqualFold(strings.TrimSpace(f.Name), name) {
				return true
			}
			continue
		}
		if f.Rule == ruleVentureCounted {
			continue // its sentence names the partners, not the venture (venture_counted.go)
		}
		// an unnamed venture fact whose sentence names s, not as a partner:
		// "J, the joint venture of A and B"
		partner := false
		for _, p := range f.Partners {
			partner = partner || p.ID == s
		}
		if !partner && strings.Contains(f.Evidence, name) {
			return true
		}
	}
	return false
}
