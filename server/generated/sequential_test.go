package generated

import (
	"bytes"
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestQuotedString: a string written from its place is written byte for
// byte as graphql.MarshalString writes it.
func TestQuotedString(t *testing.T) {
	for _, s := range []string{
		"", "SK Telecom", `a "quoted" word`, `back\slash`, "tab\tnew\nline\rreturn",
		"\x00\x01\x1f control", "Telefónica – “curly” 日本", "\u2028 line separator", "</script>&",
	} {
		var want, got bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		v := s
		(*quotedString)(&v).MarshalGQL(&got)
		if got.String() != want.String() {
			t.Errorf("%q: wrote %s, graphql.MarshalString writes %s", s, got.String(), want.String())
		}
	}
	var null bytes.Buffer
	optString(nil).MarshalGQL(&null)
	if null.String() != "null" {
		t.Errorf("optString(nil) wrote %s", null.String())
	}
}

// TestResolveNowPanics: a resolver that panics, resolved in place, gives
// an error on the response and Null, and the object counts it invalid
// when the field is non-null; without the guard the panic goes on.
func TestResolveNowPanics(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	oc := &graphql.OperationContext{RecoverFunc: graphql.DefaultRecover}
	ctx = graphql.WithOperationContext(ctx, oc)
	fields := []graphql.CollectedField{{Field: &ast.Field{Name: "id", Alias: "id"}}}
	out := graphql.NewFieldSet(fields)
	var deferred graphql.DeferredGroup
	resolveNow(ctx, oc, out, &deferred, 0, fields[0], true, true, func(context.Context) graphql.Marshaler { panic("boom") })
	if out.Values[0] != graphql.Null || out.Invalids != 1 {
		t.Errorf("value %v, invalids %d; want Null and 1", out.Values[0], out.Invalids)
	}
	if errs := graphql.GetErrors(ctx); len(errs) != 1 {
		t.Errorf("errors on the response: %v, want one", errs)
	}
	out = graphql.NewFieldSet(fields)
	resolveNow(ctx, oc, out, &deferred, 0, fields[0], true, false, func(context.Context) graphql.Marshaler { return graphql.Null })
	if out.Invalids != 0 {
		t.Errorf("a nullable field's null counted invalid")
	}
	defer func() {
		if recover() == nil {
			t.Error("without the guard the panic was swallowed")
		}
	}()
	resolveNow(ctx, oc, graphql.NewFieldSet(fields), &deferred, 0, fields[0], false, true, func(context.Context) graphql.Marshaler { panic("boom") })
}
