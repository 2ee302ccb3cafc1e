package loaders_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// testRegister is a register of made-up entities, so that the phrasing
// tests do not lean on the corpus.
func testRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := loaders.ReadRegister("test.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  delta-systems: {name: Delta Systems Inc., type: company}
  echo-group: {name: Echo Group, type: company}
  echo-corp: {name: Echo Corp., type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  radio-forum: {name: Radio Forum, type: alliance}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  NO: {name: Norway, type: country}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// fact is a compact form of a fact for comparison.
func compact(f schema.Fact) string {
	var ids []string
	if len(f.Partners) > 0 {
		for _, p := range f.Partners {
			ids = append(ids, p.ID)
		}
		sort.Strings(ids)
	} else {
		ids = append(ids, f.Subject.ID)
		if f.Object.ID != "" {
			ids = append(ids, f.Object.ID)
		}
		if f.Relation == schema.RelPartnerOf {
			sort.Strings(ids)
		}
	}
	s := string(f.Relation) + "(" + strings.Join(ids, ",") + ")"
	for _, q := range []struct{ k, v string }{
		{"since", f.Since.String()}, {"until", f.Until.String()}, {"date", f.Date.String()},
		{"amount", f.Amount}, {"modality", string(f.Modality)}, {"share", f.Share},
	} {
		if q.v != "" {
			s += " " + q.k + "=" + q.v
		}
	}
	return s
}

func extractFacts(t testing.TB, text string, reg *schema.Register) []string {
	t.Helper()
	data := "source: https://news.example.com/story\ndate: 2025-06-12\n\n" + text
	ff, err := loaders.ExtractArticle("story.txt", []byte(data), loaders.ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	body := text
	for _, f := range ff.Articles[0].Facts {
		if !strings.Contains(body, f.Evidence) || f.Evidence == "" {
			t.Errorf("evidence %q is not a substring of the body", f.Evidence)
		}
		if f.Confidence <= 0 || f.Confidence > 1 || f.Extractor != loaders.ExtractorName {
			t.Errorf("fact %s: confidence %v, extractor %q", compact(f), f.Confidence, f.Extractor)
		}
		out = append(out, compact(f))
	}
	sort.Strings(out)
	return out
}

// TestExtractPhrasings covers each phrasing family and each modality trap
// with sentences written for the test. 2025-06-12 is a Thursday.
func TestExtractPhrasings(t *testing.T) {
	reg := testRegister(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"joined", "Cobalt Mobile joined the Open Edge Alliance on Monday.",
			[]string{"memberOf(cobalt-mobile,open-edge-alliance) since=2025-06-09"}},
		{"plans to join is planned", "Cobalt Mobile plans to join the Open Edge Alliance next year.",
			[]string{"memberOf(cobalt-mobile,open-edge-alliance) since=2026 modality=planned"}},
		{"in talks to join is planned", "Borealis Networks is in talks to join the Radio Forum.",
			[]string{"memberOf(borealis-networks,radio-forum) modality=planned"}},
		{"chose not to join is no fact", "Borealis Networks chose not to join the Radio Forum.", nil},
		{"founding members list", "Acme Telecom, Borealis Networks and Cobalt Mobile have formed the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"founding partners with carried alliance", "The Radio Forum was launched in March 2024. Acme Telecom and Delta Systems Inc. are the founding members.",
			[]string{"founded(radio-forum) date=2024-03", "foundingMember(acme-telecom,radio-forum)", "foundingMember(delta-systems,radio-forum)"}},
		{"X-led Y", "The Open Edge Alliance, an Acme Telecom-led group, met in Oslo.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"Y, led by X", "The Radio Forum is led by Borealis Networks.",
			[]string{"ledBy(radio-forum,borealis-networks)"}},
		{"X CEO Z", "Acme Telecom CEO Jane Park spoke first.", []string{"ceoOf(jane-park,acme-telecom)"}},
		{"Z, X's chief executive", "Omar Haddad, Cobalt Mobile's chief executive, agreed.", []string{"ceoOf(omar-haddad,cobalt-mobile)"}},
		{"CEO Z of X", "CEO Jane Park of Borealis Networks agreed.", []string{"ceoOf(jane-park,borealis-networks)"}},
		{"head of is not CEO", "Jane Park, head of Acme Telecom's research arm, agreed.", nil},
		{"chief technology officer is not CEO", "Acme Telecom chief technology officer Jane Park agreed.", nil},
		{"discovered CEO", "Delta Systems Inc. chief executive Lena Moreau said so.", []string{"ceoOf(lena-moreau,delta-systems)"}},
		{"chairs", "Omar Haddad, who chairs the Radio Forum, agreed.", []string{"chairmanOf(omar-haddad,radio-forum)"}},
		{"past chair with range", "Omar Haddad chaired the Radio Forum between May 2019 and May 2021.",
			[]string{"chairmanOf(omar-haddad,radio-forum) since=2019-05 until=2021-05 modality=past"}},
		{"joint venture in progress", "Acme Telecom and Cobalt Mobile are setting up a joint venture to sell cloud services.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile) modality=in_progress"}},
		{"agreed to form a joint venture", "Acme Telecom and Borealis Networks agreed to form a joint venture.",
			[]string{"jointVenture(acme-telecom,borealis-networks) modality=planned"}},
		{"the N partners", "Acme Telecom, Borealis Networks and Cobalt Mobile have formed the Open Edge Alliance. The three partners set up a joint venture last month.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"jointVenture(acme-telecom,borealis-networks,cobalt-mobile)"}},
		{"invested", "Acme Telecom invested $40 million in Borealis Networks.",
			[]string{"investedIn(acme-telecom,borealis-networks) amount=$40 million"}},
		{"in which it invested", "Acme Telecom backs many startups. The best known is Delta Systems Inc., in which it invested 5 billion won.",
			[]string{"investedIn(acme-telecom,delta-systems) amount=5 billion won"}},
		{"spending is not investment", "Acme Telecom will spend $2 billion on tools from Borealis Networks.", nil},
		{"plans to invest", "Acme Telecom plans to invest in Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,cobalt-mobile) modality=planned"}},
		{"partnership", "Acme Telecom and Borealis Networks have signed a five-year partnership.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"partnered with a list", "Cobalt Mobile partnered with Acme Telecom and Borealis Networks on radio research.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(borealis-networks,cobalt-mobile)"}},
		{"the two companies", "Acme Telecom is betting on Borealis Networks. The two companies have unveiled a strategic partnership.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"possessive nationality", "Norway's Cobalt Mobile agreed.", []string{"headquarteredIn(cobalt-mobile,NO)"}},
		{"nationality adjective", "The Norwegian operator Cobalt Mobile agreed. So did Chinese startup Zenthos.",
			[]string{"headquarteredIn(cobalt-mobile,NO)", "headquarteredIn(zenthos,CN)"}},
		{"the German incumbent", "Borealis Networks made a profit. The German incumbent has joined the Radio Forum.",
			[]string{"headquarteredIn(borealis-networks,DE)", "memberOf(borealis-networks,radio-forum)"}},
		{"venue is not HQ", "BERLIN, Germany -- Acme Telecom opened a lab.", nil},
		{"alias from brackets", "Echo Group Holdings (EGH) agreed. EGH joined the Radio Forum.",
			[]string{"memberOf(echo-group,radio-forum)"}},
		{"discovered in a list", "Acme Telecom, Quillon Labs and Borealis Networks joined the Open Edge Alliance.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(borealis-networks,open-edge-alliance)", "memberOf(quillon-labs,open-edge-alliance)"}},
		{"count-checked list of unknowns", "The Radio Forum welcomed three new members – Arvo, Brightline and Corvid.",
			[]string{"memberOf(arvo,radio-forum)", "memberOf(brightline,radio-forum)", "memberOf(corvid,radio-forum)"}},
		{"placeholder alliance named later", "Acme Telecom and Cobalt Mobile have put together a new industry body. The group has been named the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"relative month", "The Radio Forum was joined by Echo Corp. this February.",
			[]string{"memberOf(echo-corp,radio-forum) since=2025-02"}},
		{"first-mentioned wins for a bare short name", "Echo Corp. is a carrier. Echo joined the Radio Forum.",
			[]string{"memberOf(echo-corp,radio-forum)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractFacts(t, tt.text, reg)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got, cmpEmpty); diff != "" {
				t.Errorf("facts of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

var cmpEmpty = cmp.Transformer("empty", func(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
})

func TestExtractDiscovered(t *testing.T) {
	ff, err := loaders.ExtractArticle("x.txt", []byte("Acme Telecom, Quillon Labs and Borealis Networks joined the Open Edge Alliance."),
		loaders.ExtractOptions{Register: testRegister(t), Date: schema.Date{Year: 2025, Precision: schema.PrecisionYear}})
	if err != nil {
		t.Fatal(err)
	}
	want := []loaders.Discovered{{Entity: schema.Entity{Slug: "quillon-labs", Name: "Quillon Labs", Type: schema.TypeCompany,
		Aliases: []string{"Quillon Labs"}}, Cue: "name ends in Labs"}}
	if diff := cmp.Diff(want, ff.Discovered); diff != "" {
		t.Errorf("discovered (-want +got):\n%s", diff)
	}
	if _, ok := ff.Register.Lookup("quillon-labs"); !ok {
		t.Error("discovered entity missing from the returned register")
	}
	if got := ff.Articles[0].URL; got != "file:///x.txt" {
		t.Errorf("URL = %q, want file:///x.txt", got)
	}
}

func TestExtractHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Acme joins forum</title>
<link rel="canonical" href="https://news.example.com/acme">
<meta property="article:published_time" content="2025-06-12T08:00:00Z">
<script>var x = "Borealis Networks joined the Radio Forum.";</script></head>
<body><nav>Home | Borealis Networks joined the Radio Forum</nav>
<article><h1>Acme joins forum</h1><p>Acme Telecom joined the Radio Forum <b>on Monday</b>.</p></article>
<footer>Cobalt Mobile joined the Radio Forum.</footer></body></html>`
	ff, err := loaders.ExtractArticle("page.html", []byte(page), loaders.ExtractOptions{Register: testRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	a := ff.Articles[0]
	var got []string
	for _, f := range a.Facts {
		got = append(got, compact(f))
	}
	want := []string{"memberOf(acme-telecom,radio-forum) since=2025-06-09"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
	if a.Title != "Acme joins forum" || a.URL != "https://news.example.com/acme" || a.Date.String() != "2025-06-12" {
		t.Errorf("metadata = %q %q %q", a.Title, a.URL, a.Date)
	}
	if a.Facts[0].Evidence != "Acme Telecom joined the Radio Forum on Monday." {
		t.Errorf("evidence = %q", a.Facts[0].Evidence)
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, in := range []string{"", "source: https://x.example/a\ndate: 2024\n\n", "   \n\n"} {
		if _, err := loaders.ExtractArticle("e.txt", []byte(in), loaders.ExtractOptions{}); err == nil {
			t.Errorf("ExtractArticle(%q): no error", in)
		}
	}
}

func TestExtractMinConfidence(t *testing.T) {
	text := []byte("Borealis Networks made a profit. The German incumbent has joined the Radio Forum.")
	all, err := loaders.ExtractArticle("m.txt", text, loaders.ExtractOptions{Register: testRegister(t)})
	if err != nil {
		t.Fatal(err)
	}
	some, err := loaders.ExtractArticle("m.txt", text, loaders.ExtractOptions{Register: testRegister(t), MinConfidence: 0.75})
	if err != nil {
		t.Fatal(err)
	}
	if len(some.Articles[0].Facts) >= len(all.Articles[0].Facts) {
		t.Errorf("min confidence 0.75 kept %d of %d facts; the coreference facts are below it", len(some.Articles[0].Facts), len(all.Articles[0].Facts))
	}
}

// corpusFloor is the micro F1 the corpus evaluation has reached; the test
// fails below it, so the score can only go up.
const corpusFloor = 1.00

func readCorpus(t testing.TB) (*loaders.FactsFile, *schema.Register) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "corpus")
	regData, err := os.ReadFile(filepath.Join(dir, "aliases.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := loaders.ReadRegister("aliases.yaml", regData)
	if err != nil {
		t.Fatal(err)
	}
	goldData, err := os.ReadFile(filepath.Join(dir, "gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := loaders.ReadFacts("gold.yaml", goldData, loaders.ReadOptions{Register: reg, Lenient: true})
	if err != nil {
		t.Fatal(err)
	}
	return gold, reg
}

func TestCorpusEval(t *testing.T) {
	gold, reg := readCorpus(t)
	dir := filepath.Join("..", "testdata", "corpus")
	read := func(f string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, filepath.FromSlash(f))) }
	for _, tc := range []struct {
		name  string
		reg   *schema.Register
		floor float64
	}{
		{"full register", reg, corpusFloor},
		{"canonical names only", canonicalOnly(reg), corpusFloor},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := loaders.Evaluate(gold, read, loaders.ExtractOptions{Register: tc.reg})
			if err != nil {
				t.Fatal(err)
			}
			p, r, f1 := sc.Micro.Precision(), sc.Micro.Recall(), sc.Micro.F1()
			t.Logf("micro P=%.2f R=%.2f F1=%.2f hard_negatives_hit=%d", p, r, f1, sc.HardNegativesHit)
			if f1+1e-9 < tc.floor || p < 0.90 || r < 0.80 {
				t.Errorf("micro P=%.2f R=%.2f F1=%.2f, want F1 >= %.2f, P >= 0.90, R >= 0.80\nmissed: %q\nspurious: %q",
					p, r, f1, tc.floor, sc.Misses, sc.Spurious)
			}
			if sc.HardNegativesHit != 0 {
				t.Errorf("hard negatives hit: %d\nspurious: %q", sc.HardNegativesHit, sc.Spurious)
			}
			for _, m := range sc.Misses {
				if strings.HasPrefix(m, "00:") {
					t.Errorf("article 00 fact missed: %s", m)
				}
			}
		})
	}
}

// canonicalOnly keeps only each entity's canonical name, as a register
// given to eval may.
func canonicalOnly(reg *schema.Register) *schema.Register {
	out := &schema.Register{}
	for _, e := range reg.Entities() {
		e.Aliases = nil
		_ = out.Add(e)
	}
	return out
}

// BenchmarkExtractArticle measures extraction of a 2,000-character article
// (target: at least 200 articles/s on one core).
func BenchmarkExtractArticle(b *testing.B) {
	_, reg := readCorpus(b)
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "articles", "00-kedglobal-k-ai-alliance.txt"))
	if err != nil {
		b.Fatal(err)
	}
	data = data[:min(len(data), 2100)]
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loaders.ExtractArticle("a.txt", data, loaders.ExtractOptions{Register: reg}); err != nil {
			b.Fatal(err)
		}
	}
}
