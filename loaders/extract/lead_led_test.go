package extract_test

import "testing"

// TestLedDescriptions: "the X-led group" in apposition describes the name
// it stands next to, and "the X-led" noun phrase ends where a verb or a
// preposition starts.
func TestLedDescriptions(t *testing.T) {
	runNews(t, []newsCase{
		{"apposition after a name: that name is led",
			"The Open Edge Alliance took over the work of the Radio Forum, the Acme Telecom-led group that wrote the first test plans.",
			[]string{"ledBy(radio-forum,acme-telecom)"}},
		{"a name after the X-led noun and a verb is not led",
			"Cobalt Mobile joined the Acme Telecom-led club formed with Open Edge Alliance carriers.",
			nil},
		{"a clause after a semicolon is not an apposition",
			"The Open Edge Alliance writes the specifications; the Acme Telecom-led supply chain turns them into products.",
			nil},
		{"still: an apposition to the group's own name",
			"The Open Edge Alliance, an Acme Telecom-led group, met in Oslo.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
	})
}
