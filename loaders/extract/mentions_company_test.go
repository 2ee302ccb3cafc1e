package extract_test

import "testing"

// TestCompanySuffix: a capitalised "Company" after a company's name
// belongs to the name (mentions.go), so the name is the clause's subject.
func TestCompanySuffix(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"X Company named P its chief executive officer",
			"Acme Telecom Company named Anna Brückner its chief executive officer on Tuesday.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"near miss: the company in lower case is another clause's",
			"Acme Telecom said the company named Anna Brückner head of sales.",
			nil},
	})
}
