package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
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
	authOK                         // the server's token
)

// AdminTokenID is the id of Config.Token: the name the audit trail gives
// whoever holds it.
const AdminTokenID = "admin"

// authenticator checks bearer tokens against the one the server was
// started with. It keeps only the token's SHA-256 digest and compares
// digests in constant time, so neither the token's bytes nor its length
// show in the time a check takes. Each token has an id, which the audit
// trail records in its place.
type authenticator struct {
	tokens []tokenDigest
}

type tokenDigest struct {
	id     string
	digest [sha256.Size]byte
}

func newAuthenticator(token string) authenticator {
	if token == "" {
		return authenticator{}
	}
	return authenticator{tokens: []tokenDigest{{id: AdminTokenID, digest: sha256.Sum256([]byte(token))}}}
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

// authorize lets a mutation run only by POST (406 otherwise, as gqlgen's
// GET transport would answer, but before the token is looked at) and only
// with the server's token: 401 UNAUTHENTICATED without it or with another,
// 403 FORBIDDEN when the server has no token. Queries need no token. It
// returns the status it chose, 0 when the operation may run.
func authorize(ctx context.Context, op *ast.OperationDefinition) (int, *gqlerror.Error) {
	if op == nil || op.Operation != ast.Mutation {
		return 0, nil
	}
	st := stateOf(ctx)
	if st == nil {
		st = &requestState{auth: authDisabled}
	}
	var status int
	var msg, code string
	switch {
	case st.method == http.MethodGet:
		status, code, msg = http.StatusNotAcceptable, CodeBadRequest, "mutations must be sent by POST; GET runs queries only"
	case st.auth == authOK:
		return 0, nil
	case st.auth == authDisabled:
		status, code, msg = http.StatusForbidden, CodeForbidden, "mutations are disabled: the server was started without a token"
	case st.auth == authMissing:
		status, code, msg = http.StatusUnauthorized, CodeUnauthorized, "mutations need an Authorization: Bearer <token> header"
	default:
		status, code, msg = http.StatusUnauthorized, CodeUnauthorized, "the bearer token is not valid"
	}
	setStatus(ctx, status)
	return status, &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": code}}
}

// authorized reports whether ctx belongs to a request with the server's
// token; mutation resolvers check it again in case they are reached some
// other way than through the HTTP guard.
func authorized(ctx context.Context) bool {
	st := stateOf(ctx)
	return st != nil && st.auth == authOK
}
