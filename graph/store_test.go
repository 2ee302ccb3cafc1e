package graph_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/storetest"
	"github.com/telcograph/telcograph/schema"
)

func TestMemoryStore(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T) func() (*graph.Store, error) {
			return func() (*graph.Store, error) { return graph.Open(context.Background(), "memory://") }
		},
	}, "..")
}

func TestBoltStore(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T) func() (*graph.Store, error) {
			path := filepath.Join(t.TempDir(), "sub", "test.db")
			return func() (*graph.Store, error) { return graph.Open(context.Background(), "bolt://"+path) }
		},
		Persistent: true,
	}, "..")
}

// TestBoltHeldByAnother checks that a bolt file another opener holds is
// reported within about a second, not waited on. bbolt's flock is per open
// file description, so a second Open in this process stands in for a second
// process.
func TestBoltHeldByAnother(t *testing.T) {
	url := "bolt://" + filepath.Join(t.TempDir(), "held.db")
	s, err := graph.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	_, err = graph.Open(context.Background(), url)
	if !errors.Is(err, schema.ErrUnavailable) {
		t.Fatalf("second open: err = %v, want ErrUnavailable", err)
	}
	if waited := time.Since(start); waited > 3*time.Second {
		t.Errorf("second open waited %v", waited)
	}
	if want := "store in use by another process"; !strings.Contains(err.Error(), want) {
		t.Errorf("err = %q, want it to say %q", err, want)
	}
}

func TestOpenBadURL(t *testing.T) {
	for _, url := range []string{"nonsense", "ftp://x", "bolt://"} {
		if _, err := graph.Open(context.Background(), url); !errors.Is(err, schema.ErrInvalid) {
			t.Errorf("Open(%q): err = %v, want ErrInvalid", url, err)
		}
	}
}
