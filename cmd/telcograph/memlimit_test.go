package main

import (
	"log/slog"
	"math"
	"runtime/debug"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMemoryLimitSet(t *testing.T) {
	tests := []struct {
		in      string
		want    memoryLimit
		wantErr bool
	}{
		{in: "auto", want: memoryLimit{auto: true}},
		{in: "AUTO", want: memoryLimit{auto: true}},
		{in: "off", want: memoryLimit{}},
		{in: "0", want: memoryLimit{}},
		{in: "512MiB", want: memoryLimit{bytes: 512 << 20}},
		{in: "2GiB", want: memoryLimit{bytes: 2 << 30}},
		{in: "400 MB", want: memoryLimit{bytes: 400e6}},
		{in: "1048576", want: memoryLimit{bytes: 1 << 20}},
		{in: "64kib", want: memoryLimit{bytes: 64 << 10}},
		{in: "1.5GiB", wantErr: true},
		{in: "-1", wantErr: true},
		{in: "MiB", wantErr: true},
		{in: "12 parsecs", wantErr: true},
		{in: "99999999999TiB", wantErr: true},
		{in: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := memoryLimit{auto: true, bytes: 7}
			err := got.Set(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Set(%q): err = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(memoryLimit{})); diff != "" {
				t.Errorf("Set(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestAutoLimit(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name       string
		live, want int64
	}{
		{"small graph: 192MiB of room", 10 * mib, 202 * mib},
		{"10^6 quads: three times the live heap", 123 * mib, 369 * mib},
		{"10^7 quads: 1GiB of room", 1700 * mib, 2724 * mib},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := autoLimit(tt.live); got != tt.want {
				t.Errorf("autoLimit(%d MiB) = %d MiB, want %d MiB", tt.live/mib, got/mib, tt.want/mib)
			}
		})
	}
}

// TestAutoRaisesGOGC: auto sets GOGC to autoGCPercent, unless the
// environment sets GOGC, which then stays the collector's target.
func TestAutoRaisesGOGC(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	log := slog.New(slog.DiscardHandler)

	t.Setenv("GOGC", "")
	(&memoryLimit{auto: true}).apply(log)
	if got := debug.SetGCPercent(100); got != autoGCPercent {
		t.Errorf("auto without GOGC: GC percent %d, want %d", got, autoGCPercent)
	}

	t.Setenv("GOGC", "100")
	debug.SetMemoryLimit(math.MaxInt64)
	(&memoryLimit{auto: true}).apply(log)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("auto with GOGC=100: GC percent %d, want 100", got)
	}
}
