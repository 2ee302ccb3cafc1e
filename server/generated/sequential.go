package generated

import (
	"bytes"
	"context"
	"hash/maphash"
	"io"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals a list's elements one after another on the caller's
// goroutine. It stands in for graphql.MarshalSliceConcurrently in
// generated.go (server/internal/seqlists rewrites the calls after gqlgen
// runs) with the same contract: every element gets a FieldContext with its
// Index, and one whose marshalling panics is recovered (unless
// omitPanicHandler) into an error on the response and Null in its place.
// There is no worker limit to honour: one element runs at a time.
// The elements' field contexts and indexes are allocated together, one
// array each per list rather than two objects per element.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	if length == 0 {
		return ret
	}
	fcs := make([]graphql.FieldContext, length)
	index := make([]int, length)
	for i := range length {
		index[i] = i
		fcs[i].Index = &index[i]
		childCtx := graphql.WithFieldContext(ctx, &fcs[i])
		ret[i] = marshalOne(childCtx, i, omitPanicHandler, marshalElement)
	}
	return ret
}

func marshalOne(ctx context.Context, i int, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(ctx, graphql.Recover(ctx, r))
				m = graphql.Null
			}
		}()
	}
	return marshalElement(ctx, i)
}

// deferredGroup stands in for graphql.NewDeferredGroup(ctx) in the
// marshaller of an object whose collected fields are fields (seqlists
// rewrites the calls). The generated code reads the group's field set, map
// and path only for a field under @defer; without one the group need hold
// nothing but the context.
func deferredGroup(ctx context.Context, fields []graphql.CollectedField) graphql.DeferredGroup {
	if anyDeferred(fields) {
		return graphql.NewDeferredGroup(ctx)
	}
	return graphql.DeferredGroup{Context: ctx}
}

// inlineLeaves is whether plain leaf fields are marshalled in place
// (server/internal/seqlists); KeepFieldMiddleware turns it off for good.
var inlineLeaves atomic.Bool

func init() { inlineLeaves.Store(true) }

// KeepFieldMiddleware makes every field go through gqlgen's ResolveField, so
// that field middleware (AroundFields, an extension's InterceptField) sees
// plain leaf fields too. Call it before registering field middleware; it
// holds for the whole process.
func KeepFieldMiddleware() { inlineLeaves.Store(false) }

// SetInlineLeaves turns marshalling plain leaf fields in place on or off
// and returns what it was: for tests that compare the two paths.
func SetInlineLeaves(on bool) (was bool) { return inlineLeaves.Swap(on) }

// fieldValues is what an object's marshaller returns in place of its
// *graphql.FieldSet (objectSlab.object, seqlists rewrites the return): the
// same JSON object, its fields in order, a repeated alias written once. An
// object with deferred fields keeps the FieldSet, whose values its deferred
// groups take; so does every object while inlineLeaves is off, so tests can
// compare the two.
//
// It holds an object's fields and their marshalled values.
type fieldValues struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

// MarshalGQL writes {"alias":value,...} as graphql.FieldSet.MarshalGQL
// does. An alias is a GraphQL name ([_A-Za-z][_0-9A-Za-z]*: the parser
// rejects anything else), so it needs no escaping inside its quotes.
func (f fieldValues) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	n := 0
	for i := range f.fields {
		alias := f.fields[i].Alias
		if written(f.fields[:i], alias) {
			continue
		}
		if n > 0 {
			io.WriteString(w, `,"`)
		} else {
			io.WriteString(w, `"`)
		}
		n++
		io.WriteString(w, alias)
		io.WriteString(w, `":`)
		f.values[i].MarshalGQL(w)
	}
	io.WriteString(w, "}")
}

// written reports whether one of fields has alias.
func written(fields []graphql.CollectedField, alias string) bool {
	for i := range fields {
		if fields[i].Alias == alias {
			return true
		}
	}
	return false
}

// quotedString marshals the string it points to as a JSON string, as
// graphql.MarshalString does. A pointer fits in an interface without an
// allocation, where MarshalString's closure was one per string written.
type quotedString string

// MarshalGQL writes the string quoted and escaped.
func (s *quotedString) MarshalGQL(w io.Writer) { writeQuoted(w, string(*s)) }

// optString is a nullable string field: Null when s is nil.
func optString(s *string) graphql.Marshaler {
	if s == nil {
		return graphql.Null
	}
	return (*quotedString)(s)
}

const hexDigits = "0123456789ABCDEF"

// writeQuoted writes s as gqlgen's writeQuotedString does (graphql/string.go
// of github.com/99designs/gqlgen, MIT): control characters below 0x20,
// backslash and double quote escaped, nothing else.
func writeQuoted(w io.Writer, s string) {
	start := 0
	io.WriteString(w, `"`)
	for i, c := range s {
		if c < 0x20 || c == '\\' || c == '"' {
			io.WriteString(w, s[start:i])
			switch c {
			case '\t':
				io.WriteString(w, `\t`)
			case '\r':
				io.WriteString(w, `\r`)
			case '\n':
				io.WriteString(w, `\n`)
			case '\\':
				io.WriteString(w, `\\`)
			case '"':
				io.WriteString(w, `\"`)
			default:
				io.WriteString(w, `\u00`)
				w.Write([]byte{hexDigits[c>>4], hexDigits[c&0xf]})
			}
			start = i + 1
		}
	}
	io.WriteString(w, s[start:])
	io.WriteString(w, `"`)
}

// sizeHints remembers how long the last answer to a query text was, in a
// small table indexed by the text's hash (two texts sharing a slot only
// size each other's buffers), so the next answer's buffer is allocated
// once at about its size instead of growing by doubling from empty.
var (
	sizeHints [256]atomic.Int32
	hintSeed  = maphash.MakeSeed()
)

// maxHint caps a hint: an answer larger than this grows as before.
const maxHint = 1 << 20

func hintSlot(opCtx *graphql.OperationContext) *atomic.Int32 {
	return &sizeHints[maphash.String(hintSeed, opCtx.RawQuery)%uint64(len(sizeHints))]
}

// responseBuffer is the buffer the answer to opCtx's query is written into.
func responseBuffer(opCtx *graphql.OperationContext) *bytes.Buffer {
	n := int(hintSlot(opCtx).Load())
	return bytes.NewBuffer(make([]byte, 0, n+64))
}

// sizedResponse returns what buf holds and remembers its length for the
// next answer to the same query text: the larger of it and seven eighths
// of the hint before, so answers of varying size (members pages of
// alliances big and small) are sized for the larger ones they had lately.
func sizedResponse(opCtx *graphql.OperationContext, buf *bytes.Buffer) []byte {
	slot := hintSlot(opCtx)
	old := int(slot.Load())
	slot.Store(int32(min(max(buf.Len(), old-old/8), maxHint)))
	return buf.Bytes()
}

// resolveNow stands in for out.ResolveConcurrently in the marshaller of an
// object (seqlists rewrites the calls): a field that is not deferred is
// resolved here and now, with the same panic guard, value and count of
// invalid results FieldSet.Dispatch would give it later, but on the
// request's goroutine (Dispatch started one per field after the first).
// A deferred field, and every field while inlineLeaves is off (so tests
// compare the two), goes to gqlgen.
func resolveNow(ctx context.Context, oc *graphql.OperationContext, out *graphql.FieldSet, deferred *graphql.DeferredGroup,
	i int, field graphql.CollectedField, recoverFromPanic, nonNull bool, resolve func(context.Context) graphql.Marshaler) {
	if field.IsDeferred() || !inlineLeaves.Load() {
		out.ResolveConcurrently(oc, deferred, i, recoverFromPanic, nonNull, resolve)
		return
	}
	v := resolveGuarded(ctx, oc, recoverFromPanic, resolve)
	out.Values[i] = v
	invalid := graphql.RequiredNull
	if nonNull {
		invalid = graphql.Null
	}
	if v == invalid {
		atomic.AddUint32(&out.Invalids, 1)
	}
}

// resolveGuarded runs resolve; with recoverFromPanic, a panic is reported
// as an error of the field and resolves to Null (gqlgen's recoverToNull).
func resolveGuarded(ctx context.Context, oc *graphql.OperationContext, recoverFromPanic bool, resolve func(context.Context) graphql.Marshaler) (res graphql.Marshaler) {
	if recoverFromPanic {
		defer func() {
			if r := recover(); r != nil {
				oc.Error(ctx, oc.Recover(ctx, r))
				res = graphql.Null
			}
		}()
	}
	return resolve(ctx)
}
