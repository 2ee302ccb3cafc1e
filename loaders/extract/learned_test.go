package extract

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// The built-in model is the training run over the readable sets as they
// are: a rule or gold change that moves the training pairs must
// regenerate it.
func TestLearnedModelIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model over every readable set")
	}
	if raceDetector {
		// training reads 716 articles, 91 s under the race
		// detector; `make test` checks the same by running go generate
		// and diffing the tree, and a plain `go test` runs this test
		t.Skip("trains the model over every readable set; not under -race")
	}
	model, report, err := LearnedModel("../..")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(model, learnedModelBytes) {
		t.Errorf("learned_model.bin is stale; run `go generate ./loaders/extract`\ntraining: %s", report)
	}
}

// A model survives its encoding; a cut or foreign file is an error.
func TestLearnedModelEncoding(t *testing.T) {
	m, err := decodeModel(learnedModelBytes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encodeModel(m), learnedModelBytes) {
		t.Error("decode then encode changed the model")
	}
	on := 0
	for _, r := range m.rels {
		if r.threshold <= 1 {
			on++
		}
	}
	if on == 0 {
		t.Error("the built-in model states nothing: every relation is off")
	}
	for _, bad := range [][]byte{nil, []byte("TGLM0\n"), learnedModelBytes[:len(learnedModelBytes)-3], append(slices.Clone(learnedModelBytes), 0)} {
		if _, err := decodeModel(bad); err == nil {
			t.Errorf("decoding %d bytes: no error", len(bad))
		}
	}
}

// learnedTestRegister names the companies and the alliance of the tests.
const learnedTestRegister = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
`

// learnedFacts extracts text and lists each fact as relation(subject,
// object) with its rule.
func learnedFacts(t *testing.T, text string) []string {
	t.Helper()
	reg, err := facts.ReadRegister("reg.yaml", []byte(learnedTestRegister))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ExtractArticle("a.txt", []byte("date: 2025-06-12\n\n"+text), ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, x := range f.Articles[0].Facts {
		out = append(out, string(x.Relation)+"("+x.Subject.ID+","+x.Object.ID+") "+x.Rule)
	}
	slices.Sort(out)
	return out
}

// memberModel is a model written in a test: memberships scored by w with
// the threshold, every other relation off.
func memberModel(threshold float64, w map[uint32]float32) *learnedModel {
	m := &learnedModel{rels: make([]learnedRelModel, len(learnedRels))}
	for r := range m.rels {
		m.rels[r] = learnedRelModel{threshold: 1.01}
	}
	m.rels[0] = learnedRelModel{threshold: threshold, w: w}
	return m
}

// The pass states a pair no rule stated when the model scores it at or
// above the threshold, and not when a guard holds: shown with a model
// written here (a bias and one word between the pair), so the test does
// not move when the built-in model is retrained.
func TestLearnedPassAdds(t *testing.T) {
	saved := learned
	defer func() { learned = saved }()
	m := memberModel(0.9, map[uint32]float32{fnv32("bias"): -5, fnv32("bw", "co-found"): 10, fnv32("bw", "found"): 10})
	const lead = "Acme Telecom and Borealis Networks signed a radio deal on Monday. "
	founders := []string{
		"foundingMember(acme-telecom,open-edge-alliance) learned member",
		"foundingMember(borealis-networks,open-edge-alliance) learned member",
	}
	for _, tt := range []struct {
		name, text string
		model      *learnedModel
		want       []string // the learned pass's facts
	}{
		{"scored above the threshold", lead + "The two companies have pushed the idea since co-founding the Open Edge Alliance in 2024.", m, founders},
		{"no model: the rules alone", lead + "The two companies have pushed the idea since co-founding the Open Edge Alliance in 2024.", nil, nil},
		{"scored below", lead + "The two companies have criticised the Open Edge Alliance since 2024.", m, nil},
		{"a denial guards", lead + "The two companies have not pushed the idea since co-founding the Open Edge Alliance in 2024.", m, nil},
		{"another role guards", lead + "The two companies have pushed the idea as sponsors since co-founding the Open Edge Alliance in 2024.", m, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			learned = tt.model
			var got []string
			for _, f := range learnedFacts(t, tt.text) {
				if strings.HasPrefix(f, "foundingMember") || strings.HasPrefix(f, "memberOf") {
					got = append(got, f)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("memberships:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// The threshold is the lowest score, not below one half, whose additions
// reach the target precision's lower bound; too few or too wrong leaves a
// relation off, and additions of one score are taken or left together.
func TestChooseThreshold(t *testing.T) {
	adds := func(ps []float64, right []bool) []addition {
		var out []addition
		for i, p := range ps {
			out = append(out, addition{p: p, correct: right[i]})
		}
		return out
	}
	T, F := true, false
	for _, tt := range []struct {
		name   string
		adds   []addition
		want   float64
		tp, fp int
	}{
		// 20 right of 21 has a lower bound of 0.80, 20 of 22 0.75, 20 of 23 0.71
		{"twenty right then wrong", adds([]float64{.99, .98, .97, .96, .95, .94, .93, .92, .91, .90, .89, .88, .87, .86, .85, .84, .83, .82, .81, .80, .7, .6, .55}, []bool{T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, T, F, F, F}), .6, 20, 2},
		// below learnedMinScore nothing is taken, however right
		{"never below one half", adds([]float64{.99, .98, .97, .96, .95, .94, .93, .92, .91, .90, .4, .3}, []bool{T, T, T, T, T, T, T, T, T, T, T, T}), .90, 10, 0},
		{"too few", adds([]float64{.9, .8, .7, .6, .5, .4, .3, .2}, []bool{T, T, T, T, T, T, T, T}), 1.01, 0, 0},
		{"never precise", adds([]float64{.95, .9, .85, .8, .75, .7, .65, .6, .55, .5}, []bool{F, T, F, T, F, T, F, T, F, T}), 1.01, 0, 0},
		{"ties count together", adds([]float64{.95, .9, .85, .8, .75, .7, .65, .6, .55, .5, .5, .5}, []bool{T, T, T, T, T, T, T, T, T, T, F, F}), .55, 9, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, tp, fp := chooseThreshold(tt.adds)
			if got != tt.want || tp != tt.tp || fp != tt.fp {
				t.Errorf("chooseThreshold = %.2f (%d right, %d wrong), want %.2f (%d, %d)", got, tp, fp, tt.want, tt.tp, tt.fp)
			}
		})
	}
}

// The guards' words: a denial or refusal anywhere in the sentence, and a
// membership of another kind.
func TestLearnGuardWords(t *testing.T) {
	for _, tt := range []struct {
		text      string
		neg, role bool
	}{
		{"Helix Wireless is not a member of the Radio Forum.", true, false},
		{"Four carriers refused to sign its founding charter.", true, false},
		{"Acme Telecom has yet to join the forum.", true, false},
		{"Acme Telecom hasn't joined.", true, false},
		{"Granite Labs joined as a sponsor.", false, true},
		{"Granite Labs came in as observers.", false, true},
		{"Acme Telecom and Borealis Networks joined the Open Edge Alliance in May.", false, false},
		{"The notion of a node network is now mainstream.", false, false},
	} {
		if got := learnNegRE.MatchString(tt.text); got != tt.neg {
			t.Errorf("learnNegRE(%q) = %v, want %v", tt.text, got, tt.neg)
		}
		if got := learnRoleRE.MatchString(tt.text); got != tt.role {
			t.Errorf("learnRoleRE(%q) = %v, want %v", tt.text, got, tt.role)
		}
	}
}

// The Wilson bound: ten right of ten is about 0.79, eight of eight under
// 0.75, and it never exceeds the plain rate.
func TestWilsonLower(t *testing.T) {
	for _, tt := range []struct {
		tp, n  int
		lo, hi float64
	}{{10, 10, 0.78, 0.80}, {8, 8, 0.74, 0.75}, {12, 15, 0.58, 0.60}, {0, 5, 0, 0.001}, {0, 0, 0, 0}} {
		got := wilsonLower(tt.tp, tt.n)
		if got < tt.lo || got > tt.hi {
			t.Errorf("wilsonLower(%d, %d) = %.3f, want %.2f-%.2f", tt.tp, tt.n, got, tt.lo, tt.hi)
		}
		if tt.n > 0 && got > float64(tt.tp)/float64(tt.n) {
			t.Errorf("wilsonLower(%d, %d) = %.3f, above the rate", tt.tp, tt.n, got)
		}
	}
}

// With a model that scores every pair above its threshold, the guards
// alone decide: no membership where the sentence has no words of
// membership, denies, names a passive "joined by", or where the rules
// read the group's members and the pair's company is not among their
// list.
func TestLearnedGuards(t *testing.T) {
	saved := learned
	defer func() { learned = saved }()
	learned = memberModel(0.5, map[uint32]float32{fnv32("bias"): 10})
	for _, tt := range []struct {
		name, text string
		want       []string // the learned pass's facts
	}{
		{"no words of membership", "The Open Edge Alliance met in February, when Acme Telecom and Borealis Networks reported higher profits.", nil},
		{"a denial", "Acme Telecom is not a member of the Open Edge Alliance, Borealis Networks said.", nil},
		{"joined by, the alliance implied", "The Open Edge Alliance met in Oslo on Monday. On the vendor side Acme Telecom was joined by Borealis Networks.", nil},
		{"outside the rules' list", "Acme Telecom praised the Open Edge Alliance, which Borealis Networks joined this month.", nil},
		{"words of membership, nothing in the way", "The Open Edge Alliance met in Oslo on Monday. Acme Telecom and Borealis Networks sat at its members' table.",
			[]string{"memberOf(acme-telecom,open-edge-alliance) learned member", "memberOf(borealis-networks,open-edge-alliance) learned member"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range learnedFacts(t, tt.text) {
				if strings.Contains(f, " learned ") {
					got = append(got, f)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("learned facts:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
