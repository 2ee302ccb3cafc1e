package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"net/http"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// authResult is what a request's credentials amount to.
type authResult int

const (
	authDisabled authResult = iota // the server has no token: mutations are off
	authMissing                    // no bearer token in the request
	authWrong                      // a bearer token other than the server's
	authOK                         // one of the server's tokens
)

// AdminTokenID is the id of Config.Token: the name the audit trail gives
// whoever holds it.
const AdminTokenID = "admin"

// authenticator checks bearer tokens against those the server was started
// with. It keeps only each token's SHA-256 digest and compares digests in
// constant time, so neither a token's bytes nor its length show in the time
// a check takes. Each token has an id, which the audit trail records in its
// place, and a role.
type authenticator struct {
	tokens []tokenDigest
}

type tokenDigest struct {
	id     string
	role   Role
	digest [sha256.Size]byte
}

// newAuthenticator knows token (when not empty) as AdminTokenID, an admin,
// and every token of more.
func newAuthenticator(token string, more []Token) authenticator {
	var a authenticator
	if token != "" {
		a.tokens = append(a.tokens, tokenDigest{id: AdminTokenID, role: RoleAdmin, digest: sha256.Sum256([]byte(token))})
	}
	for _, t := range more {
		a.tokens = append(a.tokens, tokenDigest{id: t.ID, role: t.Role, digest: sha256.Sum256([]byte(t.Secret))})
	}
	return a
}

// check reads the Authorization header of r; with authOK it returns the
// token's id.
func (a authenticator) check(r *http.Request) (authResult, string) {
	if len(a.tokens) == 0 {
		return authDisabled, ""
	}
	h := r.Header.Get("Authorization")
	scheme, tok, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(tok) == "" {
		return authMissing, ""
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	id := ""
	for _, t := range a.tokens { // every digest compared, whichever matches
		if subtle.ConstantTimeCompare(got[:], t.digest[:]) == 1 {
			id = t.id
		}
	}
	if id == "" {
		return authWrong, ""
	}
	return authOK, id
}

// role is the role of the token with id; RoleNone for none.
func (a authenticator) role(id string) Role {
	for _, t := range a.tokens {
		if t.id == id && id != "" {
			return t.role
		}
	}
	return RoleNone
}

// fieldRoles are the root fields that need a role; any other root field of
// a query is public, and any other mutation needs RoleAdmin.
var fieldRoles = map[string]Role{
	"candidates": RoleReader, "candidate": RoleReader, "history": RoleReader,
	"ingestArticle": RoleCurator, "acceptCandidate": RoleCurator, "rejectCandidate": RoleCurator,
}

// needs is the role op needs, and the root field that needs it.
func needs(op *ast.OperationDefinition) (Role, string) {
	need, field := RoleNone, ""
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				r, ok := fieldRoles[s.Name]
				if !ok && op.Operation == ast.Mutation && !strings.HasPrefix(s.Name, "__") {
					r = RoleAdmin
				}
				if r > need {
					need, field = r, s.Name
				}
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				if s.Definition != nil {
					walk(s.Definition.SelectionSet)
				}
			}
		}
	}
	walk(op.SelectionSet)
	if op.Operation == ast.Mutation && need < RoleCurator {
		need = RoleCurator
	}
	return need, field
}

// authorize lets a mutation run only by POST (406 otherwise, as gqlgen's
// GET transport would answer, but before the token is looked at), and an
// operation whose root fields need a role (mutations; the review queue's
// queries) only with a token of that role or a higher one: 401
// UNAUTHENTICATED without a token or with an unknown one, 403 FORBIDDEN
// with a token of a lower role or when the server has no token. Other
// queries need no token. It returns the status it chose, 0 when the
// operation may run.
func authorize(ctx context.Context, op *ast.OperationDefinition) (int, *gqlerror.Error) {
	if op == nil {
		return 0, nil
	}
	need, field := needs(op)
	if need == RoleNone {
		return 0, nil
	}
	st := stateOf(ctx)
	if st == nil {
		st = &requestState{auth: authDisabled}
	}
	what := "mutations"
	if op.Operation != ast.Mutation {
		what = field
	}
	var status int
	var msg, code string
	switch {
	case op.Operation == ast.Mutation && st.method == http.MethodGet:
		status, code, msg = http.StatusNotAcceptable, CodeBadRequest, "mutations must be sent by POST; GET runs queries only"
	case st.auth == authOK && st.role >= need:
		return 0, nil
	case st.auth == authOK:
		status, code, msg = http.StatusForbidden, CodeForbidden,
			fmt.Sprintf("%s needs the %s role (or a higher one); token %q has the %s role", field, need, st.token, st.role)
	case st.auth == authDisabled:
		status, code, msg = http.StatusForbidden, CodeForbidden, what+" are disabled: the server was started without a token"
		if op.Operation != ast.Mutation {
			msg = what + " is disabled: the server was started without a token"
		}
	case st.auth == authMissing:
		status, code, msg = http.StatusUnauthorized, CodeUnauthorized, what+" need an Authorization: Bearer <token> header"
		if op.Operation != ast.Mutation {
			msg = what + " needs an Authorization: Bearer <token> header (a token of the " + need.String() + " role or higher)"
		}
	default:
		status, code, msg = http.StatusUnauthorized, CodeUnauthorized, "the bearer token is not valid"
	}
	setStatus(ctx, status)
	return status, &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": code}}
}

// allowed reports whether ctx belongs to a request with a token of role
// at least need; resolvers check it again in case they are reached some
// other way than through the HTTP guard.
func allowed(ctx context.Context, need Role) bool {
	st := stateOf(ctx)
	return st != nil && st.auth == authOK && st.role >= need
}

// private marks the request's answer as one the response cache must not
// keep: it carries review data.
func private(ctx context.Context) {
	if st := stateOf(ctx); st != nil {
		st.private.Store(true)
	}
}
