package extract_test

import "testing"

// TestCommaAndClause: a ", and" after a lone group opens a clause rather
// than adding a list item (list_comma_and.go), so the company after it is
// no member of that group; a clause that joins without naming its group
// takes none when its sentence names two. A serial comma after two items
// still makes one list.
func TestCommaAndClause(t *testing.T) {
	runNews(t, []newsCase{
		{"a group, and a company with a verb of its own", "Acme Telecom is a founding member of the Radio Forum, and Cobalt Mobile said it would apply.",
			[]string{"foundingMember(acme-telecom,radio-forum)"}},
		{"a member of a group, and a company that signs a deal", "Ion Cloud is a member of the Open Edge Alliance, and Polar Compute signed a supply deal with it.",
			[]string{"memberOf(ion-cloud,open-edge-alliance)"}},
		{"two groups before a bare joiner", "Acme Telecom left the Radio Forum for the Open Edge Alliance, and Cobalt Mobile joined in 2023.", nil},
		{"a serial comma stays one list", "Acme Telecom, Cobalt Mobile, and Ion Cloud joined the Radio Forum in 2023.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2023", "memberOf(cobalt-mobile,radio-forum) since=2023", "memberOf(ion-cloud,radio-forum) since=2023"}},
	})
}
