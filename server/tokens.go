package server

import (
	"bufio"
	"bytes"
	"strings"

	"github.com/telcograph/telcograph/loaders"
)

// Role is what a bearer token may do. Each role may do what the roles
// below it may.
type Role int

// The roles, lowest first.
const (
	// RoleNone is no token: ordinary queries only.
	RoleNone Role = iota
	// RoleReader may also read the review queue and the history
	// (candidates, candidate, history).
	RoleReader
	// RoleCurator may also ingest articles and accept or reject
	// candidates.
	RoleCurator
	// RoleAdmin may also load facts and RDF, remove sources and restore.
	RoleAdmin
)

var roleNames = []string{"none", "reader", "curator", "admin"}

func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "unknown"
}

// Token is one bearer token the server knows: its id (the name the audit
// trail and history give its holder), its role and its secret.
type Token struct {
	ID     string
	Role   Role
	Secret string
}

// ReadTokens reads a tokens file: one token a line as `<id> <role>
// <token>` separated by spaces or tabs, roles reader, curator or admin,
// with blank lines and '#' comment lines. Every problem (a missing or
// extra field, an unknown role, an id or a token used twice, the id
// AdminTokenID, which --token holds) is reported as name:line: message,
// as loaders.Problems; a file with any problem yields no token.
func ReadTokens(name string, data []byte) ([]Token, error) {
	c := &loaders.Collector{File: name}
	var out []Token
	ids, secrets := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Fields(text)
		if len(f) != 3 {
			c.Add(line, "want 3 fields, <id> <role> <token>; got %d", len(f))
			continue
		}
		role := RoleNone
		for r := RoleReader; r <= RoleAdmin; r++ {
			if f[1] == r.String() {
				role = r
			}
		}
		switch {
		case role == RoleNone:
			c.Add(line, "unknown role %q: want reader, curator or admin", f[1])
		case f[0] == AdminTokenID:
			c.Add(line, "id %q is the --token's; choose another", f[0])
		case ids[f[0]] != 0:
			c.Add(line, "id %q is used on line %d too", f[0], ids[f[0]])
		case secrets[f[2]] != 0:
			c.Add(line, "this token is used on line %d too", secrets[f[2]])
		default:
			ids[f[0]], secrets[f[2]] = line, line
			out = append(out, Token{ID: f[0], Role: role, Secret: f[2]})
		}
	}
	if err := sc.Err(); err != nil {
		c.Add(0, "%v", err)
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
