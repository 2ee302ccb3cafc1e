package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// taggedSample is a small hand-tagged sample of news English, written for
// this test (not taken from any evaluation set): word/TAG pairs, one
// sentence a line.
const taggedSample = `Acme/PROPN Telecom/PROPN has/AUX joined/VERB the/DET Radio/PROPN Forum/PROPN as/ADP a/DET founding/ADJ member/NOUN ./PUNCT
The/DET alliance/NOUN was/AUX co-founded/VERB by/ADP five/NUM operators/NOUN in/ADP 2019/NUM ./PUNCT
Borealis/PROPN Networks/PROPN and/CCONJ Cobalt/PROPN Mobile/PROPN are/AUX leading/VERB the/DET new/ADJ group/NOUN ./PUNCT
Led/VERB by/ADP Jane/PROPN Park/PROPN ,/PUNCT the/DET body/NOUN will/AUX publish/VERB open/ADJ specifications/NOUN ./PUNCT
The/DET operator/NOUN pumped/VERB $/PUNCT 100/NUM million/NUM into/ADP the/DET startup/NOUN last/ADJ year/NOUN ./PUNCT
Echo/PROPN Group/PROPN counts/VERB Acme/PROPN and/CCONJ Delta/PROPN among/ADP its/DET investors/NOUN ./PUNCT
The/DET two/NUM companies/NOUN signed/VERB a/DET five-year/ADJ partnership/NOUN on/ADP Monday/PROPN ./PUNCT
It/PRON said/VERB it/PRON would/AUX work/VERB in/ADP cooperation/NOUN with/ADP Fjord/PROPN Electronics/PROPN ./PUNCT
Seven/NUM new/ADJ members/NOUN were/AUX admitted/VERB four/NUM months/NOUN later/ADV ./PUNCT
The/DET venture/NOUN ,/PUNCT which/SCONJ is/AUX led/VERB by/ADP Omar/PROPN Haddad/PROPN ,/PUNCT has/AUX raised/VERB funding/NOUN from/ADP investors/NOUN ./PUNCT
Partners/NOUN include/VERB Acme/PROPN and/CCONJ Borealis/PROPN ./PUNCT
She/PRON is/AUX the/DET newly/ADV appointed/VERB chairman/NOUN of/ADP the/DET forum/NOUN ./PUNCT
The/DET company/NOUN did/AUX not/PART join/VERB the/DET coalition/NOUN ,/PUNCT analysts/NOUN said/VERB ./PUNCT
Its/DET chief/ADJ executive/NOUN ,/PUNCT Jane/PROPN Park/PROPN ,/PUNCT set/VERB up/PART the/DET unit/NOUN in/ADP March/PROPN ./PUNCT`

// untunedSample was tagged by hand after the tagger's rules were written
// and has not been tuned on: its accuracy is the honest figure.
const untunedSample = `The/DET Norwegian/ADJ carrier/NOUN bought/VERB a/DET minority/NOUN stake/NOUN in/ADP the/DET chipmaker/NOUN ./PUNCT
Analysts/NOUN expect/VERB the/DET deal/NOUN to/PART close/VERB by/ADP the/DET end/NOUN of/ADP June/PROPN ./PUNCT
Quillon/PROPN Labs/PROPN ,/PUNCT a/DET startup/NOUN based/VERB in/ADP Oslo/PROPN ,/PUNCT builds/VERB radio/NOUN software/NOUN ./PUNCT
The/DET group/NOUN plans/VERB to/PART publish/VERB its/DET first/ADJ white/ADJ paper/NOUN next/ADJ month/NOUN ./PUNCT
Both/DET firms/NOUN have/AUX agreed/VERB to/PART share/VERB the/DET costs/NOUN equally/ADV ./PUNCT
He/PRON previously/ADV ran/VERB the/DET company's/NOUN cloud/NOUN division/NOUN ./PUNCT
Membership/NOUN has/AUX grown/VERB quickly/ADV since/ADP the/DET launch/NOUN ./PUNCT
Delta/PROPN Systems/PROPN will/AUX supply/VERB antennas/NOUN to/ADP operators/NOUN across/ADP Europe/PROPN ./PUNCT`

// sampleSentences turns a sample into sentences and their gold tags.
func sampleSentences(sample string) (texts []string, tags [][]string) {
	for _, line := range strings.Split(sample, "\n") {
		var words, ts []string
		for _, wt := range strings.Fields(line) {
			i := strings.LastIndex(wt, "/")
			words = append(words, wt[:i])
			ts = append(ts, wt[i+1:])
		}
		texts = append(texts, strings.Join(words, " "))
		tags = append(tags, ts)
	}
	return texts, tags
}

// TestTaggerAccuracy measures the tagger on the hand-tagged samples; it
// fails below the accuracies doc.go reports.
func TestTaggerAccuracy(t *testing.T) {
	for _, tt := range []struct {
		name   string
		sample string
		floor  float64
	}{{"tuned", taggedSample, 0.98}, {"untuned", untunedSample, untunedFloor}} {
		t.Run(tt.name, func(t *testing.T) { taggerAccuracy(t, tt.sample, tt.floor) })
	}
}

// untunedFloor is the tagger's accuracy on the untuned sample.
const untunedFloor = 0.92

func taggerAccuracy(t *testing.T, sample string, floor float64) {
	texts, gold := sampleSentences(sample)
	right, total := 0, 0
	for i, text := range texts {
		toks := tagSentence(tokenize(text))
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Pos.String())
		}
		if len(got) != len(gold[i]) {
			t.Errorf("%q: %d tokens, sample has %d", text, len(got), len(gold[i]))
			continue
		}
		for k := range got {
			total++
			if got[k] == gold[i][k] {
				right++
			} else {
				t.Logf("%q: %s/%s, want %s", text, toks[k].Text, got[k], gold[i][k])
			}
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("tagger accuracy %.3f (%d of %d tokens)", acc, right, total)
	if acc < floor {
		t.Errorf("tagger accuracy %.3f, want at least %.3f", acc, floor)
	}
}

func TestLemmas(t *testing.T) {
	tests := []struct {
		words string
		want  string
	}{
		{"lead led leading leads co-led", "lead lead lead lead co-lead"},
		{"join joined joining joins", "join join join join"},
		{"invested invests investing pumped pumps", "invest invest invest pump pump"},
		{"founded co-founded established forming", "found co-found establish form"},
		{"partnered teaming cooperating allied", "partner team cooperate ally"},
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			var got []string
			for _, w := range strings.Fields(tt.words) {
				b, _, ok := verbForm(w)
				if !ok {
					b = "?" + w
				}
				got = append(got, b)
			}
			if diff := cmp.Diff(tt.want, strings.Join(got, " ")); diff != "" {
				t.Errorf("lemmas (-want +got):\n%s", diff)
			}
		})
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The alliance was co-founded by five operators.", "N[the alliance] V[co-found passive] P[by] N[five operators] O[.]"},
		{"Acme Telecom and Borealis are leading the new group.", "N[acme telecom] O[and] N[borealis] V[lead] N[the new group] O[.]"},
		{"They signed up as founding members.", "N[they] V[sign up] P[as] N[founding members] O[.]"},
		{"The company did not join the coalition.", "N[the company] V[join not] N[the coalition] O[.]"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ts := tagSentence(tokenize(tt.text))
			var got []string
			for _, c := range chunkSentence(ts) {
				s := string(c.Kind) + "["
				switch c.Kind {
				case 'V':
					s += c.Lemma
					if c.Passive {
						s += " passive"
					}
					if c.Neg {
						s += " not"
					}
				default:
					var ws []string
					for _, tk := range ts[c.From:c.To] {
						ws = append(ws, tk.Key)
					}
					s += strings.Join(ws, " ")
				}
				got = append(got, s+"]")
			}
			if diff := cmp.Diff(tt.want, strings.Join(got, " ")); diff != "" {
				t.Errorf("chunks (-want +got):\n%s", diff)
			}
		})
	}
}
