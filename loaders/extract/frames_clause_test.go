package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// clauseRegister holds invented names, one with commas inside it and one
// that starts with a continent.
func clauseRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("clause.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  europe-data-centres: {name: Europe Data Centres, type: company}
  gsmx: {name: GSMX, type: alliance}
  open-models: {name: "Open Models in Europe, by Europe, for Europe", type: alliance}
  k5: {name: K5, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// memberships extracts text with reg and lists its membership facts.
func memberships(t *testing.T, reg *schema.Register, text string) []string {
	t.Helper()
	data := "source: https://news.example.com/story\ndate: 2025-06-12\n\n" + text
	ff, err := extract.ExtractArticle("story.txt", []byte(data), extract.ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range ff.Articles[0].Facts {
		if f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember {
			got = append(got, string(f.Relation)+"("+f.Subject.ID+","+f.Object.ID+")")
		}
	}
	sort.Strings(got)
	return got
}

// TestFrameClauses: a name with commas inside it, a passive founding verb
// whose agent is a group (the founded group is the subject, named in an
// apposition), items of a list cut by semicolons that carry descriptions,
// and a continent that is no company's short form.
func TestFrameClauses(t *testing.T) {
	reg := clauseRegister(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"passive founding with a group agent, the group in an apposition",
			"The programme, called Open Models in Europe, by Europe, for Europe, was set up by the GSMX with Acme Telecom, Cobalt Mobile and Ion Cloud as its launch operators.",
			[]string{"foundingMember(acme-telecom,open-models)", "foundingMember(cobalt-mobile,open-models)", "foundingMember(ion-cloud,open-models)"}},
		{"passive founding, a description before the verb resolved to the agent",
			"The GSMX met in Oslo. The programme, called Open Models in Europe, by Europe, for Europe, was set up by the GSMX with Acme Telecom and Cobalt Mobile as its launch operators.",
			[]string{"foundingMember(acme-telecom,open-models)", "foundingMember(cobalt-mobile,open-models)"}},
		{"near miss: a passive founding with a group agent and no other group states nothing",
			"The programme was set up by the GSMX with Acme Telecom and Cobalt Mobile as its launch operators.",
			nil},
		{"semicolon list with descriptions",
			"Those operators already meet as the K5. Its members are Acme Telecom, the Oslo-born group; Cobalt Mobile, Norway's state operator; Ion Cloud; and Kestrel Telecom.",
			[]string{"memberOf(acme-telecom,k5)", "memberOf(cobalt-mobile,k5)", "memberOf(ion-cloud,k5)", "memberOf(kestrel-telecom,k5)"}},
		{"near miss: a semicolon that opens a clause of its own",
			"Its members are Acme Telecom and Cobalt Mobile, the K5 said; Ion Cloud reported higher profits.",
			[]string{"memberOf(acme-telecom,k5)", "memberOf(cobalt-mobile,k5)"}},
		{"a continent is no short form",
			"The K5 was set up by Acme Telecom and Cobalt Mobile to train models for Europe.",
			[]string{"foundingMember(acme-telecom,k5)", "foundingMember(cobalt-mobile,k5)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, memberships(t, reg, tt.text), cmpEmpty); diff != "" {
				t.Errorf("memberships of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestFoundingWhen: a passive founding clause completed by "when" naming
// who signed, with the group named or described ("The Acme-led
// coalition"); near misses: an active clause before "when" and a "when"
// clause about something else.
func TestFoundingWhen(t *testing.T) {
	runFrames(t, []newsCase{
		{"named group, 'when A, B and C signed'",
			"The Stratos Alliance was formed in February, when Acme Telecom, Cobalt Mobile and Ion Cloud signed an agreement.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(ion-cloud,stratos-alliance) frame"}},
		{"described group and a place after the list",
			"The Stratos Alliance held its first summit in Oslo on Friday. The Acme-led coalition was set up in February, when Acme Telecom, " +
				"Cobalt Mobile and Ion Cloud signed an agreement at Ion Cloud's main building in Daejeon.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(ion-cloud,stratos-alliance) frame"}},
		{"near miss: a 'when' clause after a clause that founds nothing",
			"The Stratos Alliance met in February, when Acme Telecom and Cobalt Mobile reported higher profits.",
			nil},
		{"near miss: a described group with two groups in reach",
			"The Stratos Alliance and the Edge Compute Forum met in Oslo. The coalition was formed in February, when Acme Telecom and Cobalt Mobile signed an agreement.",
			nil},
	})
}
