package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/facts"
)

// childEnv makes the test binary run main() instead of the tests, so that
// the crash and shutdown tests can run the command in a child process they
// may kill.
const childEnv = "TELCOGRAPH_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}

// child returns the command `telcograph args...` run by the test binary.
func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	return cmd
}

// crashFacts is an article-facts file of n articles of k facts each over
// its own entities. Version v changes every fact's qualifier and evidence,
// so that loading version 1 over version 0 replaces every article.
func crashFacts(n, k, v int) string {
	const companies, alliances = 97, 13
	var b strings.Builder
	b.WriteString("entities:\n")
	for i := range companies {
		fmt.Fprintf(&b, "  crash-co-%d: {name: Crash Company %d, type: company}\n", i, i)
	}
	for i := range alliances {
		fmt.Fprintf(&b, "  crash-al-%d: {name: Crash Alliance %d, type: alliance}\n", i, i)
	}
	b.WriteString("articles:\n")
	for a := range n {
		fmt.Fprintf(&b, "- id: a%d\n  source: https://crash.example/news/%d\n  date: 2024-03-%02d\n  title: Crash article %d\n  facts:\n", a, a, 1+a%28, a)
		for f := range k {
			c, al := (a*k+f)%companies, (a+f)%alliances
			fmt.Fprintf(&b, "  - rel: memberOf\n    member: {id: crash-co-%d, text: Crash Company %d}\n    org: {id: crash-al-%d, text: Crash Alliance %d}\n    since: %d\n    evidence: Crash Company %d joined Crash Alliance %d in %d (version %d).\n",
				c, c, al, al, 2020+v, c, al, 2020+v, v)
		}
	}
	return b.String()
}

// articleSets reads a facts file the way load does and returns each
// article's quads, sorted, by article IRI.
func articleSets(t *testing.T, name, text string) map[quad.IRI][]string {
	t.Helper()
	ff, err := facts.Read(name, []byte(text), facts.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[quad.IRI][]string{}
	for _, a := range ff.Articles {
		var qs []string
		for _, q := range facts.Quads(a, ff.Register) {
			qs = append(qs, q.NQuad())
		}
		slices.Sort(qs)
		out[a.IRI()] = slices.Compact(qs)
	}
	return out
}

// TestLoadKilled loads a large facts file into bolt in a child process and
// kills it with SIGKILL at a random moment, 20 times over one store, each
// run loading the other version of every article. After each kill the store
// must open, and each article must be wholly absent, wholly the old version
// or wholly the new one.
//
// The loads write each article in a transaction of its own (--batch-quads 1),
// the finest grain, where a kill most often lands between two articles;
// larger batches go through the same single-transaction write.
func TestLoadKilled(t *testing.T) {
	const runs, articles, facts = 20, 80, 10
	dir := t.TempDir()
	var files [2]string
	var want [2]map[quad.IRI][]string
	for v := range 2 {
		text := crashFacts(articles, facts, v)
		files[v] = filepath.Join(dir, fmt.Sprintf("facts-v%d.yaml", v))
		if err := os.WriteFile(files[v], []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		want[v] = articleSets(t, files[v], text)
	}

	// One whole load into a scratch store says how long a load takes.
	start := time.Now()
	if out, err := child("load", "--batch-quads", "1", "--store", "bolt://"+filepath.Join(dir, "scratch.db"), files[0]).CombinedOutput(); err != nil {
		t.Fatalf("whole load: %v\n%s", err, out)
	}
	full := time.Since(start)
	t.Logf("a whole load of %d articles takes %v", articles, full)

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)
	store := filepath.Join(dir, "crash.db")
	var partial int
	for run := range runs {
		v := run % 2
		cmd := child("load", "--batch-quads", "1", "--store", "bolt://"+store, files[v])
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		after := time.Duration(rng.Int64N(int64(full)))
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		killed := err != nil && strings.Contains(err.Error(), "killed")

		counts := checkArticles(t, store, want)
		t.Logf("run %d: killed %v after %v: %d absent, %d old, %d new", run, killed, after.Round(time.Millisecond), counts[0], counts[1], counts[2])
		if counts[0] > 0 && counts[0] < articles || counts[1] > 0 && counts[2] > 0 {
			partial++
		}
	}
	if partial == 0 {
		t.Errorf("no run was killed mid-load: the test did not test anything")
	}
	t.Logf("%d of %d runs were killed mid-load", partial, runs)
}

// checkArticles opens the bolt store at path and sorts its articles into
// absent, version 0 and version 1, failing on any other state.
func checkArticles(t *testing.T, path string, want [2]map[quad.IRI][]string) [3]int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := graph.Open(ctx, "bolt://"+path)
	if err != nil {
		t.Fatalf("store does not open after the kill: %v", err)
	}
	defer s.Close()
	var counts [3]int
	for iri := range want[0] {
		var got []string
		for _, q := range s.Quads(ctx, iri) {
			got = append(got, q.NQuad())
		}
		slices.Sort(got)
		switch {
		case len(got) == 0:
			counts[0]++
		case slices.Equal(got, want[0][iri]):
			counts[1]++
		case slices.Equal(got, want[1][iri]):
			counts[2]++
		default:
			t.Fatalf("article %s is partly written: %d quads, want 0, %d or %d", iri, len(got), len(want[0][iri]), len(want[1][iri]))
		}
	}
	if st := s.Stats(); st.Sources > len(want[0]) {
		t.Errorf("store has %d sources, want at most %d", st.Sources, len(want[0]))
	}
	return counts
}

// TestShutdownFinishesRequests starts serve in a child process, begins a
// loadFacts request, sends SIGTERM while the request body is still on its
// way, then sends the rest: the request is answered, the process exits 0,
// and the bolt store opens at once (it was closed) holding the article.
func TestShutdownFinishesRequests(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "serve.db")
	const token = "shutdown-test-token"
	cmd := child("serve", "--addr", "127.0.0.1:0", "--store", "bolt://"+store, "--token", token)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		re := regexp.MustCompile(`serving http://([0-9.:]+)/`)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	var host string
	select {
	case host = <-addr:
	case <-time.After(60 * time.Second):
		t.Fatalf("serve did not start: %s", stderr.String())
	}

	text := crashFacts(3, 4, 0)
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($yaml: String!) { loadFacts(yaml: $yaml) { articles facts } }`,
		"variables": map[string]any{"yaml": text},
	})
	conn, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nAuthorization: Bearer %s\r\nContent-Length: %d\r\n\r\n", host, token, len(body))
	half := len(body) / 2
	conn.Write(body[:half])
	time.Sleep(100 * time.Millisecond) // the server has read the headers: the connection is active

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The listener closes at once; the request in flight goes on.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", host, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("serve still accepts connections 5s after SIGTERM")
		}
		time.Sleep(20 * time.Millisecond)
	}
	conn.Write(body[half:])
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("in-flight request not answered: %v\n%s", err, stderr.String())
	}
	answer, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := `{"data":{"loadFacts":{"articles":3,"facts":12}}}`; resp.StatusCode != 200 || string(answer) != want {
		t.Errorf("in-flight answer %d %s, want 200 %s", resp.StatusCode, answer, want)
	}

	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve exited with %v: %s", err, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not exit after SIGTERM")
	}
	// A store the server still held would fail to open with ErrUnavailable
	// within a second; how long the index build takes is not the question.
	ctx := context.Background()
	s, err := graph.Open(ctx, "bolt://"+store)
	if err != nil {
		t.Fatalf("store after shutdown (was it closed?): %v", err)
	}
	defer s.Close()
	if n := len(s.Quads(ctx, "https://crash.example/news/2")); n == 0 {
		t.Error("the article loaded during shutdown is not in the store")
	}
	if !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("serve did not log its stop:\n%s", stderr.String())
	}
}
