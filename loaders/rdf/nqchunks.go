package rdf

import (
	"bytes"
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/loaders"
)

// minChunk is the least number of bytes worth a parser of its own: a
// smaller file is parsed on one goroutine.
const minChunk = 1 << 20

// nqChunk is what parsing one line-aligned part of an N-Quads file found:
// its valid quads in file order (interned in its own interner) and its
// problems in file order, at most maxProblems of them.
type nqChunk struct {
	start, end int // byte range in the file
	first      int // 0-based index of its first line
	qs         []quad.Quad
	problems   []loaders.Problem
	in         interner
}

// splitChunks cuts data into at most n parts that each start at a line's
// start, each with the index of its first line.
func splitChunks(data []byte, n int) []*nqChunk {
	n = max(1, n)
	var cs []*nqChunk
	start, line := 0, 0
	for i := 1; i <= n && start <= len(data); i++ {
		end := len(data)
		if i < n {
			end = max(start, len(data)*i/n)
			if j := bytes.IndexByte(data[end:], '\n'); j >= 0 {
				end += j + 1
			} else {
				end = len(data)
			}
		}
		cs = append(cs, &nqChunk{start: start, end: end, first: line, in: interner{}})
		line += bytes.Count(data[start:end], []byte("\n"))
		start = end
		if end == len(data) {
			break
		}
	}
	return cs
}

// parseChunks parses the N-Quads lines of data on GOMAXPROCS goroutines
// (one part per MiB at most; chunks, when positive, sets how many parts
// instead; tests use it) and returns
// the valid quads and the problems as parsing it line by line in file
// order would: the first maxProblems problems, then "too many problems;
// stopping" at the line after the last of them, if there is one. progress
// is called from the caller's goroutine with the bytes parsed so far.
func parseChunks(name string, data []byte, chunks int, progress func(read int)) ([]quad.Quad, loaders.Problems) {
	if chunks <= 0 {
		chunks = min(runtime.GOMAXPROCS(0), len(data)/minChunk)
	}
	cs := splitChunks(data, chunks)
	parsed := make(chan int, 64)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.parse(name, data, parsed)
		}()
	}
	go func() {
		wg.Wait()
		close(parsed)
	}()
	read := 0
	for n := range parsed {
		if read += n; progress != nil {
			progress(min(read, len(data)))
		}
	}
	// The problems in file order, cut as the line by line reader cut them.
	var ps loaders.Problems
	lines := bytes.Count(data, []byte("\n")) + 1 // bytes.Split's parts
	for _, c := range cs {
		for _, p := range c.problems {
			if len(ps) == maxProblems {
				break
			}
			ps = append(ps, p)
		}
	}
	if len(ps) == maxProblems && ps[len(ps)-1].Line < lines {
		ps = append(ps, loaders.Problem{File: name, Line: ps[len(ps)-1].Line + 1, Msg: "too many problems; stopping"})
	}
	if len(ps) > 0 {
		return nil, ps
	}
	return joinChunks(cs), nil
}

// parse reads c's lines, sending how many bytes it parsed every 1024
// lines. It stops at its maxProblems-th problem: no later line's problem
// can be reported.
func (c *nqChunk) parse(name string, data []byte, parsed chan<- int) {
	p := &loaders.Collector{File: name}
	sent, n := c.start, c.first
	for off := c.start; off < c.end; n++ {
		end := c.end
		if j := bytes.IndexByte(data[off:c.end], '\n'); j >= 0 {
			end = off + j
		}
		line := data[off:end]
		off = end + 1
		if n%1024 == 1023 {
			parsed <- min(off, c.end) - sent
			sent = min(off, c.end)
		}
		if len(p.Problems) >= maxProblems {
			break
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if !utf8.Valid(line) {
			p.Add(n+1, "not UTF-8")
			continue
		}
		q, err := parseNQuad(string(line))
		if err != nil {
			p.Add(n+1, "%v", err)
			continue
		}
		if msg := checkQuad(q); msg != "" {
			p.Add(n+1, "%s", msg)
			continue
		}
		if len(p.Problems) == 0 {
			c.qs = append(c.qs, c.in.quad(skolemise(q)))
		}
	}
	parsed <- c.end - sent
	c.problems = p.Problems
	if len(c.problems) > 0 {
		c.qs, c.in = nil, nil
	}
}

// joinChunks is the chunks' quads in file order, each IRI shared by all
// of them: the first chunk's interner takes the others' IRIs, and each
// other chunk's quads are rewritten to its values, in parallel.
func joinChunks(cs []*nqChunk) []quad.Quad {
	if len(cs) == 1 {
		return cs[0].qs
	}
	all := cs[0].in
	for _, c := range cs[1:] {
		for s, v := range c.in {
			if _, ok := all[s]; !ok {
				all[s] = v
			}
		}
	}
	total := 0
	for _, c := range cs {
		total += len(c.qs)
	}
	out := make([]quad.Quad, total)
	var wg sync.WaitGroup
	at := 0
	for i, c := range cs {
		dst := out[at : at+len(c.qs)]
		at += len(c.qs)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 0 {
				copy(dst, c.qs)
				return
			}
			for j, q := range c.qs {
				dst[j] = all.quad(q)
			}
		}()
		cs[i].in = nil
	}
	wg.Wait()
	for _, c := range cs {
		c.qs = nil
	}
	return out
}
