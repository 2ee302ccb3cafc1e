package extract_test

import (
	"strings"
	"testing"
)

// TestCorefFoundedJoined covers "it" as the subject of a passive founding
// by organisations right after a sentence that told a company joining the
// group in focus (coref_found_joined.go): the pronoun is the group joined,
// not the joiner. Sentences written for the test.
func TestCorefFoundedJoined(t *testing.T) {
	fm := func(g string, ids ...string) []string {
		out := []string{"founded(" + g + ")"}
		for _, id := range ids {
			out = append(out, "foundingMember("+id+","+g+")")
		}
		return out
	}
	runNews(t, []newsCase{
		{"a coordinated pair joined; set up by a list", "Acme Telecom and Borealis Networks have joined the Radio Forum. It was set up last year by Cobalt Mobile, Helix Wireless and Ion Cloud.",
			append([]string{"memberOf(acme-telecom,radio-forum)", "memberOf(borealis-networks,radio-forum)"}, append(fm("radio-forum", "cobalt-mobile", "helix-wireless", "ion-cloud")[1:], "founded(radio-forum) date=2024")...)},
		{"one joiner; founded by a pair", "Kestrel Telecom signed up to the Open Edge Alliance in May. It was founded by Granite Labs and Larch Networks.",
			append([]string{"memberOf(kestrel-telecom,open-edge-alliance)"}, fm("open-edge-alliance", "granite-labs", "larch-networks")...)},
		{"a list of joiners; co-founded by one with another", "Meridian Mobile, Polar Compute and Ion Cloud became members of the Edge AI Partnership this week. It was co-founded by Acme Telecom with Helix Wireless.",
			append([]string{"memberOf(meridian-mobile,edge-ai-partnership) since=2025-06", "memberOf(polar-compute,edge-ai-partnership) since=2025-06", "memberOf(ion-cloud,edge-ai-partnership) since=2025-06"}, fm("edge-ai-partnership", "acme-telecom", "helix-wireless")...)},
		{"a founding member before; formed by others", "Cobalt Mobile is a founding member of the Radio Forum. It was formed by Cobalt Mobile's rivals Granite Labs and Larch Networks.",
			append([]string{"foundingMember(cobalt-mobile,radio-forum)"}, fm("radio-forum", "granite-labs", "larch-networks")...)},

		// near misses: the company stays
		{"founded by a person: the joiner", "Kestrel Telecom joined the Radio Forum in May. It was founded by Jane Park in 1998.",
			[]string{"memberOf(kestrel-telecom,radio-forum)", "founded(kestrel-telecom) date=1998", "foundedBy(kestrel-telecom,jane-park)"}},
		{"no joining before: the company", "Kestrel Telecom cut 200 jobs at the Radio Forum's summit. It was founded by Granite Labs in 1990.",
			[]string{"founded(kestrel-telecom) date=1990", "foundedBy(kestrel-telecom,granite-labs)"}},
		{"a joining that is denied: nothing changes", "Kestrel Telecom has not joined the Radio Forum. It was founded by Granite Labs in 1990.",
			[]string{"founded(kestrel-telecom) date=1990", "foundedBy(kestrel-telecom,granite-labs)"}},
	})
}

// TestCorefFoundedJoinedTwoGroups: a company that joined two groups in the
// sentence before gives no group in focus, and the founders are given to
// neither group (coref_found_joined.go refuses; which group, nothing says).
func TestCorefFoundedJoinedTwoGroups(t *testing.T) {
	for _, text := range []string{
		"Acme Telecom and Borealis Networks have joined the Radio Forum and the Open Edge Alliance. It was set up last year by Cobalt Mobile and Ion Cloud.",
		"Kestrel Telecom signed up to the Open Edge Alliance and to the Radio Forum in May. It was founded by Granite Labs and Larch Networks.",
	} {
		for _, f := range extractFacts(t, text, newsRegister(t)) {
			if strings.HasPrefix(f, "foundingMember(") || strings.HasPrefix(f, "founded(radio-forum") || strings.HasPrefix(f, "founded(open-edge") {
				t.Errorf("%q: %s, want no founding of either group", text, f)
			}
		}
	}
}
