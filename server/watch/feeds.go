package watch

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/telcograph/telcograph/loaders"
)

// ReadFeeds parses a feeds file: one feed URL (http or https, RSS 2.0 or
// Atom) per line. Blank lines and lines whose first non-blank character is
// '#' are ignored; anything else on a line besides the URL is an error, as
// is a URL listed twice. name is the file name used in messages. Every
// problem is reported, each as "name:line: message" (loaders.Problems,
// which matches schema.ErrInvalid); on any problem no URL is returned.
func ReadFeeds(name string, data []byte) ([]string, error) {
	var feeds []string
	var problems loaders.Problems
	bad := func(line int, format string, args ...any) {
		problems = append(problems, loaders.Problem{File: name, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	first := make(map[string]int) // URL -> line it was first listed on
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 64*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if f := strings.Fields(text); len(f) > 1 {
			bad(line, "want one feed URL per line, got %d words (start a comment line with #)", len(f))
			continue
		}
		u, err := checkURL(text)
		if err != nil {
			bad(line, "%v", err)
			continue
		}
		if l, dup := first[u]; dup {
			bad(line, "feed %s is already listed on line %d", u, l)
			continue
		}
		first[u] = line
		feeds = append(feeds, u)
	}
	if err := sc.Err(); err != nil {
		bad(line+1, "%v", err)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return feeds, nil
}

// checkURL accepts an absolute http or https URL with a host and returns
// it without its fragment, which is never sent to a server.
func checkURL(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a URL: %w", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("%q is not an http or https URL", s)
	}
	if u.Host == "" {
		return "", fmt.Errorf("%q has no host", s)
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String(), nil
}
