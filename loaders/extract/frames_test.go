package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// frameRegister holds invented companies and groups, canonical names only.
func frameRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("frames.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  nimbus-systems: {name: Nimbus Systems, type: company}
  orbit-wireless: {name: Orbit Wireless, type: company}
  pylon-labs: {name: Pylon Labs, type: company}
  stratos-alliance: {name: Stratos Alliance, type: alliance}
  edge-compute-forum: {name: Edge Compute Forum, type: alliance}
  open-fabric-initiative: {name: Open Fabric Initiative, type: alliance}
  jane-park: {name: Jane Park, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// frameFacts extracts text and lists its membership facts with the rule
// family that stated them.
func frameFacts(t *testing.T, text string) []string {
	t.Helper()
	data := "source: https://news.example.com/story\ndate: 2025-06-12\n\n" + text
	ff, err := extract.ExtractArticle("story.txt", []byte(data), extract.ExtractOptions{Register: frameRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range ff.Articles[0].Facts {
		if f.Relation != schema.RelMemberOf && f.Relation != schema.RelFoundingMember {
			continue
		}
		rule := "family"
		if strings.HasPrefix(f.Rule, "frame:") {
			rule = "frame"
		}
		out = append(out, compact(f)+" "+rule)
	}
	sort.Strings(out)
	return out
}

func runFrames(t *testing.T, tests []newsCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := frameFacts(t, tt.text)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got, cmpEmpty); diff != "" {
				t.Errorf("memberships of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestFramesShapes: rosters told in shapes no family is keyed to, each
// read by the frame layer (the "frame" facts; "family" marks a fact a
// trigger family stated first). 2025-06-12 is the article date.
func TestFramesShapes(t *testing.T) {
	runFrames(t, []newsCase{
		{"launch cue, descriptors, fronted 'Joining them'",
			"The Stratos Alliance was announced on Monday in Oslo. Operators signing on from the start were Acme Telecom and Cobalt Mobile. " +
				"Joining them from day one are the chip designer Pylon Labs, cloud provider Ion Cloud and Orbit Wireless.",
			[]string{
				"foundingMember(acme-telecom,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame",
				"foundingMember(pylon-labs,stratos-alliance) frame", "foundingMember(ion-cloud,stratos-alliance) frame",
				"foundingMember(orbit-wireless,stratos-alliance) frame",
			}},
		{"'Its charter members' with an apposition and descriptors",
			"The Edge Compute Forum held its first plenary in Lisbon. Its charter members included Acme Telecom, which will act as secretariat, " +
				"the carriers Cobalt Mobile and Kestrel Telecom, and Nimbus Systems.",
			[]string{
				"memberOf(acme-telecom,edge-compute-forum) family", "foundingMember(cobalt-mobile,edge-compute-forum) frame",
				"foundingMember(kestrel-telecom,edge-compute-forum) frame", "foundingMember(nimbus-systems,edge-compute-forum) frame",
			}},
		{"copular 'are among them'",
			"The Open Fabric Initiative opened its doors to 30 companies this spring. Borealis Networks, Ion Cloud and the research lab Pylon Labs are among them.",
			[]string{
				"memberOf(borealis-networks,open-fabric-initiative) frame", "memberOf(ion-cloud,open-fabric-initiative) frame",
				"memberOf(pylon-labs,open-fabric-initiative) frame",
			}},
		{"'dreamt up by' a company's unit: the owner is no founder",
			"The Stratos Alliance was dreamt up by Acme Telecom's Pylon Labs and Cobalt Mobile.",
			[]string{"foundingMember(pylon-labs,stratos-alliance) frame", "foundingMember(cobalt-mobile,stratos-alliance) frame"}},
		{"'conceived it with': a pronoun for the group in the sentence before",
			"The Edge Compute Forum grew out of a workshop in Porto. Nimbus Systems conceived it with Borealis Networks and Orbit Wireless over a long dinner.",
			[]string{
				"foundingMember(nimbus-systems,edge-compute-forum) frame", "foundingMember(borealis-networks,edge-compute-forum) frame",
				"foundingMember(orbit-wireless,edge-compute-forum) frame",
			}},
		{"'first backers', then 'they were joined by'",
			"The Open Fabric Initiative published its first blueprint. Its first backers were Acme Telecom and Cobalt Mobile, and they were joined by Kestrel Telecom.",
			[]string{
				"foundingMember(acme-telecom,open-fabric-initiative) frame", "foundingMember(cobalt-mobile,open-fabric-initiative) frame",
				"foundingMember(kestrel-telecom,open-fabric-initiative) frame",
			}},
		{"'the founding line-up' with no group named",
			"The Stratos Alliance was set up in Oslo by Acme Telecom. Ion Cloud and Orbit Wireless complete the founding line-up.",
			[]string{
				"foundingMember(acme-telecom,stratos-alliance) family", "foundingMember(ion-cloud,stratos-alliance) frame",
				"foundingMember(orbit-wireless,stratos-alliance) frame",
			}},
	})
}

// TestFramesNearMisses: sentences with a cue and organisations that state
// no membership of the group in reach.
func TestFramesNearMisses(t *testing.T) {
	runFrames(t, []newsCase{
		{"not part of, no plans to join",
			"The Stratos Alliance met in Oslo. Kestrel Telecom, which joined the Edge Compute Forum last year, is not part of the alliance, and Orbit Wireless has no plans to join.",
			[]string{"memberOf(kestrel-telecom,edge-compute-forum) since=2024 family"}},
		{"customers",
			"The Stratos Alliance met in Oslo. Its customers include Acme Telecom and Cobalt Mobile.", nil},
		{"sponsors of an event",
			"The Stratos Alliance met in Oslo. Sponsors of the Stratos Alliance's summit included Ion Cloud and Nimbus Systems.", nil},
		{"a roster of a different group in the same sentence",
			"The Stratos Alliance met in Oslo. Acme Telecom, a founding member of the Edge Compute Forum, has joined the Open Fabric Initiative.",
			// the apposition states the founding membership (member_appos.go)
			[]string{"foundingMember(acme-telecom,edge-compute-forum) family", "memberOf(acme-telecom,open-fabric-initiative) family"}},
		{"sat out, has not signed up, still studying",
			"The Open Fabric Initiative met in Berlin. Orbit Wireless, which sat out the first phase, has not signed up either; Borealis Networks said it was still studying membership.", nil},
		{"a wish is no roster",
			"The Edge Compute Forum met in Lisbon. Its members want hyperscalers like Ion Cloud and Nimbus Systems to sign up.", nil},
		{"a person's employer and a group's leader",
			"The Stratos Alliance met in Oslo. Led by Acme Telecom, the alliance was formed by Jane Park, president of Cobalt Mobile.", nil},
		{"joining a company",
			"The Stratos Alliance met in Oslo. Jane Park joined Kestrel Telecom in 2019 after she helped launch the alliance.", nil},
	})
}
