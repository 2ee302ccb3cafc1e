package graph

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/telcograph/telcograph/schema"
)

// tripleHash is a quad's subject, predicate and object hashes: the key of a
// quad within one source.
type tripleHash [3]refs.ValueHash

func tripleHashOf(q quad.Quad) tripleHash {
	return tripleHash{refs.HashOf(q.Subject), refs.HashOf(q.Predicate), refs.HashOf(q.Object)}
}

// retry runs fn until it succeeds, fails permanently, or WriteTimeout has
// passed, waiting 50 ms doubling to 1 s between attempts. fn must be
// idempotent. Running out of time is reported as schema.ErrUnavailable; the
// caller's own cancellation as the context's error.
func (p *pgStore) retry(ctx context.Context, op string, fn func(context.Context) error) error {
	wctx, cancel := context.WithTimeout(ctx, p.opts.WriteTimeout)
	defer cancel()
	wait := 50 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := fn(wctx)
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return fmt.Errorf("graph: %s: %w", op, ctx.Err())
		case permanent(err):
			return fmt.Errorf("graph: %s: %w", op, err)
		}
		timer := time.NewTimer(wait)
		select {
		case <-wctx.Done():
			timer.Stop()
			if ctx.Err() != nil {
				return fmt.Errorf("graph: %s: %w", op, ctx.Err())
			}
			return fmt.Errorf("graph: %s: no answer from the store in %v (%d attempts, last: %v): %w",
				op, p.opts.WriteTimeout, attempt, err, schema.ErrUnavailable)
		case <-timer.C:
		}
		wait = min(2*wait, time.Second)
	}
}

// bounded runs fn in a goroutine of its own and returns its result, or
// ctx's error as soon as ctx ends even when fn has not returned. lib/pq does
// not watch the context while it begins or commits a transaction, so a
// frozen server (a stopped process, a dropped network) would otherwise hold
// the caller for good. An abandoned fn finishes on its own; it must not touch
// shared state. A transaction it leaves behind either fails (its context is
// done) or, if it was committing, commits, which is harmless: source writes
// are idempotent and the poller picks the change up.
func bounded[T any](ctx context.Context, fn func(context.Context) (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := fn(ctx)
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// written is what one write attempt did.
type written struct {
	ch      Change
	version int64
}

// replace makes want the whole content of source in the store. It returns
// what changed and the store version the write committed, 0 when nothing
// changed.
func (p *pgStore) replace(ctx context.Context, source quad.IRI, quads []quad.Quad) (Change, int64, error) {
	want := make(map[tripleHash]quad.Quad, len(quads))
	for _, q := range quads {
		want[tripleHashOf(q)] = q
	}
	var w written
	err := p.retry(ctx, "replace "+string(source), func(ctx context.Context) error {
		var err error
		w, err = bounded(ctx, func(ctx context.Context) (written, error) {
			ch, version, err := p.replaceOnce(ctx, source, want)
			return written{ch, version}, err
		})
		return err
	})
	return w.ch, w.version, err
}

// replaceOnce is one attempt of replace, in one transaction. The first
// statement bumps the version row, so concurrent writers from any instance
// are serialised and versions commit in order.
func (p *pgStore) replaceOnce(ctx context.Context, source quad.IRI, want map[tripleHash]quad.Quad) (Change, int64, error) {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return Change{}, 0, err
	}
	defer tx.Rollback()
	var version int64
	if err := tx.QueryRowContext(ctx, `UPDATE telcograph_version SET version = version + 1 WHERE id = 1 RETURNING version`).Scan(&version); err != nil {
		return Change{}, 0, err
	}
	label := refs.HashOf(source)
	have, err := sourceTriples(ctx, tx, label)
	if err != nil {
		return Change{}, 0, err
	}
	var adds []quad.Quad
	var dels []tripleHash
	for k, q := range want {
		if !have[k] {
			adds = append(adds, q)
		}
	}
	for k := range have {
		if _, ok := want[k]; !ok {
			dels = append(dels, k)
		}
	}
	if len(adds) == 0 && len(dels) == 0 {
		return Change{}, 0, nil // the rollback undoes the version bump
	}
	if err := insertQuads(ctx, tx, label, adds); err != nil {
		return Change{}, 0, err
	}
	if err := deleteQuads(ctx, tx, label, dels); err != nil {
		return Change{}, 0, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO telcograph_changes (source, version) VALUES ($1, $2)
		ON CONFLICT (source) DO UPDATE SET version = EXCLUDED.version`, string(source), version); err != nil {
		return Change{}, 0, err
	}
	if err := tx.Commit(); err != nil {
		return Change{}, 0, err
	}
	return Change{Added: len(adds), Removed: len(dels)}, version, nil
}

// sourceTriples reads the triples the store holds under label.
func sourceTriples(ctx context.Context, tx *sql.Tx, label refs.ValueHash) (map[tripleHash]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT subject_hash, predicate_hash, object_hash FROM quads WHERE label_hash = $1`, label[:])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	have := make(map[tripleHash]bool)
	for rows.Next() {
		var s, p, o []byte
		if err := rows.Scan(&s, &p, &o); err != nil {
			return nil, err
		}
		var t tripleHash
		copy(t[0][:], s)
		copy(t[1][:], p)
		copy(t[2][:], o)
		have[t] = true
	}
	return have, rows.Err()
}

// insertQuads adds quads under label: first their values to nodes (counting
// references as Cayley does), then the quads.
func insertQuads(ctx context.Context, tx *sql.Tx, label refs.ValueHash, adds []quad.Quad) error {
	if len(adds) == 0 {
		return nil
	}
	type node struct {
		v    quad.Value
		refs int
	}
	nodes := make(map[refs.ValueHash]*node)
	inc := func(v quad.Value) refs.ValueHash {
		h := refs.HashOf(v)
		if n := nodes[h]; n != nil {
			n.refs++
		} else {
			nodes[h] = &node{v: v, refs: 1}
		}
		return h
	}
	var ss, ps, os [][]byte
	for _, q := range adds {
		s, p, o := inc(q.Subject), inc(q.Predicate), inc(q.Object)
		inc(q.Label)
		ss, ps, os = append(ss, s[:]), append(ps, p[:]), append(os, o[:])
	}
	hashes := make([]refs.ValueHash, 0, len(nodes))
	for h := range nodes {
		hashes = append(hashes, h)
	}
	// One lock order for every writer.
	sort.Slice(hashes, func(i, j int) bool { return bytes.Compare(hashes[i][:], hashes[j][:]) < 0 })
	// One multi-row upsert per value type (the columns differ by type), in
	// chunks that stay under PostgreSQL's 65535 parameters.
	byType := make(map[csql.ValueType][][]any)
	var types []csql.ValueType
	for _, h := range hashes {
		n := nodes[h]
		typ, values, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, n.v)
		if err != nil {
			return err
		}
		if byType[typ] == nil {
			types = append(types, typ)
		}
		byType[typ] = append(byType[typ], append([]any{n.refs}, values...))
	}
	for _, typ := range types {
		rows := byType[typ]
		cols := typ.Columns()
		width := len(cols) + 2
		for len(rows) > 0 {
			chunk := rows[:min(len(rows), 60000/width)]
			rows = rows[len(chunk):]
			var sb strings.Builder
			args := make([]any, 0, len(chunk)*width)
			for i, r := range chunk {
				if i > 0 {
					sb.WriteString(", ")
				}
				sb.WriteByte('(')
				for j := range r {
					if j > 0 {
						sb.WriteString(", ")
					}
					sb.WriteString("$" + strconv.Itoa(len(args)+j+1))
				}
				sb.WriteByte(')')
				args = append(args, r...)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO nodes (refs, hash, `+strings.Join(cols, ", ")+`) VALUES `+
				sb.String()+` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`, args...); err != nil {
				return err
			}
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, $4, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[]) AS t(s, p, o)`,
		pq.ByteaArray(ss), pq.ByteaArray(ps), pq.ByteaArray(os), label[:])
	return err
}

// deleteQuads removes triples from label, then drops the references they
// held and the values nothing references any more.
func deleteQuads(ctx context.Context, tx *sql.Tx, label refs.ValueHash, dels []tripleHash) error {
	if len(dels) == 0 {
		return nil
	}
	var ss, ps, os [][]byte
	count := make(map[refs.ValueHash]int64)
	for _, t := range dels {
		ss, ps, os = append(ss, t[0][:]), append(ps, t[1][:]), append(os, t[2][:])
		count[t[0]]++
		count[t[1]]++
		count[t[2]]++
	}
	count[label] += int64(len(dels))
	if _, err := tx.ExecContext(ctx, `DELETE FROM quads q USING unnest($1::bytea[], $2::bytea[], $3::bytea[]) AS d(s, p, o)
		WHERE q.label_hash = $4 AND q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o`,
		pq.ByteaArray(ss), pq.ByteaArray(ps), pq.ByteaArray(os), label[:]); err != nil {
		return err
	}
	hashes := make([][]byte, 0, len(count))
	for h := range count {
		hashes = append(hashes, h[:])
	}
	sort.Slice(hashes, func(i, j int) bool { return bytes.Compare(hashes[i], hashes[j]) < 0 })
	ns := make([]int64, len(hashes))
	for i, h := range hashes {
		ns[i] = count[refs.ValueHash(h)]
	}
	if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs - d.n
		FROM unnest($1::bytea[], $2::bigint[]) AS d(h, n) WHERE nodes.hash = d.h`,
		pq.ByteaArray(hashes), pq.Int64Array(ns)); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`, pq.ByteaArray(hashes))
	return err
}

// replacePostgres is ReplaceSource over PostgreSQL. The difference is
// computed against the store inside the write's transaction, not against
// the index, because another instance may have written the source since this
// index last heard of it; afterwards the index holds exactly quads for
// source.
func (s *Store) replacePostgres(ctx context.Context, source quad.IRI, quads []quad.Quad) (Change, error) {
	lctx, cancel := context.WithTimeout(ctx, s.pg.opts.WriteTimeout)
	defer cancel()
	if err := s.lockWrites(lctx); err != nil {
		if ctx.Err() != nil {
			return Change{}, fmt.Errorf("graph: replace %s: %w", source, ctx.Err())
		}
		return Change{}, fmt.Errorf("graph: replace %s: earlier writes still waiting for the store after %v: %w",
			source, s.pg.opts.WriteTimeout, schema.ErrUnavailable)
	}
	defer s.unlockWrites()
	ch, version, err := s.pg.replace(ctx, source, quads)
	if err != nil {
		return Change{}, err
	}
	s.setSource(source, quads)
	if version != 0 {
		// No other write came between: the index reflects this version.
		s.pg.seen.CompareAndSwap(version-1, version)
	}
	return ch, nil
}
