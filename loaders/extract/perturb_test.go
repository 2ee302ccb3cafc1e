package extract_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// The perturbation sweep (issue 13): a fact the extractor reads in one
// phrasing should survive the ways another writer would tell it - the group
// by acronym, description or pronoun, either voice, the date fronted or in
// another sentence, descriptors on list items, the sentence split in two,
// another trigger of the same lemma family. Each family below is a small
// grammar of our own sentences; every combination is a case. A case passes
// when the facts of its relations are exactly the ones wanted. Cases the
// extractor is known to miss are listed in perturbGaps, so that the test
// fails both when a working phrasing breaks and when a gap is closed
// without being struck off the list.

// perturbRegister holds invented names, canonical names only.
func perturbRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("perturb.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  open-fabric-initiative: {name: Open Fabric Initiative, type: alliance}
  nimbus-edge: {name: Nimbus Edge, type: joint_venture}
  jane-park: {name: Jane Park, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// pcase is one perturbed text: its family, the perturbations that made it
// (the case's name) and the facts wanted.
type pcase struct {
	family, name, text string
	want               []string
}

// pkey is a fact as the scorer keys it, with a founding date.
func pkey(f schema.Fact) string {
	spec, _ := f.Relation.Spec()
	var ids []string
	switch {
	case spec.PartnersRole != "":
		for _, p := range f.Partners {
			ids = append(ids, p.ID)
		}
		sort.Strings(ids)
	case spec.Symmetric:
		ids = []string{f.Subject.ID, f.Object.ID}
		sort.Strings(ids)
	default:
		ids = []string{f.Subject.ID}
		if f.Object.ID != "" {
			ids = append(ids, f.Object.ID)
		}
	}
	s := string(f.Relation) + "(" + strings.Join(ids, ",") + ")"
	if f.Relation == schema.RelFounded {
		s += " " + f.Date.String()
	}
	return s
}

// perturbGot extracts a case and keeps the facts of the relations it is
// about (memberOf goes with foundingMember: a founder read as a plain
// member is a wrong fact).
func perturbGot(t testing.TB, reg *schema.Register, c pcase) []string {
	t.Helper()
	rels := map[schema.Relation]bool{}
	for _, w := range c.want {
		r := schema.Relation(w[:strings.IndexByte(w, '(')])
		rels[r] = true
		if r == schema.RelFoundingMember {
			rels[schema.RelMemberOf] = true
			rels[schema.RelFounded] = true
		}
	}
	data := "source: https://news.example.com/story\ndate: 2025-06-12\n\n" + c.text
	ff, err := extract.ExtractArticle("story.txt", []byte(data), extract.ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var got []string
	for _, f := range ff.Articles[0].Facts {
		if k := pkey(f); rels[f.Relation] && !seen[k] {
			seen[k] = true
			got = append(got, k)
		}
	}
	sort.Strings(got)
	return got
}

// perturbCases is every family's grammar expanded.
func perturbCases() []pcase {
	var out []pcase
	out = append(out, foundingCases()...)
	out = append(out, partnerCases()...)
	out = append(out, ventureCases()...)
	out = append(out, investCases()...)
	out = append(out, hqCases()...)
	out = append(out, chairCases()...)
	out = append(out, layoutCases()...)
	out = append(out, regionCases()...)
	out = append(out, behindCases()...)
	out = append(out, partnerGroupCases()...)
	return out
}

func TestPerturbationSweep(t *testing.T) {
	reg := perturbRegister(t)
	broken := map[string]int{}
	total := map[string]int{}
	var report []string
	for _, c := range perturbCases() {
		id := c.family + "/" + c.name
		got := perturbGot(t, reg, c)
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		diff := cmp.Diff(want, got, cmpEmpty)
		total[c.family]++
		if diff != "" {
			broken[c.family]++
			report = append(report, id)
		}
		switch gap := perturbGaps[id]; {
		case diff != "" && !gap:
			t.Errorf("%s: facts of %q (-want +got):\n%s", id, c.text, diff)
		case diff == "" && gap:
			t.Errorf("%s now reads right: strike it off perturbGaps", id)
		}
	}
	var fams []string
	for f := range total {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	all, bad := 0, 0
	for _, f := range fams {
		all += total[f]
		bad += broken[f]
		t.Logf("%-10s %3d of %3d broken", f, broken[f], total[f])
	}
	t.Logf("all        %3d of %3d broken", bad, all)
	if testing.Verbose() {
		for _, r := range report {
			t.Logf("broken: %s", r)
		}
	}
}

// expand fills a template's {slots} with every combination of options; a
// case's name joins the chosen options' labels.
type opt struct{ label, text string }

func expand(tmpl string, slots map[string][]opt) []opt {
	out := []opt{{"", tmpl}}
	var keys []string
	for k := range slots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var next []opt
		for _, o := range out {
			if !strings.Contains(o.text, "{"+k+"}") {
				next = append(next, o)
				continue
			}
			for _, v := range slots[k] {
				label := o.label
				if v.label != "" {
					if label != "" {
						label += ","
					}
					label += v.label
				}
				next = append(next, opt{label, strings.ReplaceAll(o.text, "{"+k+"}", v.text)})
			}
		}
		out = next
	}
	return out
}

func cases(family string, shapes []opt, slots map[string][]opt, want ...string) []pcase {
	var out []pcase
	for _, sh := range shapes {
		for _, e := range expand(sh.text, slots) {
			name := sh.label
			if e.label != "" {
				name += ":" + e.label
			}
			out = append(out, pcase{family, strings.ReplaceAll(name, " ", "-"), sentenceCase(e.text), want})
		}
	}
	return out
}

// sentenceCase capitalises each sentence's first letter.
func sentenceCase(s string) string {
	b := []byte(s)
	up := true
	for i, ch := range b {
		if up && ch >= 'a' && ch <= 'z' {
			b[i] = ch - 'a' + 'A'
		}
		if ch != ' ' {
			up = ch == '.' && i+1 < len(b) && b[i+1] == ' '
		}
	}
	return string(b)
}

// foundingVerbs are the verbs news uses for starting a group: past tense
// and participle.
var foundingVerbs = [][2]string{
	{"founded", "founded"}, {"launched", "launched"}, {"set up", "set up"},
	{"formed", "formed"}, {"created", "created"}, {"started", "started"},
	{"established", "established"}, {"co-founded", "co-founded"},
	{"initiated", "initiated"}, {"kicked off", "kicked off"}, {"unveiled", "unveiled"},
}

func foundingCases() []pcase {
	const intro = "The Open Fabric Initiative (OFI) wants open transport networks for AI. "
	const introPlain = "The Open Fabric Initiative wants open transport networks for AI. "
	// subject forms of the group and the text before them
	groups := []struct{ label, pre, subj string }{
		{"name", "", "The Open Fabric Initiative"},
		{"acronym", intro, "OFI"},
		{"coalition", introPlain, "The coalition"},
		{"body", introPlain, "The body"},
		{"programme", introPlain, "The programme"},
		{"it", introPlain, "It"},
	}
	// object forms: after a verb
	objects := []opt{
		{"name", "{pre}the Open Fabric Initiative"},
		{"acronym", intro + "{pre}OFI"},
		{"coalition", introPlain + "{pre}the coalition"},
	}
	lists := []opt{
		{"plain", "Acme Telecom, Borealis Networks and Cobalt Mobile"},
		{"descr", "Finnish operator Acme Telecom, chipmaker Borealis Networks and cloud provider Cobalt Mobile"},
	}
	var shapes []opt
	for _, v := range foundingVerbs {
		past, pp := v[0], v[1]
		for _, g := range groups {
			inner := g.subj
			if g.subj != "OFI" {
				inner = strings.ToLower(g.subj[:1]) + g.subj[1:]
			}
			shapes = append(shapes,
				opt{"passive," + past + "," + g.label, g.pre + g.subj + " was " + pp + " by {L} in March 2024."},
				opt{"passive-datefront," + past + "," + g.label, g.pre + "In March 2024, " + inner + " was " + pp + " by {L}."},
				opt{"split-founders," + past + "," + g.label, g.pre + g.subj + " was " + pp + " in March 2024. Its founders are {L}."},
			)
		}
		for _, o := range objects {
			act := strings.Replace(o.text, "{pre}", "{L} "+past+" ", 1) + " in March 2024."
			front := strings.Replace(o.text, "{pre}", "In March 2024, {L} "+past+" ", 1) + "."
			shapes = append(shapes, opt{"active," + past + "," + o.label, act}, opt{"active-datefront," + past + "," + o.label, front})
		}
	}
	var out []pcase
	for _, c := range cases("founding", shapes, map[string][]opt{"L": lists},
		"foundingMember(acme-telecom,open-fabric-initiative)",
		"foundingMember(borealis-networks,open-fabric-initiative)",
		"foundingMember(cobalt-mobile,open-fabric-initiative)",
		"founded(open-fabric-initiative) 2024-03") {
		out = append(out, c)
	}
	return out
}

func partnerCases() []pcase {
	a := []opt{
		{"name", "Acme Telecom"},
		{"descr", "Finnish operator Acme Telecom"},
		{"it", "Acme Telecom reported higher revenue this quarter. It"},
		{"company", "Acme Telecom reported higher revenue this quarter. The company"},
	}
	b := []opt{
		{"name", "Borealis Networks"},
		{"descr", "chipmaker Borealis Networks"},
	}
	shapes := []opt{
		{"partnered-with", "{A} has partnered with {B} on network automation."},
		{"teamed-up", "{A} teamed up with {B} to build AI models for radio networks."},
		{"announced-partnership", "{A} announced a partnership with {B} to build AI models for radio networks."},
		{"signed-agreement", "{A} signed a partnership agreement with {B} on network automation."},
		{"forged", "{A} forged a partnership with {B} on network automation."},
		{"unveiled-5yr", "{A} unveiled a five-year partnership with {B} on network automation."},
		{"working-with", "{A} is working with {B} on network automation."},
		{"joined-forces", "{A} joined forces with {B} on network automation."},
		{"collaborate-with", "{A} will collaborate with {B} on network automation."},
		{"cooperation", "{A} is building AI models for radio networks in cooperation with {B}."},
		{"selected-partner", "{A} has selected {B} as its partner for network automation."},
		{"datefront", "On Tuesday, {A} announced a strategic partnership with {B}."},
		{"split", "{A} announced a strategic partnership on Tuesday. The partner is {B}."},
		{"first-teamed", "{A} first teamed up with {B} in 2019 on network automation."},
		{"later-partnered", "{A} later partnered with {B} on network automation."},
	}
	return cases("partner", shapes, map[string][]opt{"A": a, "B": b}, "partnerOf(acme-telecom,borealis-networks)")
}

func ventureCases() []pcase {
	p := []opt{
		{"plain", "Acme Telecom and Borealis Networks"},
		{"descr", "Finnish operator Acme Telecom and chipmaker Borealis Networks"},
	}
	shapes := []opt{
		{"formed-called", "{P} formed a joint venture called Nimbus Edge."},
		{"set-up-appos", "{P} set up Nimbus Edge, a joint venture, to sell edge computing."},
		{"appos-between", "Nimbus Edge, a joint venture between {P}, will sell edge computing."},
		{"copula-of", "Nimbus Edge is a joint venture of {P}."},
		{"launched-as", "{P} launched Nimbus Edge as a 50:50 joint venture."},
		{"agreed-establish", "{P} agreed to establish a joint venture named Nimbus Edge."},
		{"owned-by", "The joint venture, Nimbus Edge, is owned by {P}."},
		{"created-jv", "{P} created a joint venture, Nimbus Edge, in March."},
		{"split-called", "{P} created a joint venture in March. The venture is called Nimbus Edge."},
		{"unnamed", "{P} set up a joint venture to sell edge computing."},
		{"datefront", "In March, {P} formed a joint venture called Nimbus Edge."},
	}
	return cases("venture", shapes, map[string][]opt{"P": p}, "jointVenture(acme-telecom,borealis-networks)")
}

func investCases() []pcase {
	a := []opt{
		{"name", "Acme Telecom"},
		{"descr", "Finnish operator Acme Telecom"},
		{"it", "Acme Telecom reported record profits. It"},
	}
	b := []opt{
		{"name", "Borealis Networks"},
		{"descr", "chip start-up Borealis Networks"},
	}
	shapes := []opt{
		{"invested-in", "{A} invested $50 million in {B}."},
		{"has-invested", "{A} has invested in {B}."},
		{"put-into", "{A} put $50 million into {B}."},
		{"pumped-into", "{A} pumped $50 million into {B}."},
		{"took-stake", "{A} took a 10% stake in {B}."},
		{"acquired-stake", "{A} acquired a minority stake in {B}."},
		{"led-round", "{A} led a $50 million funding round in {B}."},
		{"backed", "{A} backed {B} with $50 million."},
		{"strategic-investment", "{A} made a strategic investment in {B}."},
		{"datefront", "In March, {A} invested $50 million in {B}."},
		{"raised-from", "{B} raised $50 million from {A}."},
		{"received-from", "{B} received an investment of $50 million from {A}."},
		{"secured-from", "{B} secured $50 million in funding from {A}."},
		{"backed-by", "{B} is backed by {A}."},
		{"counts-among", "{B} counts {A} among its investors."},
		{"investors-include", "{B}'s investors include {A}."},
		{"backed-participle", "{B}, backed by {A}, sells radio chips."},
		{"alias-trades-as", "{A}, which trades as Acme, took a 10% stake in {B}."},
		{"owns-all-of", "{A} now owns all of {B}."},
		{"controls-about", "{A} controls about 65% of {B}."},
		{"holds-half", "{A} holds roughly half of {B}."},
	}
	var out []pcase
	for _, c := range cases("invest", shapes, map[string][]opt{"A": a, "B": b}, "investedIn(acme-telecom,borealis-networks)") {
		// "It" as the investor reads only as a subject at the start of a
		// clause: "Y counts Acme Telecom reported record profits. It
		// among its investors" is no sentence.
		if pre, _, ok := strings.Cut(c.text, "Acme Telecom reported"); strings.Contains(c.name, "it") &&
			(!strings.Contains(c.text, ". It ") || !ok || pre != "" && !strings.HasSuffix(pre, ", ")) {
			continue
		}
		out = append(out, c)
	}
	return out
}

func hqCases() []pcase {
	a := []opt{
		{"name", "Acme Telecom"},
		{"descr", "telecom operator Acme Telecom"},
	}
	countries := []opt{
		{"FI", "Finland"},
		{"JP", "Japan"},
	}
	shapes := []opt{
		{"based-appos", "{A}, based in {C}, launched an AI assistant."},
		{"x-based", "{C}-based {A} launched an AI assistant."},
		{"headquartered-in", "{A} is headquartered in {C}."},
		{"headquartered-city", "{A} is headquartered in Lakeside, {C}."},
		{"headquartered-appos", "{A}, headquartered in {C}, launched an AI assistant."},
		{"which-based", "{A}, which is based in {C}, launched an AI assistant."},
		{"head-office", "{A}, with its head office in {C}, launched an AI assistant."},
		{"has-headquarters", "{A} has its headquarters in {C}."},
		{"hqd", "{A}, HQ'd in {C}, launched an AI assistant."},
		{"x-headquartered", "The {C}-headquartered {A} launched an AI assistant."},
		{"paren", "{A} (headquartered in {C}) launched an AI assistant."},
		{"headquarters-are", "{A}'s headquarters are in {C}."},
		{"it-based", "{A} launched an AI assistant on Monday. It is based in {C}."},
		{"company-hq", "{A} launched an AI assistant on Monday. The company is headquartered in {C}."},
	}
	var out []pcase
	for _, c := range cases("hq", shapes, map[string][]opt{"A": a, "C": countries}, "") {
		code := "FI"
		if strings.Contains(c.name, "JP") {
			code = "JP"
		}
		c.want = []string{fmt.Sprintf("headquarteredIn(acme-telecom,%s)", code)}
		out = append(out, c)
	}
	return out
}

func chairCases() []pcase {
	orgs := []opt{
		{"company", "Acme Telecom"},
		{"alliance", "the Open Fabric Initiative"},
	}
	shapes := []opt{
		{"appos-of", "Jane Park, chairman of {O}, said AI will change networks."},
		{"title-before", "{O} chairman Jane Park said AI will change networks."},
		{"poss-appos", "{O}'s chairman, Jane Park, said AI will change networks."},
		{"who-chairs", "Jane Park, who chairs {O}, said AI will change networks."},
		{"chairs", "Jane Park chairs {O}."},
		{"named", "Jane Park was named chairman of {O} in May."},
		{"board", "Jane Park is the chairman of the board of {O}."},
		{"chairwoman", "Jane Park, the chairwoman of {O}, said AI will change networks."},
		{"chair-of", "Jane Park, chair of {O}, said AI will change networks."},
		{"elected", "Jane Park has been elected chairman of {O}."},
		{"took-over", "Jane Park took over as chairman of {O} in May."},
		{"poss-chair", "Jane Park, {O}'s chair, said AI will change networks."},
		{"the-chairman-of", "The chairman of {O}, Jane Park, said AI will change networks."},
		{"became", "Jane Park became chairman of {O} in 2023."},
		{"chairperson", "Jane Park was appointed chairperson of {O}."},
		{"its-chairman", "{O} launched an AI assistant on Monday. Its chairman, Jane Park, said AI will change networks."},
	}
	var out []pcase
	for _, c := range cases("chair", shapes, map[string][]opt{"O": orgs}, "") {
		org := "acme-telecom"
		if strings.Contains(c.name, "alliance") {
			org = "open-fabric-initiative"
		}
		c.want = []string{"chairmanOf(jane-park," + org + ")"}
		out = append(out, c)
	}
	return out
}

// layoutCases are rosters set out as lists (layout.go): the lead-in with
// or without a colon, every marker, blank lines before and between the
// items, descriptions after the names, and a prose paragraph after the list.
func layoutCases() []pcase {
	const intro = "The Open Fabric Initiative wants open transport networks for AI.\n\n"
	leads := []opt{
		{"are", "The founding members are:"},
		{"poss", "The Open Fabric Initiative's founding members are:"},
		{"include", "Founding members include"},
		{"its", "Its founding members are as follows:"},
	}
	markers := []opt{{"dash", "-"}, {"star", "*"}, {"dot", "•"}, {"middot", "·"}, {"endash", "–"}, {"num", "#."}, {"numparen", "#)"}, {"paren", "(#)"}, {"letter", "@)"}}
	gaps := []opt{{"tight", "\n"}, {"blank", "\n\n"}}
	descs := [][3]string{{"", "", ""}, {", the incumbent operator", " (Japan)", ": leads the RAN work group"}, {" — chair", ", a chipmaker", " – an operator"}}
	names := []string{"Acme Telecom", "Borealis Networks", "Cobalt Mobile"}
	var out []pcase
	for _, l := range leads {
		for _, m := range markers {
			for _, g := range gaps {
				for di, d := range descs {
					text := intro + l.text + g.text
					for i, n := range names {
						mk := strings.ReplaceAll(strings.ReplaceAll(m.text, "#", fmt.Sprint(i+1)), "@", string(rune('a'+i)))
						text += mk + " " + n + d[i] + g.text
					}
					text += "\nGranite Labs, which was not asked, said it would watch the work.\n"
					out = append(out, pcase{"layout", fmt.Sprintf("%s,%s,%s,desc%d", l.label, m.label, g.label, di), text, []string{
						"foundingMember(acme-telecom,open-fabric-initiative)",
						"foundingMember(borealis-networks,open-fabric-initiative)",
						"foundingMember(cobalt-mobile,open-fabric-initiative)",
					}})
				}
			}
		}
	}
	return out
}

// perturbGaps lists the cases the extractor still misses; see
// TestPerturbationSweep.
var perturbGaps = map[string]bool{}
