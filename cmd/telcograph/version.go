package main

import (
	"runtime/debug"
	"strings"
)

// buildVersion is what the binary knows of its own build: the module
// version (from a tagged `go install`, or "(devel)" when built in a clone)
// and the VCS commit and time that `go build` stamps in a git checkout.
type buildVersion struct {
	Module   string
	Commit   string
	Time     string
	Modified bool
}

// version reads the build information of the running binary.
func version() buildVersion {
	v := buildVersion{Module: "(devel)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if bi.Main.Version != "" {
		v.Module = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Commit = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// String is the one-line form: "v1.2.3" or "(devel) commit 0123abc… 2026-12-03T06:00:00Z (modified)".
func (v buildVersion) String() string {
	parts := []string{v.Module}
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
