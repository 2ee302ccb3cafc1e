package extract_test

import "testing"

// TestApposedGroupDescription: "X, a new industry body," describes X, so
// the group descriptions and pronouns after it reach X and the members
// they list are X's.
func TestApposedGroupDescription(t *testing.T) {
	reg := mustRegister(t, "appos.yaml", `entities:
  skyline-forum: {name: SkyLine, type: alliance}
  harbour-compute: {name: Harbour Compute Alliance, type: alliance}
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
		// a copula between the name and the description (round 17,
		// probed on real news): the founders are the group's
		{"copula: is a consortium launched by",
			"The Harbour Compute Alliance is a regional consortium launched by Acme Telecom and Cobalt Mobile to pool edge servers.",
			[]string{"founded(harbour-compute)", "foundingMember(acme-telecom,harbour-compute)", "foundingMember(cobalt-mobile,harbour-compute)"}},
		{"copula: was an open consortium co-founded by",
			"The Harbour Compute Alliance was an open consortium co-founded by Kestrel Network and Acme Telecom.",
			[]string{"foundingMember(kestrel-network,harbour-compute)", "foundingMember(acme-telecom,harbour-compute)"}},
		{"copula: is now a consortium formed by",
			"SkyLine is now a global consortium formed by Cobalt Mobile, Kestrel Network and Acme Telecom.",
			append(fm("cobalt-mobile", "kestrel-network", "acme-telecom"), "founded(skyline-forum)")},
		{"co-launched",
			"Acme Telecom and Kestrel Network have co-launched SkyLine.",
			append(fm("acme-telecom", "kestrel-network"), "founded(skyline-forum)")},
		{"co-launched with",
			"Cobalt Mobile co-launched SkyLine with Acme Telecom.",
			append(fm("cobalt-mobile", "acme-telecom"), "founded(skyline-forum)")},
		{"near miss: a member of a consortium, no founding",
			"Kestrel Network is a member of a regional consortium, SkyLine.",
			[]string{"memberOf(kestrel-network,skyline-forum)"}},
		{"near miss: a description of a company names no group",
			"Kestrel Network, a new industry player, will share rooftop sites with carriers.\n\nThe group was set up by Acme Telecom and Cobalt Mobile.",
			nil},
	})
}
