package extract_test

import "testing"

// TestLeadCompany: "A runs B" and "Led by A, B ..." with a plain company
// as B state ownership or operation, not the lead of a group; an
// alliance, a company the sentence calls a project and an explicit
// passive "B is led by A" are still led (lead_company.go).
func TestLeadCompany(t *testing.T) {
	runNews(t, []newsCase{
		{"near miss: a company runs a company", "Acme Telecom runs Ion Cloud as a separate business.", nil},
		{"near miss: fronted, a company led", "Led by Acme Telecom, Ion Cloud expanded into Spain last year.", nil},
		{"a company runs an alliance", "Acme Telecom runs the Open Edge Alliance from its office in Lyon.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"fronted, a company called a project", "Led by Acme Telecom and Cobalt Mobile, the Ion Cloud project was pitched to the ministry in May.",
			[]string{"ledBy(ion-cloud,acme-telecom)", "ledBy(ion-cloud,cobalt-mobile)"}},
		{"passive: the sentence states the lead", "Ion Cloud, which is led by Acme Telecom, trains models for operators.",
			[]string{"ledBy(ion-cloud,acme-telecom)"}},
	})
}
