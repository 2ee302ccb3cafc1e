package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestFramesGuards: a company "joined by" others and a place after "in"
// state no membership; the group "joined by" them and the names beside the
// place still do.
func TestFramesGuards(t *testing.T) {
	runFrames(t, []newsCase{
		{"a company joined by others is no group",
			"The Stratos Alliance met in Oslo on Monday. On the vendor side Acme Telecom was joined by Cobalt Mobile and Ion Cloud.",
			nil},
		{"near miss: a group joined by companies",
			"The Stratos Alliance met in Oslo on Monday. In March the Stratos Alliance was joined by Cobalt Mobile and Ion Cloud.",
			[]string{"memberOf(cobalt-mobile,stratos-alliance) family", "memberOf(ion-cloud,stratos-alliance) family"}},
		{"a place after 'in' is no founder",
			"In October, at Acme Telecom's conference in Washington, the operator launched the Stratos Alliance, an initiative for open radio.",
			[]string{"foundingMember(acme-telecom,stratos-alliance) frame"}},
	})
}

// TestNameWithoutLastWord: an unknown name that is a known company's name
// without its last word stands for that company when the word dropped is a
// surname, never when it says what the company is ("Capital Partners") or
// where.
func TestNameWithoutLastWord(t *testing.T) {
	reg, err := facts.ReadRegister("names.yaml", []byte(`entities:
  booz-allen-hamilton: {name: Booz Allen Hamilton, type: company}
  kestrel-telecom-ventures: {name: Kestrel Telecom Ventures, type: company}
  orbit-wireless-americas: {name: Orbit Wireless Americas, type: company}
  stratos-alliance: {name: Stratos Alliance, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"surname dropped", "Booz Allen joined the Stratos Alliance in March.", []string{"memberOf(booz-allen-hamilton,stratos-alliance)"}},
		{"near miss: an organisation word dropped", "Kestrel Telecom joined the Stratos Alliance in March.", []string{"memberOf(kestrel-telecom,stratos-alliance)"}},
		{"near miss: a region dropped", "Orbit Wireless joined the Stratos Alliance in March.", []string{"memberOf(orbit-wireless,stratos-alliance)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := "source: https://news.example.com/story\ndate: 2025-06-12\n\n" + tt.text
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
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("memberships of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
