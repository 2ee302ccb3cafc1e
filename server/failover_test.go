package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/graph/pgtest"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

const articleFacts = `query($url: String!) { article(url: $url) { facts(first: 1) { totalCount } } }`

// instance is one API instance under test: its store and HTTP server.
type instance struct {
	name  string
	store *graph.Store
	url   string
}

// gqlAnswer is what a GraphQL request came back with.
type gqlAnswer struct {
	Data struct {
		Article *struct {
			Facts struct{ TotalCount int }
		}
	}
	Errors []struct {
		Message    string
		Extensions struct{ Code string }
	}
}

// factCount asks an instance how many facts an article has.
func factCount(ctx context.Context, c *http.Client, base, article string) (int, gqlAnswer, error) {
	body, _ := json.Marshal(map[string]any{"query": articleFacts, "variables": map[string]any{"url": article}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return 0, gqlAnswer{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return 0, gqlAnswer{}, err
	}
	defer resp.Body.Close()
	var ans gqlAnswer
	if err := json.NewDecoder(resp.Body).Decode(&ans); err != nil {
		return 0, ans, fmt.Errorf("status %d: %w", resp.StatusCode, err)
	}
	if ans.Data.Article == nil {
		return 0, ans, nil
	}
	return ans.Data.Article.Facts.TotalCount, ans, nil
}

// counts are what the traffic during the failover saw.
type counts struct {
	reads, readsOK, readsUnavailable, readsWrong, readsFailed atomic.Int64
	writes, writesOK, writesUnavailable, writesFailed         atomic.Int64
	ready, notReady                                           atomic.Int64
	hung                                                      atomic.Int64
}

// TestFailover is the high-availability test (make test-ha): a
// pg_auto_failover monitor and three data nodes on loopback ports, two API
// instances whose store URL names all three nodes. Load an article, stop the
// primary under read, write and readiness traffic, load a second article
// after the failover through the other instance, read both through both,
// restart the old primary and see it rejoin as a secondary. Every request
// must be answered (UNAVAILABLE is an answer; a hang is not), and no fact may
// be lost.
func TestFailover(t *testing.T) {
	if os.Getenv("TELCOGRAPH_TEST_HA") == "" {
		t.Skip("high-availability test: `make test-ha` runs it (TELCOGRAPH_TEST_HA=1)")
	}
	ctx := context.Background()
	f := pgtest.StartFormation(t, 3)

	ff := bundledFacts(t)
	one := func(a schema.Article) *facts.File {
		return &facts.File{Articles: []schema.Article{a}, Register: ff.Register}
	}
	art1, art2 := ff.Articles[0], ff.Articles[1]

	// What an instance must answer for each article: a memory store's answer.
	ref, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	for _, a := range []schema.Article{art1, art2} {
		if _, err := ingest.Write(ctx, ref, []ingest.Input{{Facts: one(a)}}, ingest.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	refSrv := httptest.NewServer(server.New(ref, server.Config{}))
	defer refSrv.Close()
	client := &http.Client{Timeout: 30 * time.Second} // a request over this is a hang
	want := map[string]int{}
	for _, a := range []schema.Article{art1, art2} {
		n, ans, err := factCount(ctx, client, refSrv.URL, a.URL)
		if err != nil || n == 0 {
			t.Fatalf("reference count for %s: %d, %+v, %v", a.URL, n, ans, err)
		}
		want[a.URL] = n
	}

	opts := graph.Options{
		Logger:         slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn})),
		PollInterval:   200 * time.Millisecond,
		ConnectTimeout: time.Second,
		WriteTimeout:   15 * time.Second,
	}
	var insts []*instance
	for i, url := range []string{f.URL(), f.KeyValueURL()} {
		s, err := graph.OpenWith(ctx, url, opts)
		if err != nil {
			t.Fatalf("instance %d: %v", i, err)
		}
		defer s.Close()
		hs := httptest.NewServer(server.New(s, server.Config{}))
		defer hs.Close()
		insts = append(insts, &instance{name: string(rune('A' + i)), store: s, url: hs.URL})
	}
	a, b := insts[0], insts[1]

	if _, err := ingest.Write(ctx, a.store, []ingest.Input{{Facts: one(art1)}}, ingest.Options{}); err != nil {
		t.Fatalf("load %s through A: %v", art1.URL, err)
	}
	readAll := func(arts ...schema.Article) (lost int) {
		t.Helper()
		for _, in := range insts {
			for _, art := range arts {
				var got int
				deadline := time.Now().Add(2 * time.Second)
				for {
					got, _, err = factCount(ctx, client, in.url, art.URL)
					if (err == nil && got == want[art.URL]) || time.Now().After(deadline) {
						break
					}
					time.Sleep(50 * time.Millisecond)
				}
				if got != want[art.URL] {
					t.Errorf("instance %s: %s has %d facts, want %d (err %v)", in.name, art.URL, got, want[art.URL], err)
					lost += max(0, want[art.URL]-got)
				}
			}
		}
		return lost
	}
	if lost := readAll(art1); lost != 0 {
		t.Fatalf("before the failover: %d facts missing", lost)
	}

	// Traffic: per instance two readers and a readiness probe, and one
	// writer reloading the first article through A and B in turn.
	var c counts
	stop := make(chan struct{})
	var wg sync.WaitGroup
	loop := func(every time.Duration, fn func()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				fn()
				time.Sleep(every)
			}
		}()
	}
	for _, in := range insts {
		for range 2 {
			loop(20*time.Millisecond, func() {
				c.reads.Add(1)
				start := time.Now()
				n, ans, err := factCount(ctx, client, in.url, art1.URL)
				switch {
				case err != nil:
					c.readsFailed.Add(1)
					if time.Since(start) >= client.Timeout {
						c.hung.Add(1)
					}
					t.Logf("read from %s: %v", in.name, err)
				case len(ans.Errors) > 0 && ans.Errors[0].Extensions.Code == server.CodeUnavailable:
					c.readsUnavailable.Add(1)
				case len(ans.Errors) > 0:
					c.readsFailed.Add(1)
					t.Logf("read from %s: %+v", in.name, ans.Errors)
				case n != want[art1.URL]:
					c.readsWrong.Add(1)
				default:
					c.readsOK.Add(1)
				}
			})
		}
		loop(100*time.Millisecond, func() {
			resp, err := client.Get(in.url + "/readyz")
			if err != nil {
				c.hung.Add(1)
				return
			}
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				c.ready.Add(1)
			} else {
				c.notReady.Add(1)
			}
		})
	}
	turn := 0
	loop(100*time.Millisecond, func() {
		in := insts[turn%2]
		turn++
		c.writes.Add(1)
		wctx, cancel := context.WithTimeout(ctx, opts.WriteTimeout+15*time.Second)
		defer cancel()
		_, err := ingest.Write(wctx, in.store, []ingest.Input{{Facts: one(art1)}}, ingest.Options{})
		switch {
		case err == nil:
			c.writesOK.Add(1)
		case errors.Is(err, schema.ErrUnavailable):
			c.writesUnavailable.Add(1)
		case wctx.Err() != nil:
			c.hung.Add(1)
			t.Logf("write through %s hung: %v", in.name, err)
		default:
			c.writesFailed.Add(1)
			t.Logf("write through %s: %v", in.name, err)
		}
	})
	time.Sleep(time.Second)

	old := f.Primary()
	if old == nil {
		t.Fatal("no primary")
	}
	t.Logf("stopping the primary %s (port %d)", old.Name, old.Port)
	stopped := time.Now()
	f.Stop(old)
	f.WaitState(2*time.Minute, "new primary", func(st []pgtest.NodeState) bool {
		for _, s := range st {
			if s.Name != old.Name && s.Current == "primary" && s.Assigned == "primary" {
				return true
			}
		}
		return false
	})
	failover := time.Since(stopped)
	newPrimary := f.Primary()
	t.Logf("monitor reports %s primary %v after the stop", newPrimary.Name, failover.Round(100*time.Millisecond))

	start := time.Now()
	if _, err := ingest.Write(ctx, b.store, []ingest.Input{{Facts: one(art2)}}, ingest.Options{}); err != nil {
		t.Fatalf("load %s through B after the failover: %v", art2.URL, err)
	}
	t.Logf("loaded the second article through B in %v", time.Since(start).Round(time.Millisecond))
	lost := readAll(art1, art2)
	for _, in := range insts {
		durable, err := in.store.DurableQuads(ctx)
		if err != nil {
			t.Fatalf("instance %s: read store: %v", in.name, err)
		}
		deadline := time.Now().Add(2 * time.Second)
		for !cmp.Equal(nq(durable), nq(in.store.Quads(ctx, ""))) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		if diff := cmp.Diff(nq(durable), nq(in.store.Quads(ctx, ""))); diff != "" {
			t.Errorf("instance %s: index differs from the store (-store +index):\n%s", in.name, diff)
		}
	}

	t.Logf("restarting the old primary %s", old.Name)
	f.Start(old)
	rejoin := f.WaitState(2*time.Minute, old.Name+" back as secondary", func(st []pgtest.NodeState) bool {
		for _, s := range st {
			if s.Name == old.Name && s.Current == "secondary" && s.Assigned == "secondary" {
				return true
			}
		}
		return false
	})
	close(stop)
	wg.Wait()
	for _, in := range insts {
		ready := false
		for deadline := time.Now().Add(3 * time.Second); !ready && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if resp, err := client.Get(in.url + "/readyz"); err == nil {
				resp.Body.Close()
				ready = resp.StatusCode == http.StatusOK
			}
		}
		if !ready {
			t.Errorf("instance %s: /readyz not 200 after the failover", in.name)
		}
	}
	if lost += readAll(art1, art2); lost != 0 {
		t.Errorf("lost %d facts", lost)
	}

	t.Logf("failover: new primary after %v; old primary back as secondary %v after its restart",
		failover.Round(100*time.Millisecond), rejoin.Round(100*time.Millisecond))
	t.Logf("requests: reads=%d (ok=%d unavailable=%d wrong-count=%d failed=%d) writes=%d (ok=%d unavailable=%d failed=%d) readyz=%d (ready=%d not-ready=%d) hung=%d lost-facts=%d",
		c.reads.Load(), c.readsOK.Load(), c.readsUnavailable.Load(), c.readsWrong.Load(), c.readsFailed.Load(),
		c.writes.Load(), c.writesOK.Load(), c.writesUnavailable.Load(), c.writesFailed.Load(),
		c.ready.Load()+c.notReady.Load(), c.ready.Load(), c.notReady.Load(), c.hung.Load(), lost)
	if n := c.hung.Load(); n != 0 {
		t.Errorf("%d requests hung", n)
	}
	if n := c.readsFailed.Load() + c.writesFailed.Load(); n != 0 {
		t.Errorf("%d requests failed with something other than UNAVAILABLE", n)
	}
	if n := c.readsWrong.Load(); n != 0 {
		t.Errorf("%d reads saw a wrong fact count", n)
	}
	if c.writesOK.Load() == 0 || c.readsOK.Load() == 0 {
		t.Errorf("no successful reads or writes during the test")
	}
}

// nq is quads as sorted N-Quads lines.
func nq(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}
