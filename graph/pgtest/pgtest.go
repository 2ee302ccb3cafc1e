// Package pgtest starts throwaway PostgreSQL 15 servers for tests: initdb and
// pg_ctl in a temporary directory, run as user postgres when the test runs as
// root, listening on a free loopback port only, and stopped with the test.
// When PostgreSQL's programs are not installed the calling test is skipped
// with a message that says what to install; set TELCOGRAPH_REQUIRE_POSTGRES=1
// (make test does) to fail instead of skipping.
//
// Formation (formation.go) does the same for a pg_auto_failover monitor and
// its data nodes.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/lib/pq"
)

// Bin is the directory of PostgreSQL 15's programs (Debian's layout).
const Bin = "/usr/lib/postgresql/15/bin"

// Server is one running PostgreSQL server. Its methods are safe for
// concurrent use.
type Server struct {
	// Port is the loopback TCP port the server listens on.
	Port int
	// Password is the superuser's (postgres) password.
	Password string
	// Dir holds the data directory, the log and the socket.
	Dir string

	t    testing.TB
	mu   sync.Mutex
	up   bool
	next int // databases created
}

// Need skips t, loudly, when PostgreSQL's programs are missing, or fails it
// when TELCOGRAPH_REQUIRE_POSTGRES is set.
func Need(t testing.TB, programs ...string) {
	t.Helper()
	for _, p := range append([]string{filepath.Join(Bin, "initdb"), filepath.Join(Bin, "pg_ctl")}, programs...) {
		if _, err := exec.LookPath(p); err != nil {
			msg := fmt.Sprintf("\n*** SKIPPING POSTGRESQL TEST: %s not found (apt-get install postgresql-15, and for HA postgresql-15-auto-failover pg-auto-failover-cli) ***\n", p)
			if os.Getenv("TELCOGRAPH_REQUIRE_POSTGRES") != "" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
}

// Start initialises and starts a server for the test and stops it, removing
// its files, when the test ends. Authentication is by password
// (scram-sha-256), so URLs carry Password.
func Start(t testing.TB) *Server {
	t.Helper()
	Need(t)
	dir := TempDir(t)
	s := &Server{Port: FreePort(t), Password: randomHex(t), Dir: dir, t: t}
	pw := filepath.Join(dir, "pwfile")
	if err := os.WriteFile(pw, []byte(s.Password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	chown(t, pw)
	Run(t, filepath.Join(Bin, "initdb"), "-D", s.data(), "-U", "postgres", "--auth=scram-sha-256",
		"--pwfile="+pw, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
	s.Start()
	t.Cleanup(func() {
		s.mu.Lock()
		up := s.up
		s.mu.Unlock()
		if up {
			s.Stop("fast")
		}
	})
	return s
}

func (s *Server) data() string { return filepath.Join(s.Dir, "data") }

// Start starts the stopped server on its port.
func (s *Server) Start() {
	s.t.Helper()
	opts := fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -k %s -c fsync=off -c full_page_writes=off -c max_connections=200", s.Port, s.Dir)
	Run(s.t, filepath.Join(Bin, "pg_ctl"), "-D", s.data(), "-l", filepath.Join(s.Dir, "log"), "-w", "-t", "60", "-o", opts, "start")
	s.mu.Lock()
	s.up = true
	s.mu.Unlock()
}

// Stop stops the server; mode is pg_ctl's: "fast" closes connections
// cleanly, "immediate" is a crash.
func (s *Server) Stop(mode string) {
	s.t.Helper()
	Run(s.t, filepath.Join(Bin, "pg_ctl"), "-D", s.data(), "-m", mode, "-w", "-t", "60", "stop")
	s.mu.Lock()
	s.up = false
	s.mu.Unlock()
}

// URL is the store URL of database db, password included.
func (s *Server) URL(db string) string {
	return fmt.Sprintf("postgres://postgres:%s@127.0.0.1:%d/%s?sslmode=disable", url.QueryEscape(s.Password), s.Port, db)
}

// CreateDB creates a fresh, empty database and returns its name.
func (s *Server) CreateDB() string {
	s.t.Helper()
	s.mu.Lock()
	s.next++
	name := fmt.Sprintf("telcograph_%d", s.next)
	s.mu.Unlock()
	db, err := sql.Open("postgres", s.URL("postgres"))
	if err != nil {
		s.t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + pq.QuoteIdentifier(name)); err != nil {
		s.t.Fatalf("pgtest: create database %s: %v", name, err)
	}
	return name
}

// Exec runs SQL statements as the superuser in database db.
func (s *Server) Exec(db string, stmts ...string) error {
	conn, err := sql.Open("postgres", s.URL(db))
	if err != nil {
		return err
	}
	defer conn.Close()
	for _, st := range stmts {
		if _, err := conn.Exec(st); err != nil {
			return fmt.Errorf("pgtest: %s: %w", st, err)
		}
	}
	return nil
}

// TempDir is a temporary directory the postgres user owns, removed when the
// test ends. (t.TempDir's parents are private to root.)
func TempDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "telcograph-pg-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	chown(t, dir)
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// FreePort returns a loopback TCP port nothing listens on now.
func FreePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// Command prepares a PostgreSQL or pg_autoctl program to run as user postgres
// (when the test runs as root) with a clean environment that has PostgreSQL's
// bin directory on PATH.
func Command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = []string{"PATH=" + Bin + ":/usr/local/bin:/usr/bin:/bin", "LC_ALL=C.UTF-8", "LANG=C.UTF-8"}
	if os.Geteuid() == 0 {
		if u, err := user.Lookup("postgres"); err == nil {
			uid, _ := strconv.Atoi(u.Uid)
			gid, _ := strconv.Atoi(u.Gid)
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
			cmd.Env = append(cmd.Env, "HOME="+u.HomeDir, "USER=postgres")
		}
	}
	cmd.Dir = os.TempDir()
	return cmd
}

// Run runs a program as Command does and fails t with its output when it
// fails or takes more than two minutes.
func Run(t testing.TB, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := Command(ctx, name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("pgtest: %s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
	return string(out)
}

// chown gives path to the postgres user when running as root.
func chown(t testing.TB, path string) {
	t.Helper()
	if os.Geteuid() != 0 {
		return
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		t.Fatalf("pgtest: running as root needs a postgres user: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(path, uid, gid); err != nil {
		t.Fatal(err)
	}
}

func randomHex(t testing.TB) string {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// Freeze stops (SIGSTOP) the server and its backends without closing their
// connections, as a hung machine or a dropped network would look to a
// client, until Thaw or the end of the test.
func (s *Server) Freeze() {
	s.t.Helper()
	s.signal(syscall.SIGSTOP)
	s.t.Cleanup(func() { s.signal(syscall.SIGCONT) })
}

// Thaw resumes a frozen server.
func (s *Server) Thaw() { s.signal(syscall.SIGCONT) }

// signal sends sig to the postmaster and its children.
func (s *Server) signal(sig syscall.Signal) {
	b, err := os.ReadFile(filepath.Join(s.data(), "postmaster.pid"))
	if err != nil {
		s.t.Fatalf("pgtest: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil {
		s.t.Fatalf("pgtest: postmaster.pid: %v", err)
	}
	pids := []int{pid}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, st := range stats {
		b, err := os.ReadFile(st)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so split after ')'.
		i := strings.LastIndexByte(string(b), ')')
		if f := strings.Fields(string(b[i+1:])); i > 0 && len(f) > 1 && f[1] == strconv.Itoa(pid) {
			if child, err := strconv.Atoi(filepath.Base(filepath.Dir(st))); err == nil {
				pids = append(pids, child)
			}
		}
	}
	for _, p := range pids {
		syscall.Kill(p, sig)
	}
}
