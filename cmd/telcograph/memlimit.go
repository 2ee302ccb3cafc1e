package main

import (
	"fmt"
	"log/slog"
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
)

// memoryLimit is serve's --memory-limit: the soft limit on the Go runtime's
// memory (debug.SetMemoryLimit), set once the serving index is built.
// "auto" sets it from the heap the open store keeps; "off" sets none; a
// size ("512MiB", "2GiB", "400MB", or bytes) sets that.
//
// Why a limit by default: the garbage collector lets the heap grow to twice
// what the last collection marked, and under load a collection of a large
// index takes long enough that what requests allocate meanwhile is marked
// too (at 10^6 quads: about 160 MiB live, 200-235 MB marked), so without a
// limit a server that is 240 MiB resident when ready sits at 500-550 MiB
// after a benchmark, mostly garbage and freed pages the runtime has not yet
// returned. The limit makes the collector run earlier and return freed
// pages to the system when the heap nears it, at the price of more
// collections under load (BENCHMARKS.md, "Memory").
type memoryLimit struct {
	auto  bool
	bytes int64 // 0 with auto false: no limit
}

// Auto leaves room above the live heap twice as large as the live heap,
// but at least autoRoomMin, so a small graph does not collect garbage on
// every request, and at most autoRoomMax, so a large one (about 1.7 GiB
// live at 10^7 quads) stays well inside the memory it was sized for; and
// it sets GOGC to autoGCPercent (unless the environment sets GOGC), so the
// collector's own target is as far up as the limit. At 10^6 quads this
// runs the collector half as often as room of one live heap did: W2 and W3
// at concurrency 16 served 15-25% more requests for 370 instead of 267 MiB
// resident (server/loadtest/NOTES.md, "Fourth pass").
const (
	autoRoomMin   = 192 << 20
	autoRoomMax   = 1 << 30
	autoGCPercent = 200
)

func (m *memoryLimit) String() string {
	switch {
	case m == nil || m.auto:
		return "auto"
	case m.bytes == 0:
		return "off"
	}
	return strconv.FormatInt(m.bytes, 10)
}

// Set parses "auto", "off" (or "0"), or a size: a whole number of bytes
// with an optional unit B, KiB, MiB, GiB, TiB, or KB, MB, GB, TB.
func (m *memoryLimit) Set(v string) error {
	v = strings.TrimSpace(v)
	switch strings.ToLower(v) {
	case "auto":
		*m = memoryLimit{auto: true}
		return nil
	case "off", "0":
		*m = memoryLimit{}
		return nil
	}
	num := strings.TrimRightFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.TrimSpace(v[len(num):])
	units := map[string]int64{
		"": 1, "b": 1,
		"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40,
		"kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12,
	}
	mul, ok := units[strings.ToLower(unit)]
	n, err := strconv.ParseInt(num, 10, 64)
	if !ok || err != nil || n <= 0 || n > math.MaxInt64/mul {
		return fmt.Errorf("%q is not auto, off or a size such as 512MiB or 2GiB", v)
	}
	*m = memoryLimit{bytes: n * mul}
	return nil
}

// apply returns the garbage of the index build to the system and sets the
// limit; call it once the store is open. A limit set by GOMEMLIMIT is kept
// when m is auto.
func (m memoryLimit) apply(log *slog.Logger) {
	debug.FreeOSMemory()
	live := liveHeap()
	limit := m.bytes
	if m.auto {
		if prev := debug.SetMemoryLimit(-1); prev != math.MaxInt64 {
			log.Info("memory limit", "limit_mib", prev>>20, "from", "GOMEMLIMIT", "live_heap_mib", live>>20)
			return
		}
		limit = autoLimit(live)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(autoGCPercent)
		}
	}
	if limit == 0 {
		log.Info("memory limit", "limit", "off", "live_heap_mib", live>>20)
		return
	}
	debug.SetMemoryLimit(limit)
	log.Info("memory limit", "limit_mib", limit>>20, "live_heap_mib", live>>20)
}

// autoLimit is the limit auto sets for a live heap of live bytes.
func autoLimit(live int64) int64 {
	return live + min(max(2*live, autoRoomMin), autoRoomMax)
}

// liveHeap is the heap the last garbage collection found live, in bytes.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}
