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

// authenticator checks bearer tokens against the one the server was
// started with. It keeps only the token's SHA-256 digest and compares
// digests in constant time, so neither the token's bytes nor its length
// show in the time a check takes.
type authenticator struct {
	digest  [sha256.Size]byte
	enabled bool
}

func newAuthenticator(token string) authenticator {
	if token == "" {
		return authenticator{}
	}
	return authenticator{digest: sha256.Sum256([]byte(token)), enabled: true}
}

// check reads the Authorization header of r.
func (a authenticator) check(r *http.Request) authResult {
	if !a.enabled {
		return authDisabled
	}
	h := r.Header.Get("Authorization")
	scheme, tok, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(tok) == "" {
		return authMissing
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	if subtle.ConstantTimeCompare(got[:], a.digest[:]) != 1 {
		return authWrong
	}
	return authOK
}

// authorize lets a mutation run only with the server's token: 401
// UNAUTHENTICATED without it or with another, 403 FORBIDDEN when the server
// has no token. Queries need no token.
func authorize(ctx context.Context, op *ast.OperationDefinition) *gqlerror.Error {
	if op == nil || op.Operation != ast.Mutation {
		return nil
	}
	st := stateOf(ctx)
	res := authDisabled
	if st != nil {
		res = st.auth
	}
	var status int
	var err *gqlerror.Error
	switch res {
	case authOK:
		return nil
	case authDisabled:
		status = http.StatusForbidden
		err = &gqlerror.Error{Message: "mutations are disabled: the server was started without a token",
			Extensions: map[string]any{"code": CodeForbidden}}
	case authMissing:
		status = http.StatusUnauthorized
		err = &gqlerror.Error{Message: "mutations need an Authorization: Bearer <token> header",
			Extensions: map[string]any{"code": CodeUnauthorized}}
	default:
		status = http.StatusUnauthorized
		err = &gqlerror.Error{Message: "the bearer token is not valid",
			Extensions: map[string]any{"code": CodeUnauthorized}}
	}
	setStatus(ctx, status)
	return err
}

// authorized reports whether ctx belongs to a request with the server's
// token; mutation resolvers check it again in case they are reached some
// other way than through the HTTP guard.
func authorized(ctx context.Context) bool {
	st := stateOf(ctx)
	return st != nil && st.auth == authOK
}
