package server

import (
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/google/go-cmp/cmp"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestAppendResponse checks that the POST transport writes a response byte
// for byte as json.Marshal does, which gqlgen's transport used.
func TestAppendResponse(t *testing.T) {
	yes := true
	tests := []struct {
		name string
		resp *graphql.Response
	}{
		{"no response", nil},
		{"data", &graphql.Response{Data: json.RawMessage(`{"alliance":{"name":"O-RAN ALLIANCE","members":[1,2.5,null,true]}}`)}},
		{"nil data", &graphql.Response{}},
		{"html characters", &graphql.Response{Data: json.RawMessage(`{"name":"AT&T <x> \"q\" \\ é 日本"}`)}},
		{"separators", &graphql.Response{Data: json.RawMessage("{\"t\":\"a\u2028b\u2029c\"}")}},
		{"errors and data", &graphql.Response{
			Errors: gqlerror.List{{Message: "bad <thing>", Extensions: map[string]any{"code": "X"}}},
			Data:   json.RawMessage(`{"a":null}`),
		}},
		{"errors only", &graphql.Response{Errors: gqlerror.List{{Message: "no"}}}},
		{"extensions", &graphql.Response{Data: json.RawMessage(`{}`), Extensions: map[string]any{"cost": 3, "note": "a&b"}}},
		{"incremental", &graphql.Response{Data: json.RawMessage(`{}`), Label: "l", HasNext: &yes}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(tt.resp)
			if err != nil {
				t.Fatal(err)
			}
			got, err := appendResponse([]byte("prefix"), tt.resp)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(got[len("prefix"):])); diff != "" {
				t.Errorf("(-json.Marshal +appendResponse):\n%s", diff)
			}
		})
	}
}

func TestResponseContentType(t *testing.T) {
	tests := []struct{ accept, want string }{
		{"", "application/json"},
		{"*/*", "application/json"},
		{"application/json", "application/json"},
		{"application/graphql-response+json", "application/graphql-response+json"},
		{"application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json"},
		{"text/html, application/json", "application/json"},
		{"text/html", "application/graphql-response+json"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("POST", "/graphql", nil)
		if tt.accept != "" {
			r.Header.Set("Accept", tt.accept)
		}
		if got := responseContentType(r); got != tt.want {
			t.Errorf("Accept %q: %q, want %q", tt.accept, got, tt.want)
		}
	}
}
