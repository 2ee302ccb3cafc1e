package extract_test

import "testing"

// TestLedItRound: "It was led by A" right after a sentence that opened a
// funding round names the round's lead investor, not the raiser's leader
// (lead_it_round.go); a group's "it" keeps its leader.
func TestLedItRound(t *testing.T) {
	runNews(t, []newsCase{
		{"it after a series round",
			"Granite Labs raised $30 million in a Series A round on Tuesday. It was led by Polar Compute.",
			[]string{"investedIn(polar-compute,granite-labs)"}},
		{"it co-led by a list",
			"Granite Labs closed a new funding round this week. It was co-led by Polar Compute and Ion Cloud.",
			[]string{"investedIn(polar-compute,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"it after a raise with the money first",
			"Granite Labs has raised $12 million in seed funding. It was led by Ion Cloud, the start-up said.",
			[]string{"investedIn(ion-cloud,granite-labs)"}},
		{"a group's it keeps its leader",
			"The Open Edge Alliance was set up in 2024 by nine operators. It is led by Helix Wireless.",
			[]string{"founded(open-edge-alliance) date=2024", "ledBy(open-edge-alliance,helix-wireless)"}},
		{"a company's it with no round",
			"Granite Labs builds radio software for operators. It is led by Jane Park, its chief executive.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
	})
}

// TestLedNameModifier: a group's name used as a modifier of the verb's
// object ("runs its own Open Edge Alliance trials", "runs Open Edge
// Alliance workshops") is not the thing led (lead_it_round.go); the plain
// object is.
func TestLedNameModifier(t *testing.T) {
	runNews(t, []newsCase{
		{"relative with a modifier name",
			"Helix Wireless, which is running its own Open Edge Alliance trials with Polar Compute, was not on the list.",
			nil},
		{"active with a modifier name",
			"Helix Wireless runs Open Edge Alliance workshops in Oslo every spring.",
			nil},
		{"steers the name's projects",
			"Kestrel Telecom steers the Radio Forum projects on spectrum sharing.",
			nil},
		{"the leads rule with a modifier name",
			"Helix Wireless leads Open Edge Alliance workshops in Oslo every spring.",
			nil},
		{"which heads a part named by the group",
			"Kestrel Telecom, which heads the Radio Forum working group, spoke first.",
			nil},
		{"a group noun after the name is the group",
			"Kestrel Telecom also heads the Radio Forum project, under which operators share tests.",
			[]string{"ledBy(radio-forum,kestrel-telecom)"}},
		{"the plain object is led",
			"Helix Wireless, which runs the Open Edge Alliance, was not on the list.",
			[]string{"ledBy(open-edge-alliance,helix-wireless)"}},
		{"the plain object with a time",
			"Kestrel Telecom has led the Radio Forum since 2023.",
			[]string{"ledBy(radio-forum,kestrel-telecom)"}},
	})
}
