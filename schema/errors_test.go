package schema_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/schema"
)

// TestUserError checks that a UserError matches its kind and its cause,
// and that its Error keeps the cause for the logs.
func TestUserError(t *testing.T) {
	cause := fmt.Errorf("graph: entity %q: %w", "nope", schema.ErrNotFound)
	tests := []struct {
		name         string
		err          *schema.UserError
		text         string
		kinds        []error
		notKinds     []error
		matchesCause bool
	}{
		{"with a cause", schema.Userf(schema.ErrNotFound, cause, "no entity with slug %q", "nope"),
			`no entity with slug "nope" (graph: entity "nope": not found)`, []error{schema.ErrNotFound}, []error{schema.ErrInvalid}, true},
		{"without a cause", schema.Userf(schema.ErrLimit, nil, "k must be between %d and %d, not %d", 1, 10, 11),
			"k must be between 1 and 10, not 11", []error{schema.ErrLimit}, []error{schema.ErrNotFound}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error = fmt.Errorf("resolver: %w", tt.err)
			if diff := cmp.Diff(tt.text, tt.err.Error()); diff != "" {
				t.Errorf("Error() (-want +got):\n%s", diff)
			}
			for _, k := range tt.kinds {
				if !errors.Is(err, k) {
					t.Errorf("does not match %v", k)
				}
			}
			for _, k := range tt.notKinds {
				if errors.Is(err, k) {
					t.Errorf("matches %v", k)
				}
			}
			if errors.Is(err, cause) != tt.matchesCause {
				t.Errorf("matches its cause: %v, want %v", !tt.matchesCause, tt.matchesCause)
			}
			var ue *schema.UserError
			if !errors.As(err, &ue) || ue.Msg != tt.err.Msg {
				t.Errorf("errors.As finds %+v", ue)
			}
		})
	}
}

// TestDateArgumentError checks the messages of a Date the API cannot read.
func TestDateArgumentError(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{"2024-13", `"2024-13" is not a date: write 2024, 2024-05 or 2024-05-14`},
		{2024, `a date is a string such as "2024", "2024-05" or "2024-05-14", not 2024`},
	}
	for _, tt := range tests {
		var d schema.Date
		err := d.UnmarshalGQL(tt.in)
		var ue *schema.UserError
		if !errors.As(err, &ue) || ue.Msg != tt.want || !errors.Is(err, schema.ErrInvalid) {
			t.Errorf("UnmarshalGQL(%v) = %v, want a UserError %q matching ErrInvalid", tt.in, err, tt.want)
		}
	}
}
