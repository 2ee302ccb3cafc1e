package main

import (
	"runtime/debug"

	"github.com/telcograph/telcograph/server"
)

// version reads the running binary's build information: the module version
// (from a tagged `go install`, or "(devel)" when built in a clone) and the
// VCS commit and time that `go build` stamps in a git checkout.
func version() server.Version {
	v := server.Version{Module: "(devel)"}
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
