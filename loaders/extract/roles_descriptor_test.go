package extract_test

import "testing"

// TestTitleDescriptor: a title held at a company described before its
// name ("chief executive of telecoms group X") is held at X; a unit or a
// board between is not the company; "a former" makes the title past.
func TestTitleDescriptor(t *testing.T) {
	runNews(t, []newsCase{
		{"a group noun before the name",
			"Jane Park, chairman of telecoms group Acme Telecom, is optimistic.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
		{"an article and a former title",
			"Jane Park, a former chief executive of chipmaker Acme Telecom, has joined the board.",
			[]string{"ceoOf(jane-park,acme-telecom) modality=past"}},
		{"a unit is not the company",
			"Jane Park, chief executive of the cloud unit of Acme Telecom, is optimistic.",
			nil},
	})
}

// TestSucceededAsNamedTitle: "P succeeded Q as X chief executive" gives P
// the title at X, as "as chief executive of X" does.
func TestSucceededAsNamedTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"the company before the title",
			"Jane Park succeeded Omar Haddad as Acme Telecom chief executive in 2021.",
			[]string{"ceoOf(jane-park,acme-telecom) since=2021"}},
	})
}
