package server_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/server"
)

// TestReadTokens reads tokens files: good ones, and every kind of problem
// reported as file:line: message.
func TestReadTokens(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		want     []server.Token
		problems []string
	}{
		{"roles and comments", "# team\n\nrita reader r-secret\ncarl\tcurator  c-secret\nada admin a-secret\n", []server.Token{
			{ID: "rita", Role: server.RoleReader, Secret: "r-secret"},
			{ID: "carl", Role: server.RoleCurator, Secret: "c-secret"},
			{ID: "ada", Role: server.RoleAdmin, Secret: "a-secret"},
		}, nil},
		{"empty", "", nil, nil},
		{"every problem", "rita reader\nbob owner b-secret\nrita curator x\nann admin r\nadmin admin zz\nann2 reader r\ncid curator c d\n", nil, []string{
			"tokens:1: want 3 fields, <id> <role> <token>; got 2",
			`tokens:2: unknown role "owner": want reader, curator or admin`,
			"tokens:6: this token is used on line 4 too",
			`tokens:5: id "admin" is the --token's; choose another`,
			"tokens:7: want 3 fields, <id> <role> <token>; got 4",
		}},
		{"duplicate id", "rita reader a\nrita curator b\n", nil, []string{`tokens:2: id "rita" is used on line 1 too`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := server.ReadTokens("tokens", []byte(tt.data))
			var ps loaders.Problems
			if errors.As(err, &ps) {
				var msgs []string
				for _, p := range ps {
					msgs = append(msgs, p.String())
				}
				if diff := cmp.Diff(tt.problems, msgs, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
					t.Errorf("problems (-want +got):\n%s", diff)
				}
				if got != nil {
					t.Errorf("a file with problems gave tokens %+v", got)
				}
				return
			}
			if err != nil || tt.problems != nil {
				t.Fatalf("err %v, want problems %v", err, tt.problems)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
		})
	}
}
