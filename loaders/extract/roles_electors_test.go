package extract_test

import "testing"

// TestElectorsOwner: members, shareholders or a board that appoint on an
// organisation's behalf give the title at the organisation that reports
// it; with no reporter the appointment names no owner (roles_electors.go).
func TestElectorsOwner(t *testing.T) {
	runNews(t, []newsCase{
		{"its members have elected P as chair", "The Radio Forum today announced that its members have elected Jane Park as chair of the board.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"its shareholders appointed P chief executive", "Cobalt Mobile said its shareholders had appointed Omar Haddad as chief executive.",
			[]string{"ceoOf(omar-haddad,cobalt-mobile)"}},
		{"near miss: no reporter", "Analysts expect that the members will elect Jane Park as chair of the board.", nil},
	})
}
