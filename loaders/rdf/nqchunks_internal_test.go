package rdf

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders"
)

// problemLines is err's problems as "file:line: msg" strings.
func problemLines(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var ps loaders.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %v is not loaders.Problems", err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

// TestReadNQuadsChunks checks that parsing a file in parts gives what
// parsing it in one does: the same sources, or the same problems in file
// order, cut at maxProblems the same way, wherever the parts start.
func TestReadNQuadsChunks(t *testing.T) {
	good := func(i int) string {
		return fmt.Sprintf(`<https://e.org/s%d> <https://e.org/p%d> "v%d" <https://e.org/src%d> .`, i%37, i%5, i, i%11)
	}
	bnode := func(i int) string {
		return fmt.Sprintf(`_:b%d <https://e.org/p> _:c%d <https://e.org/src%d> .`, i%7, i%3, i%11)
	}
	bad := func(i int) string { return fmt.Sprintf(`<https://e.org/s%d> <https://e.org/p> "y" .`, i) }
	lines := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			switch {
			case f != nil && i%3 == 1:
				b.WriteString(f(i))
			case i%13 == 0:
				b.WriteString("# comment")
			case i%17 == 0:
				b.WriteString("   ")
			case i%4 == 0:
				b.WriteString(bnode(i))
			default:
				b.WriteString(good(i))
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	tests := []struct {
		name, input string
		problems    int // want this many problems (0: none)
	}{
		{"valid", lines(500, nil), 0},
		{"valid, no final newline", strings.TrimSuffix(lines(500, nil), "\n"), 0},
		{"empty", "", 0},
		{"some problems", lines(60, bad), 20},
		{"too many problems", lines(600, bad), maxProblems + 1},
		{"one problem late", lines(400, nil) + bad(1) + "\n" + lines(10, nil), 1},
		{"not utf-8 and syntax", lines(50, nil) + "<https://e.org/s> \xff\n<https://e.org/s> <https://e.org/p>\n" + lines(50, nil), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, werr := readNQuadsChunks("a.nq", []byte(tt.input), 1, nil)
			wantProblems := problemLines(t, werr)
			if len(wantProblems) != tt.problems {
				t.Fatalf("one part: %d problems, want %d: %q", len(wantProblems), tt.problems, wantProblems)
			}
			for _, n := range []int{2, 3, 7, 64, 1000} {
				read := 0
				got, err := readNQuadsChunks("a.nq", []byte(tt.input), n, func(r int) {
					if r < read || r > len(tt.input) {
						t.Errorf("%d parts: progress %d after %d of %d", n, r, read, len(tt.input))
					}
					read = r
				})
				if diff := cmp.Diff(wantProblems, problemLines(t, err)); diff != "" {
					t.Errorf("%d parts: problems (-one part +parts):\n%s", n, diff)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%d parts: sources (-one part +parts):\n%s", n, diff)
				}
				if read != len(tt.input) {
					t.Errorf("%d parts: progress ended at %d of %d", n, read, len(tt.input))
				}
			}
		})
	}
}

// TestReadNQuadsTooManyProblems pins where the cut falls: after the
// maxProblems-th problem's line, and not past the file's last line.
func TestReadNQuadsTooManyProblems(t *testing.T) {
	bad := strings.Repeat("<https://e.org/s> <https://e.org/p> \"y\" .\n", maxProblems)
	msg := func(line int) string {
		return fmt.Sprintf(`a.nq:%d: quad <https://e.org/s> <https://e.org/p> "y" has no label: the fourth term must be its source IRI`, line)
	}
	var upTo100 []string
	for i := 1; i <= maxProblems; i++ {
		upTo100 = append(upTo100, msg(i))
	}
	stop := fmt.Sprintf("a.nq:%d: too many problems; stopping", maxProblems+1)
	for _, tt := range []struct {
		name, input string
		want        []string
	}{
		{"final newline", bad, append(upTo100[:maxProblems:maxProblems], stop)},
		{"no final newline", strings.TrimSuffix(bad, "\n"), upTo100},
		{"more after", bad + bad, append(upTo100[:maxProblems:maxProblems], stop)},
	} {
		for _, n := range []int{1, 2, 5} {
			_, err := readNQuadsChunks("a.nq", []byte(tt.input), n, nil)
			if diff := cmp.Diff(tt.want, problemLines(t, err)); diff != "" {
				t.Errorf("%s, %d parts: problems (-want +got):\n%s", tt.name, n, diff)
			}
		}
	}
}

// TestReadNQuadsChunksShareIRIs checks that an IRI named in several parts
// is one string in the result, as it is when read in one part.
func TestReadNQuadsChunksShareIRIs(t *testing.T) {
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "<https://e.org/s> <https://e.org/p> \"%d\" <https://e.org/src> .\n", i)
	}
	srcs, err := readNQuadsChunks("a.nq", []byte(b.String()), 4, nil)
	if err != nil {
		t.Fatal(err)
	}
	ptrs := map[*byte]bool{}
	for _, s := range srcs {
		for _, q := range s.Quads {
			if q.Subject == quad.IRI("https://e.org/s") {
				ptrs[unsafe.StringData(string(q.Subject.(quad.IRI)))] = true
			}
		}
	}
	if len(ptrs) != 1 {
		t.Errorf("subject held in %d strings, want 1", len(ptrs))
	}
}
