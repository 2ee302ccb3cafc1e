package extract_test

import "testing"

// TestListSemicolon: a semicolon after a list a conjunction closed opens a
// new clause, whose subject is no list item (list_semicolon.go); a list
// written with semicolons throughout stays one list.
func TestListSemicolon(t *testing.T) {
	runNews(t, []newsCase{
		{"founders, then a later joiner after a semicolon", "The Radio Forum was founded in 2019 by Acme Telecom, Cobalt Mobile and Ion Cloud; Granite Labs joined in 2021.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)",
				"foundingMember(ion-cloud,radio-forum)", "memberOf(granite-labs,radio-forum) since=2021"}},
		{"a semicolon list stays one list", "The Radio Forum was founded in 2019 by Acme Telecom, of Norway; Cobalt Mobile, of Sweden; and Ion Cloud, of Finland.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)",
				"foundingMember(ion-cloud,radio-forum)"}},
		{"near miss: the clause after the semicolon states no founding", "The Radio Forum was founded in 2019 by Acme Telecom and Cobalt Mobile; Granite Labs declined to take part.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
	})
}
