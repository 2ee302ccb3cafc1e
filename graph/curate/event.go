package curate

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/schema"
)

// Actors that are no token.
const (
	// ActorAutoAccept accepts candidates at or above the auto-accept
	// threshold.
	ActorAutoAccept = "auto-accept"
	// ActorWatcher queues what the watcher finds.
	ActorWatcher = "watcher"
)

// NewEvent is an event of kind by actor at now, with a fresh id.
func NewEvent(kind schema.EventKind, actor string, now time.Time) schema.Event {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on the systems Go supports
	}
	return schema.Event{ID: hex.EncodeToString(b[:]), Kind: kind, Actor: actor, At: stamp(now)}
}

// stamp is t as history and review write it: RFC 3339 in UTC with all
// nine digits of the nanoseconds, so that the strings sort as the times.
func stamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000000Z07:00") }

// EventSource is the label that records e.
func EventSource(e schema.Event) schema.Source {
	label := quad.IRI(schema.EventNS + e.ID)
	var qs []quad.Quad
	add := func(p quad.IRI, v string) {
		if v != "" {
			qs = append(qs, quad.Quad{Subject: label, Predicate: p, Object: quad.String(v), Label: label})
		}
	}
	add(schema.EventKindIRI, string(e.Kind))
	add(schema.EventActor, e.Actor)
	add(schema.EventAt, e.At)
	add(schema.EventSource, e.Source)
	add(schema.EventCandidate, e.CandidateID)
	for _, s := range e.Slugs {
		add(schema.EventSlug, s)
	}
	add(schema.EventReason, e.Reason)
	add(schema.EventRemoved, e.Removed)
	add(schema.EventRestores, e.Restores)
	return schema.Source{IRI: label, Quads: qs}
}

func readEvent(label quad.IRI, qs []quad.Quad) schema.Event {
	e := schema.Event{ID: strings.TrimPrefix(string(label), schema.EventNS)}
	for _, q := range qs {
		v, _ := schema.LiteralText(q.Object)
		switch q.Predicate {
		case schema.EventKindIRI:
			e.Kind = schema.EventKind(v)
		case schema.EventActor:
			e.Actor = v
		case schema.EventAt:
			e.At = v
		case schema.EventSource:
			e.Source = v
		case schema.EventCandidate:
			e.CandidateID = v
		case schema.EventSlug:
			e.Slugs = append(e.Slugs, v)
		case schema.EventReason:
			e.Reason = v
		case schema.EventRemoved:
			e.Removed = v
		case schema.EventRestores:
			e.Restores = v
		}
	}
	sort.Strings(e.Slugs)
	return e
}

// Slugs lists the entities quads mention (subjects and objects under
// schema.EntityNS that are no statement nodes), sorted, once each.
func Slugs(qs []quad.Quad) []string {
	seen := map[string]bool{}
	for _, q := range qs {
		for _, v := range []quad.Value{q.Subject, q.Object} {
			iri, ok := v.(quad.IRI)
			if !ok {
				continue
			}
			if _, st := schema.StatementID(iri); st {
				continue
			}
			if s, ok := schema.SlugOf(iri); ok {
				seen[s] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// WrittenEvent is the event of actor writing src.
func WrittenEvent(actor string, src schema.Source, now time.Time) schema.Event {
	e := NewEvent(schema.EventSourceWritten, actor, now)
	e.Source, e.Slugs = string(src.IRI), Slugs(src.Quads)
	return e
}

// RemovedEvent is the event of actor removing source, whose quads were
// removed: they are kept, as N-Quads, for restore.
func RemovedEvent(actor string, source quad.IRI, removed []quad.Quad, now time.Time) schema.Event {
	e := NewEvent(schema.EventSourceRemoved, actor, now)
	e.Source, e.Slugs = string(source), Slugs(removed)
	var b strings.Builder
	for _, q := range removed {
		b.WriteString(q.NQuad())
		b.WriteByte('\n')
	}
	e.Removed = b.String()
	return e
}

// HistoryFilter selects events: those that touched Slug, those of Source;
// an empty field selects every event.
type HistoryFilter struct {
	Slug, Source string
}

// History returns the events f selects, oldest first.
func History(ctx context.Context, store *graph.Store, f HistoryFilter) ([]schema.Event, error) {
	var out []schema.Event
	for _, l := range store.Labels(schema.EventNS) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		e := readEvent(l, store.SourceQuads(l))
		if f.Source != "" && e.Source != f.Source {
			continue
		}
		if f.Slug != "" && !slices.Contains(e.Slugs, f.Slug) {
			continue
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].At != out[j].At {
			return out[i].At < out[j].At
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// Event returns the event with id; ok is false when there is none.
func Event(store *graph.Store, id string) (schema.Event, bool) {
	l := quad.IRI(schema.EventNS + id)
	qs := store.SourceQuads(l)
	if len(qs) == 0 {
		return schema.Event{}, false
	}
	return readEvent(l, qs), true
}

// parseNQuads reads the quads a removal kept.
func parseNQuads(s string) ([]quad.Quad, error) {
	r := nquads.NewReader(strings.NewReader(s), false)
	defer r.Close()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("curate: removed quads: %w", err)
		}
		out = append(out, q)
	}
}
