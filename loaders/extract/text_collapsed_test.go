package extract_test

import (
	"strings"
	"testing"
)

// collapse writes an article as a page copied from a feed gives it: the
// headline, then the whole body on one line.
func collapse(text string) string {
	head, body, _ := strings.Cut(text, "\n")
	return head + "\n\n" + strings.Join(strings.Fields(body), " ")
}

// TestCollapsedListGivesSameFacts: an article whose line breaks were lost
// runs its lists into the text ("Its founding members are: - A - B - C Two
// more ..."); the list's lines are found again (text_collapsed.go), so the
// article gives the facts it gives as written. A list whose last item is
// a description ("- C - the French operator ...") is left as it is: nothing
// shows where the description ends.
func TestCollapsedListGivesSameFacts(t *testing.T) {
	reg := newsRegister(t)
	fm := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "foundingMember("+id+",open-edge-alliance)")
		}
		return out
	}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"bullets, then a sentence",
			"Operators launch an edge group\n\nFour companies set up the Open Edge Alliance on Tuesday to agree common rules for edge computing sites across the region, from the racks to the software that runs on them.\n\nIts founding members are:\n- Acme Telecom\n- Borealis Networks\n- Cobalt Mobile\n- Granite Labs\n\nTwo more operators are expected to join next year. The members said the group would publish its first specification in the spring and would welcome other companies as ordinary members once the rules are settled.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile", "granite-labs")},
		{"numbered items with descriptions, then a question",
			"Q&A: the edge group\n\nThe Open Edge Alliance held its first meeting this week. We asked its organisers what it is for and who is in it, and what the operators hope to get out of a group that sets no prices and sells nothing.\n\nQ: Who set it up?\nThe alliance was set up by:\n1. Acme Telecom, the incumbent operator\n2. Borealis Networks\n3. Cobalt Mobile, a mobile operator\n\nQ: What comes next? A first specification in the spring, the organisers said, and a test lab the year after that.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
	} {
		t.Run(tt.name, func(t *testing.T) { sameFactsLaidOut(t, reg, tt.text, tt.want, "collapsed", collapse) })
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x || strings.HasPrefix(y, x+" ") {
			return true
		}
	}
	return false
}

// TestCollapsedSections: a collapsed listicle's numbered sections ("... in
// March. 2. Cobalt Mobile: one person, two hats At Cobalt Mobile ...") are
// its paragraphs again, so "the company" of one section is the company the
// section is about, not the one the article opened with. (As written, the
// heading on its own line also gives "chief executive since 2018" its
// company; run into the first sentence, it does not.)
func TestCollapsedSections(t *testing.T) {
	text := "Three boardroom moves to watch\n\nOur pick of the year's changes at the top of the industry, in no particular order, and what each of them means for the companies involved.\n\n1. Acme Telecom hands the keys to Haddad\nOmar Haddad took over as chief executive of Acme Telecom in March. The incumbent operator's former chief, Jane Park, stays on the board.\n\n2. Cobalt Mobile: one person, two hats\nAt Cobalt Mobile, nothing changed this year, and that was the point. Peter Lin, chief executive since 2018, has also been the company's chairman since May.\n\n3. Ion Cloud: a new chairman\nMaria Lopez became chairman of Ion Cloud in June."
	runNews(t, []newsCase{
		{"sections counting up", collapse(text),
			// "Peter Lin, chief executive since 2018," after "At Cobalt Mobile, ..." (roles_bare_prev.go)
			[]string{"ceoOf(omar-haddad,acme-telecom)", "ceoOf(peter-lin,cobalt-mobile) since=2018", "chairmanOf(peter-lin,cobalt-mobile)", "chairmanOf(maria-lopez,ion-cloud)"}},
	})
}
