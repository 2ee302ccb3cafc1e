package schema

// CandidateState is where a candidate stands in review.
type CandidateState string

// The states of a candidate.
const (
	CandidatePending  CandidateState = "pending"
	CandidateAccepted CandidateState = "accepted"
	CandidateRejected CandidateState = "rejected"
)

// CandidateArgument is one argument of a candidate fact: Position is
// "subject" or "object", Name the name as the article writes it, Slug the
// entity it was matched to ("" when the entity is new).
type CandidateArgument struct {
	Position, Name, Slug string
}

// CandidateArticle is the article a candidate comes from, with its text.
type CandidateArticle struct {
	URL, Title string
	Date       Date
	Text       string
}

// Candidate is a fact extracted from a raw article that waits for review
// (or was reviewed). ID is stable across re-extraction of the article: a
// hash of the article's URL, the relation, the arguments and qualifiers.
// ReviewedAt and ExtractedAt are RFC 3339 times in UTC ("" when unset).
type Candidate struct {
	ID              string
	Relation        Relation
	State           CandidateState
	Confidence      float64
	Subject, Object CandidateArgument
	Since, Until    Date
	Role            string
	Evidence        []string
	RuleFamily      string
	Article         CandidateArticle
	MachineAccepted bool
	ReviewedBy      string
	ReviewedAt      string
	Reason          string
	ExtractedAt     string
}

func (Candidate) node() {}

// EventKind is what a history event records.
type EventKind string

// The kinds of history event.
const (
	EventSourceWritten     EventKind = "sourceWritten"
	EventSourceRemoved     EventKind = "sourceRemoved"
	EventCandidateAccepted EventKind = "candidateAccepted"
	EventCandidateRejected EventKind = "candidateRejected"
	EventRestored          EventKind = "restored"
)

// Event is one change to the graph or the review queue. At is an RFC 3339
// time in UTC; Removed, for EventSourceRemoved, holds the removed quads as
// N-Quads, so the removal can be undone; Restores names the event a
// restore undid.
type Event struct {
	ID          string
	Kind        EventKind
	Actor       string
	At          string
	Source      string
	CandidateID string
	Slugs       []string
	Reason      string
	Removed     string
	Restores    string
}

// Restorable reports whether the event can be undone: a removal or a
// rejection.
func (e Event) Restorable() bool {
	return e.Kind == EventSourceRemoved || e.Kind == EventCandidateRejected
}
