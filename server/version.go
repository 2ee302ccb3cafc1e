package server

import "strings"

// Version is what a binary knows of its own build (cmd reads it from
// runtime/debug.ReadBuildInfo).
type Version struct {
	Module   string // module version, "(devel)" when built in a clone
	Commit   string // VCS revision, when the build stamped it
	Time     string // VCS commit time
	Modified bool   // built from a tree with uncommitted changes
}

// String is the one-line form: "v1.2.3", or "(devel) commit 0123abc…
// 2026-12-03T06:00:00Z (modified)".
func (v Version) String() string {
	parts := []string{v.Module}
	if v.Module == "" {
		parts[0] = "(devel)"
	}
	if v.Commit != "" {
		parts = append(parts, "commit "+v.Commit)
	}
	if v.Time != "" {
		parts = append(parts, v.Time)
	}
	if v.Modified {
		parts = append(parts, "(modified)")
	}
	return strings.Join(parts, " ")
}
