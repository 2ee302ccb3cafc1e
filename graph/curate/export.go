package curate

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/telcograph/telcograph/schema"
)

// FormatHistory is the export format of the history: JSON Lines, one event
// a line, oldest first.
const FormatHistory = "history"

// historyKinds are the kinds as the GraphQL API names them (HistoryKind).
var historyKinds = map[schema.EventKind]string{
	schema.EventSourceWritten:     "SOURCE_WRITTEN",
	schema.EventSourceRemoved:     "SOURCE_REMOVED",
	schema.EventCandidateAccepted: "CANDIDATE_ACCEPTED",
	schema.EventCandidateRejected: "CANDIDATE_REJECTED",
	schema.EventRestored:          "RESTORED",
}

// eventLine is one line of the history export. Ids are the store's (the
// API's global ids wrap them).
type eventLine struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"`
	Actor       string   `json:"actor"`
	At          string   `json:"at"`
	Source      string   `json:"source,omitempty"`
	CandidateID string   `json:"candidateId,omitempty"`
	Slugs       []string `json:"slugs"`
	Reason      string   `json:"reason,omitempty"`
	Restorable  bool     `json:"restorable"`
	Restores    string   `json:"restores,omitempty"`
	// Removed holds a removal's quads as N-Quads.
	Removed string `json:"removed,omitempty"`
}

// WriteHistory writes events as JSON Lines, in the order given.
func WriteHistory(w io.Writer, events []schema.Event) error {
	enc := json.NewEncoder(w)
	for _, e := range events {
		l := eventLine{ID: e.ID, Kind: historyKinds[e.Kind], Actor: e.Actor, At: e.At, Source: e.Source,
			CandidateID: e.CandidateID, Slugs: e.Slugs, Reason: e.Reason, Restorable: e.Restorable(),
			Restores: e.Restores, Removed: e.Removed}
		if l.Slugs == nil {
			l.Slugs = []string{}
		}
		if err := enc.Encode(l); err != nil {
			return fmt.Errorf("curate: write history: %w", err)
		}
	}
	return nil
}
