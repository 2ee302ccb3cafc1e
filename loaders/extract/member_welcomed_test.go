package extract_test

import "testing"

// TestWelcomedEvent: a group welcoming an event, or members signing up to
// its programme, takes in no member; welcoming a company as a member does.
func TestWelcomedEvent(t *testing.T) {
	reg := mustRegister(t, "welcomed.yaml", `entities:
  radio-forum: {name: Radio Forum, type: alliance}
  edge-link: {name: Edge Link, type: alliance}
  kestrel-pay: {name: Kestrel Pay, type: company}
  borealis-telecom: {name: Borealis Telecom, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"welcomed the formation of",
			"The Radio Forum welcomed the formation of Kestrel Pay, saying it would help rural users.",
			[]string{"founded(kestrel-pay)"}},
		{"signed up to its programme",
			"The Radio Forum said 30 carriers had signed up to its Edge Link programme by May.",
			nil},
		{"welcomed a member",
			"The Radio Forum welcomed Borealis Telecom as a member on Monday.",
			[]string{"memberOf(borealis-telecom,radio-forum) since=2025-06-09"}},
	})
}
