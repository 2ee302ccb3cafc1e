package loadtest

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/telcograph/telcograph/schema"
)

// Binaries are the server programs a benchmark runs; an empty path is a
// system that is not run.
type Binaries struct {
	Telcograph, Cayley, Virtuoso, ISQL string
}

// Build builds telcograph's server into dir and, when cayley is set,
// Cayley's own server from the module version go.mod pins; Virtuoso is
// Debian's (virtuoso-t and isql-vt on PATH), when installed. It runs the go
// command in the current directory, which must be inside this module.
func Build(ctx context.Context, dir string, cayley bool, logf func(string, ...any)) (Binaries, error) {
	b := Binaries{Telcograph: filepath.Join(dir, "telcograph")}
	logf("building telcograph")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", b.Telcograph, "./cmd/telcograph").CombinedOutput(); err != nil {
		return b, fmt.Errorf("loadtest: build telcograph: %w\n%s", err, out)
	}
	if cayley {
		b.Cayley = filepath.Join(dir, "cayley")
		logf("building cayley from the pinned module")
		if out, err := exec.CommandContext(ctx, "go", "build", "-o", b.Cayley, "github.com/cayleygraph/cayley/cmd/cayley").CombinedOutput(); err != nil {
			return b, fmt.Errorf("loadtest: build cayley: %w\n%s", err, out)
		}
	}
	if p, err := exec.LookPath("virtuoso-t"); err == nil {
		if q, err := exec.LookPath("isql-vt"); err == nil {
			b.Virtuoso, b.ISQL = p, q
		}
	}
	return b, nil
}

// Server is a server process started on a loopback port.
type Server struct {
	URL   string // base URL, no trailing slash
	PID   int
	Ready float64 // seconds from its start until it answered
	stop  func()
}

// Stop interrupts the process and waits for it to exit, killing it after 10s.
func (s *Server) Stop() { s.stop() }

// childEnv is this process's environment without TELCOGRAPH_ variables: the
// servers a benchmark starts run with the flags it gives them, whatever the
// shell that started tgbench sets.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TELCOGRAPH_") {
			env = append(env, kv)
		}
	}
	return env
}

// start runs a program until Stop, its output written to the file logPath.
func start(ctx context.Context, logPath, name string, args ...string) (*Server, error) {
	log, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("loadtest: start %s: %w", name, err)
	}
	defer log.Close() // the child has its own descriptor
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = log, log
	cmd.Env = childEnv()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("loadtest: start %s: %w", name, err)
	}
	stop := func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
	return &Server{PID: cmd.Process.Pid, stop: stop}, nil
}

// waitReady waits for url to answer and records how long s took.
func (s *Server) waitReady(ctx context.Context, url string, timeout time.Duration) error {
	begin := time.Now()
	if err := WaitHTTP(ctx, url, timeout); err != nil {
		s.Stop()
		return err
	}
	s.Ready = time.Since(begin).Seconds()
	return nil
}

// freePort is a loopback TCP port nobody listens on now.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("loadtest: free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// WaitHTTP polls url every 100ms until it answers 200, for at most timeout.
func WaitHTTP(ctx context.Context, url string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	client := &http.Client{Timeout: 5 * time.Second}
	for time.Now().Before(deadline) {
		req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
		if err != nil {
			return fmt.Errorf("loadtest: %w", err)
		}
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return fmt.Errorf("loadtest: %s did not answer within %v", url, timeout)
}

// StartTelcograph serves store with `telcograph serve` on a free loopback
// port, extra flags appended, its log in logPath, and waits for /healthz.
func StartTelcograph(ctx context.Context, bin, store, logPath string, extra ...string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	// The load comes from one loopback address: the per-client rate limit
	// is for the public, not for a benchmark.
	s, err := start(ctx, logPath, bin, append([]string{"serve", "--store", store, "--addr", addr, "--no-bundled-data", "--rate-limit", "0"}, extra...)...)
	if err != nil {
		return nil, err
	}
	s.URL = "http://" + addr
	if err := s.waitReady(ctx, s.URL+"/healthz", 30*time.Minute); err != nil {
		return nil, err
	}
	return s, nil
}

// LoadCayley loads an N-Quads file into a new bolt database with `cayley
// load` and returns the seconds it took.
func LoadCayley(ctx context.Context, bin, db, data string) (float64, error) {
	start := time.Now()
	if out, err := exec.CommandContext(ctx, bin, "load", "--init", "--db", "bolt", "--dbpath", db, "-i", data).CombinedOutput(); err != nil {
		return 0, fmt.Errorf("loadtest: cayley load: %w\n%s", err, out)
	}
	return time.Since(start).Seconds(), nil
}

// StartCayley serves a bolt database with `cayley http` on a free loopback
// port, its log in logPath.
func StartCayley(ctx context.Context, bin, db, logPath string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	s, err := start(ctx, logPath, bin, "http", "--db", "bolt", "--dbpath", db, "--host", addr)
	if err != nil {
		return nil, err
	}
	s.URL = "http://" + addr
	if err := s.waitReady(ctx, s.URL+"/", 10*time.Minute); err != nil {
		return nil, err
	}
	return s, nil
}

// StartVirtuoso runs virtuoso-t on loopback ports with a fresh database in
// dir, bulk-loads the N-Quads file data, and returns the server and the
// load's seconds.
func StartVirtuoso(ctx context.Context, bins Binaries, dir, data string) (*Server, float64, error) {
	if err := os.MkdirAll(filepath.Join(dir, "db"), 0o755); err != nil {
		return nil, 0, fmt.Errorf("loadtest: %w", err)
	}
	sqlPort, err := freePort()
	if err != nil {
		return nil, 0, err
	}
	httpPort, err := freePort()
	if err != nil {
		return nil, 0, err
	}
	iniPath := filepath.Join(dir, "virtuoso.ini")
	if err := os.WriteFile(iniPath, []byte(VirtuosoINI(dir, filepath.Dir(data), sqlPort, httpPort)), 0o644); err != nil {
		return nil, 0, fmt.Errorf("loadtest: %w", err)
	}
	s, err := start(ctx, filepath.Join(dir, "server.log"), bins.Virtuoso, "-f", "-c", iniPath)
	if err != nil {
		return nil, 0, err
	}
	s.URL = fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	if err := s.waitReady(ctx, s.URL+"/sparql?query=ASK%7B%7D", 2*time.Minute); err != nil {
		return nil, 0, err
	}
	begin := time.Now()
	script := fmt.Sprintf("ld_dir('%s', '%s', '%s'); rdf_loader_run(); checkpoint;", filepath.Dir(data), filepath.Base(data), schema.DefaultGraph)
	if out, err := exec.CommandContext(ctx, bins.ISQL, fmt.Sprintf("127.0.0.1:%d", sqlPort), "dba", "dba", "exec="+script).CombinedOutput(); err != nil {
		s.Stop()
		return nil, 0, fmt.Errorf("loadtest: virtuoso load: %w\n%s", err, out)
	}
	return s, time.Since(begin).Seconds(), nil
}

// VirtuosoINI is the configuration of a Virtuoso that keeps its database in
// dir/db, may read files under dataDir, and listens on loopback only.
func VirtuosoINI(dir, dataDir string, sqlPort, httpPort int) string {
	return fmt.Sprintf(virtuosoINI, dir, sqlPort, dataDir, httpPort, dir)
}

const virtuosoINI = `[Database]
DatabaseFile = %[1]s/db/virtuoso.db
ErrorLogFile = %[1]s/db/virtuoso.log
LockFile = %[1]s/db/virtuoso.lck
TransactionFile = %[1]s/db/virtuoso.trx
xa_persistent_file = %[1]s/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = %[1]s/db/virtuoso-temp.db
TransactionFile = %[1]s/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:%[2]d
DisableUnixSocket = 1
MaxClientConnections = 32
CheckpointInterval = 60
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
ThreadsPerQuery = 2
MaxQueryMem = 2G
DirsAllowed = ., %[3]s
UseAIO = 0

[HTTPServer]
ServerPort = 127.0.0.1:%[4]d
ServerRoot = %[5]s
MaxClientConnections = 32
ServerThreads = 16

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
`

// RSS is a process's resident memory in bytes, 0 if unknown.
func RSS(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// Machine describes where a run happens: cores, CPU, memory, Go.
func Machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		if l, _, ok := strings.Cut(string(b), "\n"); ok {
			mem = strings.Join(strings.Fields(l)[1:], " ")
		}
	}
	return fmt.Sprintf("%d cores (%s), %s memory, %s %s/%s", runtime.NumCPU(), cpu, mem, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// VirtuosoVersion is the version line virtuoso-t prints, "" when bin is.
func VirtuosoVersion(bin string) string {
	if bin == "" {
		return ""
	}
	out, _ := exec.Command(bin, "-?").CombinedOutput()
	lines := strings.SplitN(string(out), "\n", 3)
	return strings.TrimSpace(lines[min(1, len(lines)-1)])
}

// MemAvailable is the memory the kernel says is available for new work, in
// bytes, 0 if unknown.
func MemAvailable() int64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "MemAvailable:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// Memory a system needs to hold a graph of some quads, estimated from what
// it held at 10^6 quads on this machine (issue 16): Cayley's `cayley
// load` and `cayley http` on bolt about 270 MiB, the file paged in on
// demand; Virtuoso about 920 MiB, at most its buffer pool (NumberOfBuffers
// in VirtuosoINI, 8 KiB pages) plus the server; telcograph's memory://
// store, Cayley's memstore under the serving index, about 1.5 GiB.
const (
	cayleyBytesPerQuad   = 300
	virtuosoBytesPerQuad = 1000
	virtuosoBufferPool   = 340000 * 8 << 10
	memoryBytesPerQuad   = 1600
	processBase          = 512 << 20
)

// MemoryNeed estimates the bytes what ("cayley", "virtuoso" or "memory")
// needs to load and serve a graph of quads.
func MemoryNeed(what string, quads int) int64 {
	q := int64(quads)
	switch what {
	case "cayley":
		return processBase + cayleyBytesPerQuad*q
	case "virtuoso":
		return processBase + min(virtuosoBytesPerQuad*q, virtuosoBufferPool)
	case "memory":
		return processBase + memoryBytesPerQuad*q
	}
	return processBase
}

// fits reports whether what needs at most three quarters of the memory
// available now, and says how much it needs of how much, for the report.
func fits(what string, quads int) (bool, string) {
	need, avail := MemoryNeed(what, quads), MemAvailable()
	how := fmt.Sprintf("it needs about %.1f GiB at this size and %.1f GiB were available (it runs when it needs at most three quarters)",
		float64(need)/(1<<30), float64(avail)/(1<<30))
	return avail == 0 || need <= avail/4*3, how
}
