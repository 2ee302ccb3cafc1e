package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandLine: exit status and message of command lines that stop
// before any benchmark runs.
func TestCommandLine(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.nq")
	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		code   int
		output string // part of stdout or stderr
	}{
		{"help", nil, []string{"help"}, 0, "tgbench all [--quads 10000,100000,1000000] [--seed 7]"},
		{"no command", nil, nil, 2, "Usage:"},
		{"unknown command", nil, []string{"plot"}, 2, `unknown command "plot"`},
		{"all --help lists --seed with its variable", nil, []string{"all", "--help"}, 0, "--seed (default \"7\", env TGBENCH_SEED)"},
		{"a size that is not one", nil, []string{"all", "--quads", "10000,many"}, 2, `--quads: "many" is not a number of quads`},
		{"an unknown peer", nil, []string{"all", "--peers", "neo4j"}, 2, `unknown peer "neo4j"`},
		{"a seed from the environment that is not one", map[string]string{"TGBENCH_SEED": "abc"}, []string{"all"}, 2, `TGBENCH_SEED="abc"`},
		{"run --data lists it", nil, []string{"run", "--help"}, 0, "--data (default \"\", env TGBENCH_DATA)"},
		{"a workload the peer has no query for", nil, []string{"run", "--system", "cayley", "--workload", "W4"}, 2, "--system cayley has no query for --workload W4"},
		{"a data file that is not there", nil, []string{"run", "--data", missing}, 1, "missing.nq"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			out := stdout.String() + stderr.String()
			if code != tt.code || !strings.Contains(out, tt.output) {
				t.Errorf("exit %d, want %d; output %q, want it to contain %q", code, tt.code, out, tt.output)
			}
		})
	}
}
