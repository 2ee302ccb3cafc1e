package loadtest_test

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	lt "github.com/telcograph/telcograph/server/loadtest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestNewInputs(t *testing.T) {
	in := lt.NewInputs(fixture(t))
	got := *in
	got.Pairs = got.Pairs[:3]
	want := lt.Inputs{
		// Edge Forum and Open RAN Alliance have two members each; ties go by name.
		Alliances: []string{"edge-forum"},
		// The companies in alliances, in a seeded random order.
		Companies: []string{"astra-mobile", "sky-labs", "nova-telecom"},
		// Pair i is companies[(i*7919)%3] and companies[(i*104729+13)%3],
		// companies sorted.
		Pairs: [][2]string{{"astra-mobile", "nova-telecom"}, {"sky-labs", "astra-mobile"}, {"nova-telecom", "sky-labs"}},
		// Every fifth entity by slug when it is a company: anna-kim and
		// open-ran-alliance are not.
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if len(in.Pairs) != 100 {
		t.Errorf("%d pairs, want 100", len(in.Pairs))
	}
}

// TestReadTruth: the truth read from the N-Quads file that WriteNQuads
// writes is the truth of the graph, so it asks the same questions and
// takes the same answers.
func TestReadTruth(t *testing.T) {
	g := lt.Generate(3000, 7)
	path := filepath.Join(t.TempDir(), "data.nq")
	if err := lt.WriteNQuads(path, g); err != nil {
		t.Fatal(err)
	}
	read, err := lt.ReadTruth(path)
	if err != nil {
		t.Fatal(err)
	}
	want, got := lt.NewTruth(g).Inputs(), read.Inputs()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if len(got.Companies) < 20 || len(got.Names) == 0 || len(got.Alliances) != 1 {
		t.Errorf("%d companies, %d search texts, %d alliances", len(got.Companies), len(got.Names), len(got.Alliances))
	}
	if read.Quads() != g.Quads {
		t.Errorf("%d quads read, the graph has %d", read.Quads(), g.Quads)
	}
	if _, err := lt.ReadTruth(filepath.Join(t.TempDir(), "missing.nq")); err == nil {
		t.Error("a truth read from no file")
	}
}

// TestNewInputsSearchKinds: the search texts are exact names, prefixes of
// at least three letters and typos, a third each, made from companies.
func TestNewInputsSearchKinds(t *testing.T) {
	g := lt.Generate(3000, 1)
	kinds := map[lt.SearchKind]int{}
	for _, s := range lt.NewInputs(g).Names {
		e, ok := g.Register.Lookup(s.Slug)
		if !ok || e.Type != "company" {
			t.Fatalf("%q made from %s, not a company", s.Text, s.Slug)
		}
		name, text := []rune(e.Name), []rune(s.Text)
		var ok2 bool
		switch s.Kind {
		case lt.SearchExact:
			ok2 = s.Text == e.Name
		case lt.SearchPrefix:
			ok2 = len(text) >= 3 && string(name[:len(text)]) == s.Text
		case lt.SearchTypo:
			ok2 = len(text) == len(name) && text[1] == name[2] && text[2] == name[1] && string(text[3:]) == string(name[3:])
		}
		if !ok2 {
			t.Errorf("%q is not a %s of %q", s.Text, s.Kind, e.Name)
		}
		kinds[s.Kind]++
	}
	for _, k := range []lt.SearchKind{lt.SearchExact, lt.SearchPrefix, lt.SearchTypo} {
		if kinds[k] == 0 {
			t.Errorf("no %s search texts", k)
		}
	}
}

// TestRequests: each system's query and variables for the first questions
// of each workload, in testdata/requests.golden.
func TestRequests(t *testing.T) {
	in := &lt.Inputs{
		Alliances: []string{"edge-forum", "open-ran-alliance", "sky-alliance"},
		Companies: []string{"astra-mobile", "nova-telecom", "sky-labs"},
		Pairs:     [][2]string{{"astra-mobile", "nova-telecom"}, {"sky-labs", "astra-mobile"}},
		Names:     []lt.SearchText{{"Nova Telecom", lt.SearchExact, "nova-telecom"}, {"Sky L", lt.SearchPrefix, "sky-labs"}, {"Atsra Mobile", lt.SearchTypo, "astra-mobile"}},
	}
	var out bytes.Buffer
	for _, sys := range []lt.System{lt.Ours, lt.Cayley, lt.SPARQL} {
		for _, w := range lt.Workloads {
			if !lt.Supports(sys, w) {
				fmt.Fprintf(&out, "## %s %s: unsupported\n\n", sys, w)
				continue
			}
			for i := range 3 {
				a, err := lt.Question(w, in, i)
				if err != nil {
					t.Fatal(err)
				}
				req, err := lt.Request(sys, "http://127.0.0.1:8080", a)
				if err != nil {
					t.Fatalf("%s %s: %v", sys, w, err)
				}
				body, _ := io.ReadAll(req.Body)
				if req.Header.Get("Content-Type") == "application/x-www-form-urlencoded" {
					v, err := url.ParseQuery(string(body))
					if err != nil {
						t.Fatal(err)
					}
					body = []byte("query=" + v.Get("query"))
				}
				var headers []string
				for k, v := range req.Header {
					headers = append(headers, k+": "+v[0])
				}
				sort.Strings(headers)
				fmt.Fprintf(&out, "## %s %s, question %d\n%s %s\n%v\n%s\n\n", sys, w, i+1, req.Method, req.URL, headers, body)
			}
		}
	}
	golden(t, "requests.golden", out.Bytes())
}

func TestQuestionNoInputs(t *testing.T) {
	if _, err := lt.Question(lt.W2, &lt.Inputs{}, 0); err == nil {
		t.Error("a question asked of no alliances")
	}
}
