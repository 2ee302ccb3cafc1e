package server

import (
	"encoding/json"
	"net/http"
)

// readyz answers 200 while the durable store answers and 503 while it does
// not, for load balancers and orchestrators. The serving index is built
// before the server listens, so a listening instance has it. Reads keep
// being served from the index while this reports 503; only writes need the
// store. It recovers by itself when the store comes back.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if err := s.store.Ready(); err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		json.NewEncoder(w).Encode(map[string]any{"status": "unavailable", "error": err.Error()})
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"status": "ready", "version": s.store.Version()})
}
