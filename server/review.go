package server

import (
	"context"

	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// errReviewPending is answered until the review queue is wired in.
var errReviewPending = schema.Userf(schema.ErrInvalid, nil, "the review queue is not available on this server yet")

func (q queryResolver) Candidates(ctx context.Context, state *generated.CandidateState, source *string, relation *generated.Relation, minConfidence *float64, first *int, after *string) (*generated.CandidateConnection, error) {
	return nil, errReviewPending
}

func (q queryResolver) Candidate(ctx context.Context, id string) (*schema.Candidate, error) {
	return nil, errReviewPending
}

func (q queryResolver) History(ctx context.Context, slug *string, source *string, first *int, after *string) (*generated.HistoryConnection, error) {
	return nil, errReviewPending
}

func (q queryResolver) Viewer(ctx context.Context) (*generated.Viewer, error) {
	return nil, errReviewPending
}

func (m mutationResolver) AcceptCandidate(ctx context.Context, id string, edit *generated.CandidateEdit) (*schema.Candidate, error) {
	return nil, errReviewPending
}

func (m mutationResolver) RejectCandidate(ctx context.Context, id string, reason *string) (*schema.Candidate, error) {
	return nil, errReviewPending
}

func (m mutationResolver) Restore(ctx context.Context, event string) (*generated.HistoryEvent, error) {
	return nil, errReviewPending
}
