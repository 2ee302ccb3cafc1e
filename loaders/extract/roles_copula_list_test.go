package extract_test

import "testing"

// TestCopulaTitleList: a copula title given as a list with commas
// (roles_copula_list.go).
func TestCopulaTitleList(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"founder, chairman and chief executive",
			"Kestrel Network's co-founder, chair and chief executive is Tomas Berg.",
			[]string{"ceoOf(tomas-berg,kestrel-network)", "chairmanOf(tomas-berg,kestrel-network)", "foundedBy(kestrel-network,tomas-berg)"}},
		{"near miss: a list of other titles",
			"Kestrel Network's founder, chief technology officer and president is Tomas Berg.",
			nil},
	})
}
