package curate

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// Remove removes every quad of source by actor, with an event that keeps
// them for Restore. A source the store does not have is an error wrapping
// schema.ErrNotFound. It returns the quads removed.
func (q *Queue) Remove(ctx context.Context, source quad.IRI, actor string) ([]quad.Quad, error) {
	if schema.IsReserved(source) {
		return nil, fmt.Errorf("curate: remove %s: a reserved label is no source: %w", source, schema.ErrNotFound)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	old := q.store.SourceQuads(source)
	if len(old) == 0 {
		return nil, fmt.Errorf("curate: remove %s: no such source: %w", source, schema.ErrNotFound)
	}
	e := RemovedEvent(actor, source, old, q.now())
	if _, err := q.store.ReplaceSources(ctx, []schema.Source{{IRI: source}, EventSource(e)}); err != nil {
		return nil, fmt.Errorf("curate: remove %s: %w", source, err)
	}
	return old, nil
}

// Restore undoes the event with id, by actor: a rejected candidate goes
// back to pending, a removed source is written again. Restoring is itself
// an event, which Restore returns. An event that cannot be undone, or
// whose change was undone or overtaken since (the candidate is no longer
// rejected, the source was written again), is an error wrapping
// schema.ErrInvalid; an unknown id, schema.ErrNotFound.
func (q *Queue) Restore(ctx context.Context, id, actor string) (schema.Event, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	ev, ok := Event(q.store, id)
	if !ok {
		return schema.Event{}, fmt.Errorf("curate: restore %s: no such event: %w", id, schema.ErrNotFound)
	}
	now := q.now()
	e := NewEvent(schema.EventRestored, actor, now)
	e.Restores, e.Source, e.CandidateID, e.Slugs = ev.ID, ev.Source, ev.CandidateID, ev.Slugs
	switch ev.Kind {
	case schema.EventCandidateRejected:
		art, r, err := q.find(ctx, ev.CandidateID)
		if err != nil {
			return schema.Event{}, fmt.Errorf("curate: restore %s: %w", id, err)
		}
		if r.State != schema.CandidateRejected {
			return schema.Event{}, schema.Userf(schema.ErrInvalid, nil, "candidate %s is %s now, not rejected: nothing to restore", r.ID, r.State)
		}
		r.State, r.Reason, r.ReviewedBy, r.ReviewedAt = schema.CandidatePending, "", "", ""
		if _, _, err := q.commit(ctx, art, r, actor, now, e); err != nil {
			return schema.Event{}, err
		}
	case schema.EventSourceRemoved:
		src := quad.IRI(ev.Source)
		if len(q.store.SourceQuads(src)) > 0 {
			return schema.Event{}, schema.Userf(schema.ErrInvalid, nil, "%s was written again since it was removed: restoring would overwrite it", src)
		}
		qs, err := parseNQuads(ev.Removed)
		if err != nil {
			return schema.Event{}, fmt.Errorf("curate: restore %s: %w", id, err)
		}
		if _, err := q.store.ReplaceSources(ctx, []schema.Source{{IRI: src, Quads: qs}, EventSource(e)}); err != nil {
			return schema.Event{}, fmt.Errorf("curate: restore %s: %w", id, err)
		}
	default:
		return schema.Event{}, schema.Userf(schema.ErrInvalid, nil, "a %s event cannot be restored; only removals and rejections can", ev.Kind)
	}
	return e, nil
}
