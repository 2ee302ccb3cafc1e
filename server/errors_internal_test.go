package server

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/schema"
)

// TestPresenterHidesStoreDetails: an UNAVAILABLE error keeps its code but not
// the store's message, which may name a file or a host; an unclassified
// error becomes INTERNAL with no detail.
func TestPresenterHidesStoreDetails(t *testing.T) {
	p := presenter(slog.New(slog.NewTextHandler(io.Discard, nil)), DefaultLimits())
	tests := []struct {
		err  error
		code string
	}{
		{fmt.Errorf("graph: open bolt /srv/secret/telcograph.db: store in use by another process: %w", schema.ErrUnavailable), CodeUnavailable},
		{fmt.Errorf("graph: replace https://x: dial tcp 10.1.2.3:5432: %w", schema.ErrUnavailable), CodeUnavailable},
		{fmt.Errorf("open /etc/passwd: permission denied"), CodeInternal},
	}
	for _, tt := range tests {
		g := p(context.Background(), tt.err)
		if g.Extensions["code"] != tt.code {
			t.Errorf("%v: code %v, want %s", tt.err, g.Extensions["code"], tt.code)
		}
		for _, leak := range []string{"/srv", "/etc", "10.1.2.3", "bolt"} {
			if strings.Contains(g.Message, leak) {
				t.Errorf("%v: message %q leaks %q", tt.err, g.Message, leak)
			}
		}
	}
}
