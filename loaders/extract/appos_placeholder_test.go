package extract_test

import "testing"

// TestApposedGroupDescription: "X, a new industry body," describes X, so
// the group descriptions and pronouns after it reach X and the members
// they list are X's.
func TestApposedGroupDescription(t *testing.T) {
	reg := mustRegister(t, "appos.yaml", `entities:
  skyline-forum: {name: SkyLine, type: alliance}
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  kestrel-network: {name: Kestrel Network, type: company}
`)
	fm := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "foundingMember("+id+",skyline-forum)")
		}
		return out
	}
	runNewsWith(t, reg, []newsCase{
		{"the body, by passive",
			"SkyLine, a new industry body, will share rooftop sites between carriers.\n\nThe body was set up by Acme Telecom and Cobalt Mobile.",
			append(fm("acme-telecom", "cobalt-mobile"), "founded(skyline-forum)")},
		{"the alliance, as object",
			"SkyLine, a new industry alliance, will share rooftop sites between carriers.\n\nAcme Telecom and Cobalt Mobile founded the alliance last year.",
			append(fm("acme-telecom", "cobalt-mobile"), "founded(skyline-forum) date=2024")},
		{"near miss: a description of a company names no group",
			"Kestrel Network, a new industry player, will share rooftop sites with carriers.\n\nThe group was set up by Acme Telecom and Cobalt Mobile.",
			nil},
	})
}
