package extract

import (
	"strings"
	"testing"
)

// TestUnfoldLists checks where a collapsed article's run-in list gets its
// line breaks back, and the lists and texts left as they are.
func TestUnfoldLists(t *testing.T) {
	pad := strings.Repeat("The group met for the first time in the spring and agreed on a plan. ", 5)
	for _, tt := range []struct{ name, body, want string }{
		{"bullets, the last item before a sentence",
			"Its members are: - Acme Telecom - Borealis Networks - Cobalt Mobile Two more will join.",
			"Its members are:\n- Acme Telecom\n- Borealis Networks\n- Cobalt Mobile\nTwo more will join."},
		{"numbers, the last item before a question",
			"It was set up by: 1. Acme Telecom 2. Ion Cloud 3. Cobalt Mobile Q: Why now?",
			"It was set up by:\n1. Acme Telecom\n2. Ion Cloud\n3. Cobalt Mobile\nQ: Why now?"},
		{"the last item no longer than the longest name before it",
			"Its members are: - Acme Telecom - Ion Cloud - Cobalt Mobile Granite Labs and Helix also work with them.",
			"Its members are:\n- Acme Telecom\n- Ion Cloud\n- Cobalt Mobile\nGranite Labs and Helix also work with them."},
		{"a description item stays on its name's line",
			"Its members are: - Acme Telecom - the incumbent - Ion Cloud - Cobalt Mobile The four met on Monday.",
			"Its members are:\n- Acme Telecom - the incumbent\n- Ion Cloud\n- Cobalt Mobile\nThe four met on Monday."},

		// left as they are
		{"a list ending in a description",
			"Its members are: - Acme Telecom - Ion Cloud - Cobalt Mobile - the French operator, which Omar Haddad runs, said it would join.", ""},
		{"two items", "Its members are: - Acme Telecom - Ion Cloud The two met on Monday.", ""},
		{"numbers that do not count up", "It was set up by: 1. Acme Telecom 3. Ion Cloud 4. Cobalt Mobile Q: Why now?", ""},
		{"numbered sections",
			"Here are three. 1. Acme Telecom: a start Omar Haddad took over. 2. Ion Cloud: a rise Jane Park did too. 3. Cobalt Mobile: a hat The chief stayed.",
			"Here are three.\n1. Acme Telecom: a start Omar Haddad took over.\n2. Ion Cloud: a rise Jane Park did too.\n3. Cobalt Mobile: a hat The chief stayed."},
		{"numbers inside sentences are no sections",
			"It came 1. in speed, 2. in price and 3. in reach, the survey said.", ""},
		{"dashes in prose", "He said: - we will see - and left the room - as the others stayed - in silence. Then he came back.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body := "Headline\n\n" + pad + tt.body
			want := body
			if tt.want != "" {
				want = "Headline\n\n" + pad + tt.want
			}
			if got := unfoldLists(body); got != want {
				t.Errorf("unfoldLists:\n got %q\nwant %q", got[len(pad)+10:], want[len(pad)+10:])
			}
			// An article laid out in lines is left as it is.
			if laid := strings.Replace(body, pad, pad+"\n\n", 1); unfoldLists(laid) != laid {
				t.Errorf("an article in paragraphs was changed")
			}
		})
	}
}
