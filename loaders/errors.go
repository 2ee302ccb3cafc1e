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

// problems collects errors for one file.
type problems struct {
	file string
	list Problems
}

func (p *problems) add(line int, format string, args ...any) {
	p.list = append(p.list, Problem{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	return p.list
}
