package extract_test

import "testing"

// TestOwnerApposition: "P, the group's chief executive, said" gives the
// title at the company under discussion even though "the group" is left
// to the alliance layer, as "The group's chief executive, P," already did
// (closedApposition, roles_copula.go); in "P is its chief executive and Q
// its finance chief" the title before "and" is P's, not Q's (famRoles).
func TestOwnerApposition(t *testing.T) {
	runNews(t, []newsCase{
		{"P, the group's chief executive, said", "Cobalt Mobile raised its forecast on Monday. Jane Park, the group's chief executive, said roaming had recovered.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"P, the group's chairman, told", "Cobalt Mobile raised its forecast on Monday. Omar Haddad, the group's chairman, told shareholders to expect more.",
			[]string{"chairmanOf(omar-haddad,cobalt-mobile)"}},
		{"two copulas joined by and", "Cobalt Mobile raised its forecast on Monday. Jane Park is its chief executive and Omar Haddad its finance chief.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
	})
}
