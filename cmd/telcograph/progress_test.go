package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// fakeTerminal is a stderr that says it is a terminal.
type fakeTerminal struct{ bytes.Buffer }

func (*fakeTerminal) IsTerminal() bool { return true }

// TestLoadProgress loads a 100k-quad article-facts file (one file, so a bar
// counting files would show 1/1 and nothing until the end): on a terminal
// the bar moves while the file is parsed and while its quads are written,
// and ends at the totals; anywhere else load draws nothing and prints its
// summary line.
func TestLoadProgress(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.yaml")
	if code, _, stderr := runCmd(t, "gen", "--quads", "100000", "--format", "yaml", "--out", big); code != 0 {
		t.Fatalf("gen: exit %d: %s", code, stderr)
	}

	t.Run("terminal", func(t *testing.T) {
		var stdout bytes.Buffer
		stderr := &fakeTerminal{}
		if code := run(context.Background(), []string{"load", "--store", "memory://", big}, &stdout, stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		frames := strings.Split(stderr.String(), "\r")
		parsed := framesOf(t, frames, `parsing big\.yaml ([0-9.]+ [KM]iB)/([0-9.]+ [KM]iB)`)
		written := framesOf(t, frames, `writing (\d+)/(\d+) quads`)
		if len(parsed) < 10 {
			t.Errorf("%d parsing frames, want at least 10:\n%q", len(parsed), parsed)
		}
		if len(written) < 10 {
			t.Errorf("%d writing frames, want at least 10:\n%q", len(written), written)
		}
		// Each ends at its total, having gone up one frame after another.
		for _, fs := range [][][2]string{parsed, written} {
			if len(fs) == 0 {
				continue
			}
			if last := fs[len(fs)-1]; last[0] != last[1] {
				t.Errorf("last frame %s/%s, want the total", last[0], last[1])
			}
		}
		prev := -1
		for _, f := range written {
			n, _ := strconv.Atoi(f[0])
			if n <= prev {
				t.Errorf("writing went from %d to %d", prev, n)
			}
			prev = n
		}
		m := regexp.MustCompile(`\+(\d+) -0 quads`).FindStringSubmatch(stdout.String())
		if m == nil || written[len(written)-1][1] != m[1] {
			t.Errorf("the bar's total %v is not the summary's quads added: %q", written[len(written)-1], stdout.String())
		}
	})
	t.Run("not a terminal", func(t *testing.T) {
		code, stdout, stderr := runCmd(t, "load", "--store", "memory://", big)
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "loaded 1 files: ") || strings.Count(stdout, "\n") != 1 {
			t.Errorf("exit %d, stdout %q, stderr %q; want exit 0, one summary line and nothing on stderr", code, stdout, stderr)
		}
	})
}

// framesOf is the figures (done, total) of the frames that match re.
func framesOf(t *testing.T, frames []string, re string) [][2]string {
	t.Helper()
	var out [][2]string
	for _, f := range frames {
		if m := regexp.MustCompile(re).FindStringSubmatch(f); m != nil {
			out = append(out, [2]string{m[1], m[2]})
		}
	}
	return out
}
