package pgtest

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Autoctl is pg_auto_failover's command (Debian package pg-auto-failover-cli,
// with the extension in postgresql-15-auto-failover).
const Autoctl = "/usr/bin/pg_autoctl"

// Database is the database a formation's data nodes serve.
const Database = "telcograph"

// Monitor settings for a test: a node is declared unhealthy after about 2 s,
// and a secondary is promoted about 5 s after that, instead of the defaults'
// 20 s and 30 s.
var monitorSettings = []string{
	`ALTER SYSTEM SET pgautofailover.health_check_period TO 1000`,
	`ALTER SYSTEM SET pgautofailover.health_check_timeout TO 1000`,
	`ALTER SYSTEM SET pgautofailover.health_check_max_retries TO 1`,
	`ALTER SYSTEM SET pgautofailover.health_check_retry_delay TO 500`,
	`ALTER SYSTEM SET pgautofailover.node_considered_unhealthy_timeout TO 2000`,
	`ALTER SYSTEM SET pgautofailover.primary_demote_timeout TO 5000`,
	`SELECT pg_reload_conf()`,
}

// Formation is a pg_auto_failover monitor and its data nodes, each a
// PostgreSQL 15 server with its pg_autoctl keeper, on loopback ports. Data
// nodes trust connections from 127.0.0.1 (user postgres, database
// Database). Methods are safe for concurrent use.
type Formation struct {
	// Dir holds every node's data directory and log, and HOME for pg_autoctl.
	Dir string
	// MonitorPort is the monitor's port.
	MonitorPort int
	// Nodes are the data nodes, node_1 first.
	Nodes []*Node

	t       testing.TB
	monitor *Node
}

// Node is one pg_autoctl-managed server.
type Node struct {
	// Name is pg_auto_failover's node name (node_1, ...).
	Name string
	// Port is its PostgreSQL port.
	Port int
	// Dir is its data directory.
	Dir string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// NodeState is one row of `pg_autoctl show state --json`.
type NodeState struct {
	Name     string `json:"nodename"`
	Port     int    `json:"nodeport"`
	Health   int    `json:"health"`
	Current  string `json:"current_group_state"`
	Assigned string `json:"assigned_group_state"`
}

// StartFormation creates a monitor with short health-check timeouts and n
// data nodes (the first becomes primary), waits until every node is primary
// or secondary, and tears everything down when the test ends. It skips (or
// fails, see Need) without pg_auto_failover.
func StartFormation(t testing.TB, n int) *Formation {
	t.Helper()
	Need(t, Autoctl)
	dir := TempDir(t)
	if err := os.Mkdir(filepath.Join(dir, "home"), 0o700); err != nil {
		t.Fatal(err)
	}
	chown(t, filepath.Join(dir, "home"))
	f := &Formation{Dir: dir, MonitorPort: FreePort(t), t: t}
	f.monitor = &Node{Name: "monitor", Port: f.MonitorPort, Dir: filepath.Join(dir, "monitor")}
	t.Cleanup(f.teardown)

	f.autoctl("create", "monitor", "--pgdata", f.monitor.Dir, "--pgport", fmt.Sprint(f.MonitorPort),
		"--hostname", "127.0.0.1", "--auth", "trust", "--no-ssl")
	f.autoctl("config", "set", "--pgdata", f.monitor.Dir, "postgresql.listen_addresses", "127.0.0.1")
	f.run(f.monitor, "run", "--pgdata", f.monitor.Dir)
	f.retry(30*time.Second, "set monitor timeouts", func() error { return f.exec(f.MonitorPort, "pg_auto_failover", monitorSettings...) })

	for i := 1; i <= n; i++ {
		nd := &Node{Name: fmt.Sprintf("node_%d", i), Port: FreePort(t), Dir: filepath.Join(dir, fmt.Sprintf("node%d", i))}
		f.Nodes = append(f.Nodes, nd)
		f.run(nd, "create", "postgres", "--pgdata", nd.Dir, "--pgport", fmt.Sprint(nd.Port),
			"--hostname", "127.0.0.1", "--listen", "127.0.0.1", "--name", nd.Name, "--auth", "trust", "--no-ssl",
			"--dbname", Database, "--monitor", f.MonitorURL(), "--run")
		want := i // nodes up so far
		f.WaitState(2*time.Minute, fmt.Sprintf("%d nodes primary or secondary", want), func(st []NodeState) bool {
			ok := 0
			for _, s := range st {
				if s.Current == s.Assigned && (s.Current == "primary" || s.Current == "secondary" || (want == 1 && s.Current == "single")) {
					ok++
				}
			}
			return ok == want
		})
	}
	return f
}

// MonitorURL is the connection string data nodes register with.
func (f *Formation) MonitorURL() string {
	return fmt.Sprintf("postgres://autoctl_node@127.0.0.1:%d/pg_auto_failover?sslmode=disable", f.MonitorPort)
}

// URL is a store URL naming every data node, as `pg_autoctl show uri`
// prints it (user added, TLS off).
func (f *Formation) URL() string {
	var hosts []string
	for _, n := range f.Nodes {
		hosts = append(hosts, fmt.Sprintf("127.0.0.1:%d", n.Port))
	}
	return fmt.Sprintf("postgres://postgres@%s/%s?target_session_attrs=read-write&sslmode=disable", strings.Join(hosts, ","), Database)
}

// KeyValueURL is the same store in libpq's key=value form after postgres://.
func (f *Formation) KeyValueURL() string {
	var hosts, ports []string
	for _, n := range f.Nodes {
		hosts, ports = append(hosts, "127.0.0.1"), append(ports, fmt.Sprint(n.Port))
	}
	return fmt.Sprintf("postgres://host=%s port=%s user=postgres dbname=%s target_session_attrs=read-write sslmode=disable",
		strings.Join(hosts, ","), strings.Join(ports, ","), Database)
}

// State is the monitor's view of the data nodes.
func (f *Formation) State() ([]NodeState, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := f.command(ctx, "show", "state", "--pgdata", f.monitor.Dir, "--json").Output()
	if err != nil {
		return nil, fmt.Errorf("pgtest: show state: %w", err)
	}
	var st []NodeState
	if err := json.Unmarshal(out, &st); err != nil {
		return nil, fmt.Errorf("pgtest: show state: %w: %s", err, out)
	}
	return st, nil
}

// WaitState polls State (and forces checkpoints, which new standbys'
// base backups wait for) until cond holds; it fails the test after timeout.
// It returns how long it waited.
func (f *Formation) WaitState(timeout time.Duration, what string, cond func([]NodeState) bool) time.Duration {
	f.t.Helper()
	start := time.Now()
	var last []NodeState
	for time.Since(start) < timeout {
		st, err := f.State()
		if err == nil {
			last = st
			if cond(st) {
				return time.Since(start)
			}
			for _, s := range st {
				if s.Current == "primary" || s.Current == "wait_primary" || s.Current == "single" {
					f.exec(s.Port, Database, "CHECKPOINT")
				}
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	f.t.Fatalf("pgtest: no %s after %v; last state %+v\nmonitor log:\n%s", what, timeout, last, f.logTail(f.monitor))
	return 0
}

// Primary is the node the monitor has as primary, or nil.
func (f *Formation) Primary() *Node {
	st, err := f.State()
	if err != nil {
		return nil
	}
	for _, s := range st {
		if s.Current == "primary" && s.Assigned == "primary" {
			return f.node(s.Name)
		}
	}
	return nil
}

func (f *Formation) node(name string) *Node {
	for _, n := range f.Nodes {
		if n.Name == name {
			return n
		}
	}
	return nil
}

// Stop stops a data node's keeper and its PostgreSQL (pg_autoctl stop) and
// waits for them to exit.
func (f *Formation) Stop(n *Node) {
	f.t.Helper()
	f.autoctl("stop", "--pgdata", n.Dir)
	n.wait(f.t, 60*time.Second)
}

// Start runs a stopped data node's keeper again (pg_autoctl run).
func (f *Formation) Start(n *Node) {
	f.t.Helper()
	f.run(n, "run", "--pgdata", n.Dir)
}

// run starts pg_autoctl in the background for node n, logging to its log.
func (f *Formation) run(n *Node, args ...string) {
	f.t.Helper()
	log, err := os.OpenFile(n.Dir+".log", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		f.t.Fatal(err)
	}
	cmd := f.command(context.Background(), args...)
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr.Setpgid = true
	if err := cmd.Start(); err != nil {
		log.Close()
		f.t.Fatalf("pgtest: pg_autoctl %s: %v", strings.Join(args, " "), err)
	}
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		log.Close()
		close(done)
	}()
	n.mu.Lock()
	n.cmd, n.done = cmd, done
	n.mu.Unlock()
}

// wait waits for n's pg_autoctl to exit, killing its process group after
// timeout.
func (n *Node) wait(t testing.TB, timeout time.Duration) {
	n.mu.Lock()
	cmd, done := n.cmd, n.done
	n.mu.Unlock()
	if cmd == nil {
		return
	}
	select {
	case <-done:
	case <-time.After(timeout):
		t.Logf("pgtest: %s did not stop in %v; killing it", n.Name, timeout)
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

// running reports whether n's pg_autoctl has been started and not exited.
func (n *Node) running() bool {
	n.mu.Lock()
	done := n.done
	n.mu.Unlock()
	if done == nil {
		return false
	}
	select {
	case <-done:
		return false
	default:
		return true
	}
}

// teardown stops the data nodes, then the monitor.
func (f *Formation) teardown() {
	for _, n := range append(append([]*Node(nil), f.Nodes...), f.monitor) {
		if !n.running() {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		f.command(ctx, "stop", "--pgdata", n.Dir).Run()
		cancel()
		n.wait(f.t, 30*time.Second)
	}
}

// command is pg_autoctl with HOME (its configuration and state) under Dir.
func (f *Formation) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := Command(ctx, Autoctl, args...)
	for i, e := range cmd.Env {
		if strings.HasPrefix(e, "HOME=") {
			cmd.Env = append(cmd.Env[:i], cmd.Env[i+1:]...)
			break
		}
	}
	cmd.Env = append(cmd.Env, "HOME="+filepath.Join(f.Dir, "home"))
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	return cmd
}

// autoctl runs one pg_autoctl command to completion.
func (f *Formation) autoctl(args ...string) {
	f.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if out, err := f.command(ctx, args...).CombinedOutput(); err != nil {
		f.t.Fatalf("pgtest: pg_autoctl %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// exec runs statements as postgres on a node's database.
func (f *Formation) exec(port int, db string, stmts ...string) error {
	conn, err := sql.Open("postgres", fmt.Sprintf("host=127.0.0.1 port=%d user=postgres dbname=%s sslmode=disable connect_timeout=2", port, db))
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, st := range stmts {
		if _, err := conn.ExecContext(ctx, st); err != nil {
			return err
		}
	}
	return nil
}

func (f *Formation) retry(timeout time.Duration, what string, fn func() error) {
	f.t.Helper()
	start := time.Now()
	for {
		err := fn()
		if err == nil {
			return
		}
		if time.Since(start) > timeout {
			f.t.Fatalf("pgtest: %s: %v", what, err)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// logTail is the end of a node's pg_autoctl log.
func (f *Formation) logTail(n *Node) string {
	b, _ := os.ReadFile(n.Dir + ".log")
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}
