package graph

// The PostgreSQL store keeps Cayley's SQL schema (tables nodes and quads,
// created exactly as Cayley's graph/sql/postgres creates them, values encoded
// by Cayley's csql.NodeValues and hashed by Cayley's refs.HashOf), so Cayley
// itself reads a database this package wrote. It does not write through
// Cayley's QuadStore.ApplyDeltas because that call takes no context, opens
// its own transaction and never retries: a source write here is one
// transaction that reads the source's current quads, writes the difference
// and bumps a version row, with the caller's deadline on every statement, and
// it is retried whole during a failover.
//
// Several instances share one database. Each write records its source and a
// new version in telcograph_changes; every instance polls the version row
// (refresh.go) and reloads the sources that changed, so another instance's
// load shows up within about PollInterval.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/lib/pq"

	"github.com/telcograph/telcograph/schema"
)

// pgStore is the PostgreSQL side of a Store: the connection pool, the store
// version the serving index reflects, and the health the poller last saw.
type pgStore struct {
	db   *sql.DB
	opts Options
	log  *slog.Logger

	// seen is the store version the index reflects; it is written with
	// Store.writeSem held.
	seen atomic.Int64

	healthMu sync.Mutex
	health   error // the last poll's error; nil while the store answers

	stop context.CancelFunc // ends the poller
	done chan struct{}      // closed when the poller has ended
}

// schemaLock is the advisory lock key that serialises schema creation by
// instances starting together.
const schemaLock = 0x74636772 // "tcgr"

// cayleySchema is Cayley's PostgreSQL schema (graph/sql/postgres with
// conditional indexes, fill factor and foreign keys), created when the
// database has no quads table.
var cayleySchema = []string{
	`CREATE TABLE nodes (
	hash BYTEA PRIMARY KEY,
	refs INT NOT NULL,
	value BYTEA,
	value_string TEXT,
	datatype TEXT,
	language TEXT,
	iri BOOLEAN,
	bnode BOOLEAN,
	value_int BIGINT,
	value_bool BOOLEAN,
	value_float double precision,
	value_time timestamp with time zone
)`,
	`CREATE TABLE quads (
	horizon BIGSERIAL PRIMARY KEY,
	subject_hash BYTEA NOT NULL,
	predicate_hash BYTEA NOT NULL,
	object_hash BYTEA NOT NULL,
	label_hash BYTEA,
	ts timestamp
)`,
	`CREATE UNIQUE INDEX spo_unique ON quads (subject_hash, predicate_hash, object_hash) WHERE label_hash IS NULL`,
	`CREATE UNIQUE INDEX spol_unique ON quads (subject_hash, predicate_hash, object_hash, label_hash) WHERE label_hash IS NOT NULL`,
	`ALTER TABLE quads ADD CONSTRAINT subject_hash_fk FOREIGN KEY (subject_hash) REFERENCES nodes (hash)`,
	`ALTER TABLE quads ADD CONSTRAINT predicate_hash_fk FOREIGN KEY (predicate_hash) REFERENCES nodes (hash)`,
	`ALTER TABLE quads ADD CONSTRAINT object_hash_fk FOREIGN KEY (object_hash) REFERENCES nodes (hash)`,
	`ALTER TABLE quads ADD CONSTRAINT label_hash_fk FOREIGN KEY (label_hash) REFERENCES nodes (hash)`,
	`CREATE INDEX spo_index ON quads (subject_hash, predicate_hash, object_hash) WITH (FILLFACTOR = 50)`,
	`CREATE INDEX ops_index ON quads (object_hash, predicate_hash, subject_hash) WITH (FILLFACTOR = 50)`,
	`CREATE INDEX pos_index ON quads (predicate_hash, object_hash, subject_hash) WITH (FILLFACTOR = 50)`,
	`CREATE INDEX osp_index ON quads (object_hash, subject_hash, predicate_hash) WITH (FILLFACTOR = 50)`,
}

// ownSchema is what telcograph adds to Cayley's: a source index on quads, the
// version row every write bumps (and so serialises on), and the version at
// which each source last changed.
var ownSchema = []string{
	`CREATE INDEX IF NOT EXISTS telcograph_label_index ON quads (label_hash)`,
	`CREATE TABLE IF NOT EXISTS telcograph_version (
	id INT PRIMARY KEY CHECK (id = 1),
	version BIGINT NOT NULL
)`,
	`INSERT INTO telcograph_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
	`CREATE TABLE IF NOT EXISTS telcograph_changes (
	source TEXT PRIMARY KEY,
	version BIGINT NOT NULL
)`,
	`CREATE INDEX IF NOT EXISTS telcograph_changes_version ON telcograph_changes (version)`,
}

// openPostgres connects to the database that rest (a store URL without its
// scheme) names and creates the schema when it is missing.
func openPostgres(ctx context.Context, rest string, o Options) (*pgStore, error) {
	dsn, err := pgDSN(rest)
	if err != nil {
		return nil, err
	}
	cfg, err := pq.NewConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("graph: open postgres: %v: %w", err, schema.ErrInvalid)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = o.ConnectTimeout
	}
	conn, err := pq.NewConnectorConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("graph: open postgres: %v: %w", err, schema.ErrInvalid)
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(o.MaxOpenConns)
	db.SetMaxIdleConns(o.MaxIdleConns)
	p := &pgStore{db: db, opts: o, log: o.Logger}
	create := func(ctx context.Context) error {
		_, err := bounded(ctx, func(ctx context.Context) (struct{}, error) { return struct{}{}, p.createSchema(ctx) })
		return err
	}
	if err := p.retry(ctx, "create schema", create); err != nil {
		db.Close()
		return nil, err
	}
	return p, nil
}

// createSchema creates Cayley's tables when the database has none, and
// telcograph's own; an existing schema is reused.
func (p *pgStore) createSchema(ctx context.Context) error {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, schemaLock); err != nil {
		return err
	}
	var exists bool
	if err := tx.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists); err != nil {
		return err
	}
	var stmts []string
	if !exists {
		stmts = cayleySchema
	}
	for _, st := range append(stmts, ownSchema...) {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			return fmt.Errorf("%s: %w", strings.Join(strings.Fields(st)[:3], " "), err)
		}
	}
	return tx.Commit()
}

// close stops the poller and closes the pool.
func (p *pgStore) close() error {
	if p.stop != nil {
		p.stop()
		<-p.done
	}
	return p.db.Close()
}

// setHealth records the outcome of a poll, logging only the transitions
// between reachable and unreachable.
func (p *pgStore) setHealth(err error) {
	p.healthMu.Lock()
	defer p.healthMu.Unlock()
	switch {
	case err != nil && p.health == nil:
		p.log.Warn("graph: store unreachable; serving reads from the index, writes fail", "err", err)
	case err == nil && p.health != nil:
		p.log.Info("graph: store reachable again")
	}
	p.health = err
}

// ready reports the last poll's error, if any.
func (p *pgStore) ready() error {
	p.healthMu.Lock()
	defer p.healthMu.Unlock()
	if p.health != nil {
		return fmt.Errorf("%w: %w", p.health, schema.ErrUnavailable)
	}
	return nil
}

// keywordDSN matches a libpq key=value connection string.
var keywordDSN = regexp.MustCompile(`^\s*[a-z_]+\s*=`)

// dsnHost finds the host list of a key=value connection string.
var dsnHost = regexp.MustCompile(`(?:^|\s)host\s*=\s*'?([^'\s]*)`)

// pgDSN turns the part of a store URL after "postgres://" into a libpq
// key=value connection string. Accepted: a key=value string as is
// ("host=h1,h2 port=p1,p2 dbname=d ..."), or a URI
// "[user[:password]@]host[:port][,host[:port]...][/dbname][?param=value&...]"
// with one host or several, as `pg_autoctl show uri` prints it. With several
// hosts and no target_session_attrs, read-write is asked for: writes must
// reach the primary.
func pgDSN(rest string) (string, error) {
	if keywordDSN.MatchString(rest) {
		if !strings.Contains(rest, "application_name") {
			rest += " application_name=telcograph"
		}
		if m := dsnHost.FindStringSubmatch(rest); m != nil && strings.Contains(m[1], ",") && !strings.Contains(rest, "target_session_attrs") {
			rest += " target_session_attrs=read-write"
		}
		return rest, nil
	}
	main, query, _ := strings.Cut(rest, "?")
	var kv []string
	add := func(k, v string) {
		kv = append(kv, k+"='"+strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v)+"'")
	}
	if at := strings.LastIndex(main, "@"); at >= 0 {
		userinfo := main[:at]
		main = main[at+1:]
		name, pass, hasPass := strings.Cut(userinfo, ":")
		u, err := url.PathUnescape(name)
		if err != nil {
			return "", fmt.Errorf("graph: open postgres: bad user name: %w", schema.ErrInvalid)
		}
		add("user", u)
		if hasPass {
			pw, err := url.PathUnescape(pass)
			if err != nil {
				return "", fmt.Errorf("graph: open postgres: bad password escape: %w", schema.ErrInvalid)
			}
			add("password", pw)
		}
	}
	hostList, db, _ := strings.Cut(main, "/")
	if hostList == "" {
		return "", fmt.Errorf("graph: open postgres: no host in store URL: %w", schema.ErrInvalid)
	}
	var hosts, ports []string
	for _, hp := range strings.Split(hostList, ",") {
		h, port, err := net.SplitHostPort(hp)
		if err != nil {
			h, port = strings.Trim(hp, "[]"), "5432"
		}
		if h == "" {
			return "", fmt.Errorf("graph: open postgres: empty host in %q: %w", hostList, schema.ErrInvalid)
		}
		hosts, ports = append(hosts, h), append(ports, port)
	}
	add("host", strings.Join(hosts, ","))
	add("port", strings.Join(ports, ","))
	if db != "" {
		d, err := url.PathUnescape(db)
		if err != nil {
			return "", fmt.Errorf("graph: open postgres: bad database name: %w", schema.ErrInvalid)
		}
		add("dbname", d)
	}
	params, err := url.ParseQuery(query)
	if err != nil {
		return "", fmt.Errorf("graph: open postgres: bad parameters: %w", schema.ErrInvalid)
	}
	if params.Get("application_name") == "" {
		params.Set("application_name", "telcograph")
	}
	if len(hosts) > 1 && params.Get("target_session_attrs") == "" {
		params.Set("target_session_attrs", "read-write")
	}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		add(k, params.Get(k))
	}
	return strings.Join(kv, " "), nil
}

// permanent reports whether a store error would happen again on retry: bad
// data, a constraint, a schema or permission problem, failed
// authentication, a missing database. Anything else (refused or reset
// connections, a server shutting down or starting up, a standby that cannot
// take writes, serialisation failures) may pass once a failover is done.
func permanent(err error) bool {
	var st interface{ SQLState() string }
	if !errors.As(err, &st) {
		return false
	}
	code := st.SQLState()
	if len(code) != 5 || code == "25006" { // read-only transaction: a demoted primary
		return false
	}
	switch code[:2] {
	case "22", "23", "28", "3D", "42", "0A", "2B", "44":
		return true
	}
	return false
}
