//go:build unix

package graph_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/synth"
)

// benchBolt names a bolt file that BenchmarkOpenBolt opens instead of
// generating its graphs, e.g. one loaded by `telcograph load` at 10^6
// quads; the file is opened as the server opens it.
var benchBolt = flag.String("bench-bolt", "", "bolt file for BenchmarkOpenBolt instead of generated graphs")

// BenchmarkOpenBolt opens a bolt store as `telcograph serve` does: the index
// build's rate in quads/s (and per second of CPU time), the heap the open store keeps (index, text index
// and caches, after a garbage collection) per 10^6 quads, and how much of
// the bolt file stays resident in the process once the store is open.
func BenchmarkOpenBolt(b *testing.B) {
	if *benchBolt != "" {
		b.Run(filepath.Base(*benchBolt), func(b *testing.B) { benchOpen(b, *benchBolt) })
		return
	}
	for _, n := range sizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "open.db")
			s, err := graph.Open(context.Background(), "bolt://"+path)
			if err != nil {
				b.Fatal(err)
			}
			load(b, s, synth.Generate(synth.Options{Quads: n, Seed: 1}))
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			benchOpen(b, path)
		})
	}
}

func benchOpen(b *testing.B, path string) {
	ctx := context.Background()
	var before, after runtime.MemStats
	var quads int
	var heap, objects, fileRSS, cpu, gc float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&before)
		cpu0 := cpuSeconds(b)
		b.StartTimer()
		s, err := graph.Open(ctx, "bolt://"+path)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cpuSeconds(b) - cpu0
		runtime.GC()
		runtime.ReadMemStats(&after)
		quads += s.Stats().Quads
		heap += float64(after.HeapAlloc) - float64(before.HeapAlloc)
		objects += float64(after.HeapObjects) - float64(before.HeapObjects)
		// What one collection costs while the store is open: every
		// collection marks the whole live index.
		t0 := time.Now()
		runtime.GC()
		gc += time.Since(t0).Seconds()
		fileRSS += residentKiB(b, path)
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	n := float64(b.N)
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	// On a shared machine the wall clock counts other processes' turns;
	// quads per second of this process's CPU time (the collector's workers
	// included) does not.
	b.ReportMetric(float64(quads)/cpu, "quads/cpu-s")
	b.ReportMetric(heap/n/(1<<20)/(float64(quads)/n/1e6), "heapMiB/Mquads")
	b.ReportMetric(objects/n/(float64(quads)/n/1e6), "objects/Mquads")
	b.ReportMetric(gc/n*1000, "gc-ms")
	b.ReportMetric(fileRSS/n/1024, "fileRSS-MiB")
}

// residentKiB is how much of the file at path this process's mappings hold
// in memory, from /proc/self/smaps; 0 where there is none.
func residentKiB(b *testing.B, path string) float64 {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return 0
	}
	defer f.Close()
	abs, _ := filepath.Abs(path)
	var kib float64
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			in = len(fields) == 6 && fields[5] == abs
		case in && len(fields) >= 2 && fields[0] == "Rss:":
			v, err := strconv.ParseFloat(fields[1], 64)
			if err != nil {
				b.Fatalf("smaps: %v", err)
			}
			kib += v
		}
	}
	return kib
}

// cpuSeconds is the CPU time this process has used, user and system.
func cpuSeconds(b *testing.B) float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
