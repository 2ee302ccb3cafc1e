package server

import (
	"context"

	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// Field resolvers of the review types: the domain keeps "" and zero dates
// for "none", the API answers null.

type (
	candidateResolver         struct{ *Resolver }
	candidateArgumentResolver struct{ *Resolver }
	candidateArticleResolver  struct{ *Resolver }
)

// Candidate returns the Candidate field resolver.
func (r *Resolver) Candidate() generated.CandidateResolver { return candidateResolver{r} }

// CandidateArgument returns the CandidateArgument field resolver.
func (r *Resolver) CandidateArgument() generated.CandidateArgumentResolver {
	return candidateArgumentResolver{r}
}

// CandidateArticle returns the CandidateArticle field resolver.
func (r *Resolver) CandidateArticle() generated.CandidateArticleResolver {
	return candidateArticleResolver{r}
}

// candidateType is the type name a candidate's global id carries.
const candidateType = "Candidate"

// eventType is the type name a history event's global id carries.
const eventType = "HistoryEvent"

func (candidateResolver) ID(_ context.Context, c *schema.Candidate) (string, error) {
	return globalID(candidateType, c.ID), nil
}

func (candidateResolver) Relation(_ context.Context, c *schema.Candidate) (generated.Relation, error) {
	return relationEnum(c.Relation), nil
}

var stateEnums = map[schema.CandidateState]generated.CandidateState{
	schema.CandidatePending:  generated.CandidateStatePending,
	schema.CandidateAccepted: generated.CandidateStateAccepted,
	schema.CandidateRejected: generated.CandidateStateRejected,
}

func (candidateResolver) State(_ context.Context, c *schema.Candidate) (generated.CandidateState, error) {
	return stateEnums[c.State], nil
}

func (candidateResolver) Since(_ context.Context, c *schema.Candidate) (*schema.Date, error) {
	return optDate(c.Since), nil
}

func (candidateResolver) Until(_ context.Context, c *schema.Candidate) (*schema.Date, error) {
	return optDate(c.Until), nil
}

func (candidateResolver) Role(_ context.Context, c *schema.Candidate) (*string, error) {
	return optString(c.Role), nil
}

func (candidateResolver) ReviewedBy(_ context.Context, c *schema.Candidate) (*string, error) {
	return optString(c.ReviewedBy), nil
}

func (candidateResolver) ReviewedAt(_ context.Context, c *schema.Candidate) (*string, error) {
	return optString(c.ReviewedAt), nil
}

func (candidateResolver) Reason(_ context.Context, c *schema.Candidate) (*string, error) {
	return optString(c.Reason), nil
}

func (candidateArgumentResolver) Slug(_ context.Context, a *schema.CandidateArgument) (*string, error) {
	return optString(a.Slug), nil
}

func (candidateArticleResolver) Title(_ context.Context, a *schema.CandidateArticle) (*string, error) {
	return optString(a.Title), nil
}

func (candidateArticleResolver) Date(_ context.Context, a *schema.CandidateArticle) (*schema.Date, error) {
	return optDate(a.Date), nil
}

func (sourceResolver) ReviewedBy(_ context.Context, c *schema.Citation) (*string, error) {
	return optString(c.ReviewedBy), nil
}

func (sourceResolver) ReviewedAt(_ context.Context, c *schema.Citation) (*string, error) {
	return optString(c.ReviewedAt), nil
}

var kindEnums = map[schema.EventKind]generated.HistoryKind{
	schema.EventSourceWritten:     generated.HistoryKindSourceWritten,
	schema.EventSourceRemoved:     generated.HistoryKindSourceRemoved,
	schema.EventCandidateAccepted: generated.HistoryKindCandidateAccepted,
	schema.EventCandidateRejected: generated.HistoryKindCandidateRejected,
	schema.EventRestored:          generated.HistoryKindRestored,
}

// historyEvent is the API's view of an event.
func historyEvent(e schema.Event) *generated.HistoryEvent {
	out := &generated.HistoryEvent{ID: globalID(eventType, e.ID), Kind: kindEnums[e.Kind], Actor: e.Actor, At: e.At,
		Source: optString(e.Source), Slugs: e.Slugs, Reason: optString(e.Reason), Restorable: e.Restorable()}
	if out.Slugs == nil {
		out.Slugs = []string{}
	}
	if e.CandidateID != "" {
		id := globalID(candidateType, e.CandidateID)
		out.CandidateID = &id
	}
	return out
}
