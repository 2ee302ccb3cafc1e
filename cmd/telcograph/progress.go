package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/graph/ingest"
)

// progress draws how a load advances, on one line that it redraws: the
// bytes of each input as it is parsed, then the quads as they are written.
// It draws only on a terminal; elsewhere (a file, a pipe, a CI log) it
// writes nothing, and the summary line on stdout says what was done.
type progress struct {
	w        io.Writer
	terminal bool
	line     string // the line on screen, "" when none
	what     string // its step
	pct      int    // its percentage
}

var _ ingest.Progress = (*progress)(nil)

// terminal is what a writer that stands for a terminal (a test's fake)
// implements; isTerminal asks it.
type terminal interface{ IsTerminal() bool }

// isTerminal reports whether w is a terminal: a character device, or a
// writer that says it is one.
func isTerminal(w io.Writer) bool {
	switch w := w.(type) {
	case terminal:
		return w.IsTerminal()
	case *os.File:
		st, err := w.Stat()
		return err == nil && st.Mode()&os.ModeCharDevice != 0
	}
	return false
}

func newProgress(w io.Writer, terminal bool) *progress {
	return &progress{w: w, terminal: terminal}
}

// Parsing draws the bytes of name parsed so far.
func (p *progress) Parsing(name string, read, size int) {
	p.draw("parsing "+filepath.Base(name), read, size, byteCount, "")
}

// Writing draws the quads written so far.
func (p *progress) Writing(written, total int) {
	p.draw("writing", written, total, strconv.Itoa, " quads")
}

// draw redraws the line when its step or its percentage changed, and at
// the end of a step, so a big file gets about a hundred redraws however
// often it is called.
func (p *progress) draw(what string, n, total int, format func(int) string, unit string) {
	if !p.terminal {
		return
	}
	const width = 30
	total = max(total, 1)
	n = min(max(n, 0), total)
	pct := 100 * n / total
	if p.line != "" && what == p.what && pct == p.pct && n < total {
		return
	}
	fill := width * n / total
	line := fmt.Sprintf("[%s%s] %3d%% %s %s/%s%s", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), pct, what,
		format(n), format(total), unit)
	if line == p.line {
		return
	}
	p.line, p.what, p.pct = line, what, pct
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

// done ends the line drawn, if any.
func (p *progress) done() {
	if p.line != "" {
		fmt.Fprintln(p.w)
		p.line = ""
	}
}

// byteCount spells a number of bytes as KiB or MiB with one decimal.
func byteCount(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
