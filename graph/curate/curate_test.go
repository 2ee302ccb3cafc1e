package curate_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

const articleFile = "00-kedglobal-k-ai-alliance.txt"

// setup opens a memory store, a queue over it with a clock that ticks a
// second a call, and extracts the corpus's first article against the
// corpus register.
func setup(t *testing.T) (*graph.Store, *curate.Queue, *facts.File, string) {
	t.Helper()
	ctx := context.Background()
	store, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	q := curate.New(store)
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	q.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
	regData, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "aliases.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := facts.ReadRegister("aliases.yaml", regData)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "articles", articleFile))
	if err != nil {
		t.Fatal(err)
	}
	ff, err := extract.ExtractArticle(articleFile, data, extract.ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	if len(ff.Articles) != 1 || len(ff.Articles[0].Facts) < 3 {
		t.Fatalf("extraction: want one article with at least 3 facts, got %+v", ff.Articles)
	}
	return store, q, ff, extract.Text(data)
}

// members lists the slugs the graph has as members of alliance.
func members(t *testing.T, store *graph.Store, alliance string) []string {
	t.Helper()
	var out []string
	for _, q := range store.Quads(context.Background(), "") {
		if q.Predicate == schema.MemberOf && q.Object == schema.EntityIRI(alliance) {
			iri, _ := q.Subject.(quad.IRI)
			s, _ := schema.SlugOf(iri)
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func memberCandidates(t *testing.T, q *curate.Queue) []schema.Candidate {
	t.Helper()
	cs, err := q.Candidates(context.Background(), curate.Filter{Relation: schema.RelMemberOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 2 {
		t.Fatalf("want at least 2 memberOf candidates, got %d", len(cs))
	}
	return cs
}

// TestReviewCycle: ingest queues pending candidates outside the graph;
// accept puts one in with reviewedBy; reject keeps another out across a
// re-ingest; an accepted candidate is not duplicated; restore brings the
// rejected one back to pending; every step is in the history.
func TestReviewCycle(t *testing.T) {
	ctx := context.Background()
	store, q, ff, text := setup(t)
	url := ff.Articles[0].URL
	res, err := q.Ingest(ctx, ff, text, "curator-1")
	if err != nil {
		t.Fatal(err)
	}
	if res.Candidates != len(ff.Articles[0].Facts) || res.Accepted != 0 {
		t.Errorf("ingest: %+v; want %d candidates, none accepted", res, len(ff.Articles[0].Facts))
	}
	if got := store.Quads(ctx, ""); len(got) != 0 {
		t.Errorf("pending candidates leak into the graph's quads: %d, first %s", len(got), got[0].NQuad())
	}
	if len(store.SourceQuads(schema.Article{URL: url}.IRI())) != 0 {
		t.Errorf("the article's source has quads before any accept")
	}
	cs := memberCandidates(t, q)
	for _, c := range cs {
		if c.State != schema.CandidatePending || c.Article.Text != text || len(c.Evidence) == 0 || c.ExtractedAt == "" {
			t.Errorf("candidate %s: %+v; want pending with the article text, evidence and extractedAt", c.ID, c)
		}
	}
	acc, rej := cs[0], cs[1]
	v0 := store.Version()
	got, _, err := q.Accept(ctx, acc.ID, curate.Edit{}, "curator-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.State != schema.CandidateAccepted || got.ReviewedBy != "curator-1" || got.ReviewedAt == "" || got.MachineAccepted {
		t.Errorf("accepted: %+v", got)
	}
	if store.Version() == v0 {
		t.Errorf("accept did not move the store version")
	}
	// The store was empty: the entities come from the extraction's register.
	for _, slug := range []string{acc.Subject.Slug, acc.Object.Slug} {
		if _, err := store.Entity(ctx, slug); err != nil {
			t.Errorf("entity %s of the accepted fact: %v", slug, err)
		}
	}
	if want := []string{acc.Subject.Slug}; !cmp.Equal(members(t, store, acc.Object.Slug), want) {
		t.Errorf("members of %s: %v, want %v", acc.Object.Slug, members(t, store, acc.Object.Slug), want)
	}
	reviewed := 0
	for _, x := range store.SourceQuads(schema.Article{URL: url}.IRI()) {
		if x.Predicate == schema.ReviewedBy && x.Object.String() == `"curator-1"` {
			reviewed++
		}
	}
	if reviewed != 1 {
		t.Errorf("%d statements say reviewedBy curator-1, want 1", reviewed)
	}
	if _, _, err := q.Reject(ctx, rej.ID, "not a member", "curator-2"); err != nil {
		t.Fatal(err)
	}
	before := store.SourceQuads(schema.Article{URL: url}.IRI())
	if _, err := q.Ingest(ctx, ff, text, "curator-1"); err != nil {
		t.Fatal(err)
	}
	after := store.SourceQuads(schema.Article{URL: url}.IRI())
	if len(after) != len(before) {
		t.Errorf("re-ingest changed the article's source: %d quads, was %d", len(after), len(before))
	}
	for _, tt := range []struct {
		id   string
		want schema.CandidateState
	}{{acc.ID, schema.CandidateAccepted}, {rej.ID, schema.CandidateRejected}} {
		c, err := q.Candidate(ctx, tt.id)
		if err != nil || c.State != tt.want {
			t.Errorf("after re-ingest %s: %s, %v; want %s", tt.id, c.State, err, tt.want)
		}
	}
	if got := members(t, store, rej.Object.Slug); slices.Contains(got, rej.Subject.Slug) && rej.Subject.Slug != acc.Subject.Slug {
		t.Errorf("rejected member %s is in the graph: %v", rej.Subject.Slug, got)
	}
	hist, err := curate.History(ctx, store, curate.HistoryFilter{Source: url})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []schema.EventKind
	var rejEvent string
	for _, e := range hist {
		kinds = append(kinds, e.Kind)
		if e.Kind == schema.EventCandidateRejected {
			rejEvent = e.ID
			if e.Reason != "not a member" || e.Actor != "curator-2" || e.CandidateID != rej.ID {
				t.Errorf("rejection event %+v", e)
			}
		}
	}
	want := []schema.EventKind{schema.EventCandidateAccepted, schema.EventSourceWritten, schema.EventCandidateRejected}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("history kinds (-want +got):\n%s", diff)
	}
	if _, err := q.Restore(ctx, rejEvent, "admin"); err != nil {
		t.Fatal(err)
	}
	if c, _ := q.Candidate(ctx, rej.ID); c.State != schema.CandidatePending {
		t.Errorf("restored candidate is %s, want pending", c.State)
	}
	if _, err := q.Restore(ctx, rejEvent, "admin"); !errors.Is(err, schema.ErrInvalid) {
		t.Errorf("restoring twice: %v, want ErrInvalid", err)
	}
	if _, _, err := q.Accept(ctx, "0000000000000000", curate.Edit{}, "x"); !errors.Is(err, schema.ErrNotFound) {
		t.Errorf("unknown candidate: %v, want ErrNotFound", err)
	}
}

// TestRemoveRestore: a removed source comes back whole from its event.
func TestRemoveRestore(t *testing.T) {
	ctx := context.Background()
	store, q, ff, text := setup(t)
	if _, err := q.Ingest(ctx, ff, text, "c"); err != nil {
		t.Fatal(err)
	}
	cs := memberCandidates(t, q)
	if _, _, err := q.Accept(ctx, cs[0].ID, curate.Edit{}, "c"); err != nil {
		t.Fatal(err)
	}
	src := schema.Article{URL: ff.Articles[0].URL}.IRI()
	want := store.Quads(ctx, src)
	if _, err := q.Remove(ctx, src, "admin"); err != nil {
		t.Fatal(err)
	}
	if len(store.SourceQuads(src)) != 0 {
		t.Fatal("remove left quads")
	}
	hist, _ := curate.History(ctx, store, curate.HistoryFilter{Slug: cs[0].Subject.Slug})
	last := hist[len(hist)-1]
	if last.Kind != schema.EventSourceRemoved || !last.Restorable() {
		t.Fatalf("last event of %s: %+v, want a restorable removal", cs[0].Subject.Slug, last)
	}
	if _, err := q.Restore(ctx, last.ID, "admin"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, store.Quads(ctx, src)); diff != "" {
		t.Errorf("restored source (-want +got):\n%s", diff)
	}
}

// TestAutoAccept: with a threshold, confident candidates go straight in,
// machine-accepted.
func TestAutoAccept(t *testing.T) {
	ctx := context.Background()
	store, q, ff, text := setup(t)
	q.AutoAccept = 0.01
	res, err := q.Ingest(ctx, ff, text, "local:me")
	if err != nil {
		t.Fatal(err)
	}
	if res.Accepted != res.Candidates {
		t.Errorf("threshold 0.01: %d of %d accepted", res.Accepted, res.Candidates)
	}
	for _, c := range memberCandidates(t, q) {
		if !c.MachineAccepted || c.ReviewedBy != curate.ActorAutoAccept {
			t.Errorf("%s: %+v, want machine-accepted by %s", c.ID, c, curate.ActorAutoAccept)
		}
	}
	if len(store.Quads(ctx, "")) == 0 {
		t.Error("auto-accepted facts are not in the graph")
	}
}

// TestEdit: an edit corrects the fact before it is accepted.
func TestEdit(t *testing.T) {
	ctx := context.Background()
	store, q, ff, text := setup(t)
	if _, err := q.Ingest(ctx, ff, text, "c"); err != nil {
		t.Fatal(err)
	}
	c := memberCandidates(t, q)[0]
	role := curate.RoleFounding
	got, _, err := q.Accept(ctx, c.ID, curate.Edit{Subject: "Acme Robotics", Role: &role, Since: schema.Date{Year: 2020, Precision: schema.PrecisionYear}}, "c")
	if err != nil {
		t.Fatal(err)
	}
	if got.Relation != schema.RelFoundingMember || got.Subject.Name != "Acme Robotics" || got.Since.Year != 2020 {
		t.Errorf("edited: %+v", got)
	}
	if got := members(t, store, c.Object.Slug); !slices.Contains(got, "acme-robotics") {
		t.Errorf("members %v lack the edited subject acme-robotics", got)
	}
	bad := "chair"
	if _, _, err := q.Accept(ctx, c.ID, curate.Edit{Role: &bad}, "c"); !errors.Is(err, schema.ErrInvalid) {
		t.Errorf("unknown role: %v, want ErrInvalid", err)
	}
}

// TestWatched: the watcher's record lives in the store.
func TestWatched(t *testing.T) {
	ctx := context.Background()
	store, _, _, _ := setup(t)
	w := curate.Watched{Store: store}
	if ok, err := w.Has(ctx, "https://a.example/1"); ok || err != nil {
		t.Fatalf("empty: %v, %v", ok, err)
	}
	if err := w.Add(ctx, "https://a.example/1", "sha256:ab"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := w.Has(ctx, "x", "sha256:ab"); !ok {
		t.Error("added key not found")
	}
	if len(store.Quads(ctx, "")) != 0 {
		t.Error("the watcher's record leaks into the graph's quads")
	}
}

// TestEditTypes: an edit that puts an entity where its relation does not
// take its type is refused, and changes nothing.
func TestEditTypes(t *testing.T) {
	ctx := context.Background()
	_, q, ff, text := setup(t)
	if _, err := q.Ingest(ctx, ff, text, "c"); err != nil {
		t.Fatal(err)
	}
	c := memberCandidates(t, q)[0]
	// The object of memberOf is an alliance; the subject, a company.
	if _, _, err := q.Accept(ctx, c.ID, curate.Edit{Object: c.Subject.Slug}, "c"); !errors.Is(err, schema.ErrInvalid) {
		t.Errorf("a company as the alliance: %v, want ErrInvalid", err)
	}
	if got, _ := q.Candidate(ctx, c.ID); got.State != schema.CandidatePending || got.Object != c.Object {
		t.Errorf("a refused edit changed the candidate: %+v", got)
	}
}
