package loaders

import (
	"fmt"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Problem is one error in an input file, at a line.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg) }

// Problems is every error found in one input; it matches schema.ErrInvalid.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Unwrap makes Problems match schema.ErrInvalid.
func (ps Problems) Unwrap() error { return schema.ErrInvalid }

// Collector gathers the problems of one input file as a reader finds them,
// so the reader can go on and report them all at once. Its zero value,
// with File set, is ready to use; it is not safe for concurrent use.
type Collector struct {
	File     string
	Problems Problems
}

// Add records a problem at line of the collector's file.
func (c *Collector) Add(line int, format string, args ...any) {
	c.Problems = append(c.Problems, Problem{File: c.File, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Err is the problems found so far as an error (a Problems), or nil if none.
func (c *Collector) Err() error {
	if len(c.Problems) == 0 {
		return nil
	}
	return c.Problems
}
