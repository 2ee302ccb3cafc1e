package graph

import (
	"errors"
	"io/fs"
	"os"
	"strings"
)

// Exists reports whether opening rawURL would find a store that may already
// hold data: a bolt file that is there, or any PostgreSQL server. A memory
// store never exists before it is opened, and neither does a missing bolt
// file, so a command can check its inputs against an empty register without
// opening (and so creating) anything.
func Exists(rawURL string) bool {
	if rawURL == "" {
		rawURL = DefaultURL
	}
	scheme, rest, _ := strings.Cut(rawURL, "://")
	switch scheme {
	case "memory":
		return false
	case "bolt":
		_, err := os.Stat(rest)
		return !errors.Is(err, fs.ErrNotExist)
	}
	return true
}
