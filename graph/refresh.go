package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"

	"github.com/telcograph/telcograph/graph/index"
)

// watch polls the store every PollInterval until ctx ends, reloading what
// other instances wrote and recording whether the store answers.
func (s *Store) watch(ctx context.Context) {
	defer close(s.pg.done)
	t := time.NewTicker(s.pg.opts.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		err := s.refresh(ctx)
		if ctx.Err() != nil {
			return
		}
		s.pg.setHealth(err)
	}
}

// refresh brings the index up to the store's version: it reloads every
// source that changed since the version the index reflects. A store whose
// version went back (a database restored or replaced) is reread whole. The
// reads run under bounded, and the index changes only after they all
// succeeded.
func (s *Store) refresh(ctx context.Context) error {
	p := s.pg
	ctx, cancel := context.WithTimeout(ctx, p.opts.QueryTimeout)
	defer cancel()
	version, err := bounded(ctx, func(ctx context.Context) (int64, error) {
		var v int64
		err := p.db.QueryRowContext(ctx, `SELECT version FROM telcograph_version WHERE id = 1`).Scan(&v)
		return v, err
	})
	if err != nil {
		return fmt.Errorf("graph: poll store version: %w", err)
	}
	if version == p.seen.Load() {
		return nil
	}
	if err := s.lockWrites(ctx); err != nil {
		return nil // a write holds the lock; the next poll will do
	}
	defer s.unlockWrites()
	// Writes may have committed while this waited for the lock: the
	// snapshot reads the version again with the sources.
	seen := p.seen.Load()
	snap, err := bounded(ctx, func(ctx context.Context) (changes, error) { return p.readChanges(ctx, seen) })
	if err != nil {
		return fmt.Errorf("graph: refresh: %w", err)
	}
	switch {
	case snap.version == seen:
		return nil
	case snap.version < seen:
		p.log.Warn("graph: store version went back; rebuilding the index", "had", seen, "store", snap.version)
		return s.rebuild(ctx)
	}
	for src, qs := range snap.sources {
		s.setSource(src, qs)
	}
	p.seen.Store(snap.version)
	return nil
}

// changes are the sources that changed after some version, read in one
// snapshot.
type changes struct {
	version int64                    // the store's version in the snapshot
	sources map[quad.IRI][]quad.Quad // each changed source's quads (none: removed)
}

// readChanges reads the store's version and the sources changed after since.
func (p *pgStore) readChanges(ctx context.Context, since int64) (changes, error) {
	var c changes
	tx, err := p.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return c, err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT version FROM telcograph_version WHERE id = 1`).Scan(&c.version); err != nil {
		return c, err
	}
	if c.version <= since {
		return c, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT source FROM telcograph_changes WHERE version > $1`, since)
	if err != nil {
		return c, err
	}
	var changed []quad.IRI
	for rows.Next() {
		var src string
		if err := rows.Scan(&src); err != nil {
			rows.Close()
			return c, err
		}
		changed = append(changed, quad.IRI(src))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return c, err
	}
	c.sources = make(map[quad.IRI][]quad.Quad, len(changed))
	for _, src := range changed {
		qs, err := readSource(ctx, tx, src)
		if err != nil {
			return c, fmt.Errorf("%s: %w", src, err)
		}
		c.sources[src] = qs
	}
	return c, tx.Commit()
}

// nodeColumns are the columns of Cayley's nodes table that hold a value.
const nodeColumns = `hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time`

// scanNode decodes one row of nodeColumns as Cayley's SQL QuadStore.NameOf
// does.
func scanNode(rows *sql.Rows) (refs.ValueHash, quad.Value, error) {
	var (
		hash, data        []byte
		str, typ, lang    sql.NullString
		iri, bnode, vbool sql.NullBool
		vint              sql.NullInt64
		vfloat            sql.NullFloat64
		vtime             sql.NullTime
		h                 refs.ValueHash
	)
	if err := rows.Scan(&hash, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime); err != nil {
		return h, nil, err
	}
	copy(h[:], hash)
	switch {
	case str.Valid && iri.Bool:
		return h, quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return h, quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return h, quad.LangString{Value: quad.String(unescapeNull(str.String)), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return h, quad.TypedString{Value: quad.String(unescapeNull(str.String)), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return h, quad.String(unescapeNull(str.String)), nil
	case vint.Valid:
		return h, quad.Int(vint.Int64), nil
	case vbool.Valid:
		return h, quad.Bool(vbool.Bool), nil
	case vfloat.Valid:
		return h, quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return h, quad.Time(vtime.Time.UTC()), nil
	}
	v, err := pquads.UnmarshalValue(data)
	if err != nil {
		return h, nil, fmt.Errorf("node %x: %w", hash, err)
	}
	return h, v, nil
}

// unescapeNull undoes Cayley's escaping of NUL bytes in strings.
func unescapeNull(s string) string { return strings.ReplaceAll(s, `\x00`, "\x00") }

// readSource reads the quads of one source.
func readSource(ctx context.Context, tx *sql.Tx, source quad.IRI) ([]quad.Quad, error) {
	label := refs.HashOf(source)
	have, err := sourceTriples(ctx, tx, label)
	if err != nil || len(have) == 0 {
		return nil, err
	}
	need := make(map[refs.ValueHash]bool)
	for t := range have {
		need[t[0]], need[t[1]], need[t[2]] = true, true, true
	}
	keys := make([][]byte, 0, len(need))
	for h := range need {
		keys = append(keys, h[:])
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+nodeColumns+` FROM nodes WHERE hash = ANY($1::bytea[])`, pq.ByteaArray(keys))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	vals := make(map[refs.ValueHash]quad.Value, len(need))
	for rows.Next() {
		h, v, err := scanNode(rows)
		if err != nil {
			return nil, err
		}
		vals[h] = v
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(have))
	for t := range have {
		out = append(out, quad.Quad{Subject: vals[t[0]], Predicate: vals[t[1]], Object: vals[t[2]], Label: source})
	}
	return out, nil
}

// indexSnapshot is an index built from the store and the version it holds.
type indexSnapshot struct {
	idx     *index.Index
	version int64
}

// readIndex builds a fresh index from the store, logging progress every
// progressEvery quads.
func (p *pgStore) readIndex(ctx context.Context, start time.Time) (indexSnapshot, error) {
	idx := index.New()
	n := 0
	version, err := p.readAll(ctx, func(q quad.Quad) {
		idx.Add(q)
		if n++; n%progressEvery == 0 {
			p.log.Info("graph: building serving index", "quads", n, "elapsed", time.Since(start).Round(time.Millisecond))
		}
	})
	return indexSnapshot{idx, version}, err
}

// readAll reads every quad of the store in one snapshot, calling fn for
// each, and returns the store version the snapshot holds.
func (p *pgStore) readAll(ctx context.Context, fn func(quad.Quad)) (int64, error) {
	tx, err := p.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var version int64
	if err := tx.QueryRowContext(ctx, `SELECT version FROM telcograph_version WHERE id = 1`).Scan(&version); err != nil {
		return 0, err
	}
	vals := make(map[refs.ValueHash]quad.Value)
	rows, err := tx.QueryContext(ctx, `SELECT `+nodeColumns+` FROM nodes`)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		h, v, err := scanNode(rows)
		if err != nil {
			rows.Close()
			return 0, err
		}
		vals[h] = v
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var h [4]refs.ValueHash
	for rows.Next() {
		var b [4][]byte
		if err := rows.Scan(&b[0], &b[1], &b[2], &b[3]); err != nil {
			return 0, err
		}
		for i := range b {
			h[i] = refs.ValueHash{}
			copy(h[i][:], b[i])
		}
		fn(quad.Quad{Subject: vals[h[0]], Predicate: vals[h[1]], Object: vals[h[2]], Label: vals[h[3]]})
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	return version, tx.Commit()
}
