package extract_test

import "testing"

// TestNamedList: appointees listed after a colon under a counted title;
// near misses: a title that states nothing, a former title, no appointing
// organisation.
func TestNamedList(t *testing.T) {
	runNews(t, []newsCase{
		{"two co-CEOs across a relative clause", "Acme Telecom named two co-CEOs in his place: Jane Park, who built its cloud unit, and Omar Haddad.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,acme-telecom)"}},
		{"two chief executives", "Ion Cloud appointed two chief executives: Jane Park and Lena Berg.",
			[]string{"ceoOf(jane-park,ion-cloud)", "ceoOf(lena-berg,ion-cloud)"}},
		{"near miss: vice presidents", "Acme Telecom named two vice presidents: Jane Park and Omar Haddad.", nil},
		{"near miss: former chief executives", "Acme Telecom named two former chief executives to its board: Jane Park and Omar Haddad.", nil},
		{"near miss: no organisation", "Two co-CEOs were named: Jane Park and Omar Haddad.", nil},
	})
}
