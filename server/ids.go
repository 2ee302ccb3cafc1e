package server

import (
	"encoding/base64"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// globalID makes an opaque Relay id from a type name and a key.
func globalID(typ, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(typ + ":" + key))
}

// parseID splits a global id into its type name and key.
func parseID(id string) (typ, key string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(id)
	if err == nil {
		var ok bool
		if typ, key, ok = strings.Cut(string(b), ":"); ok && key != "" {
			return typ, key, nil
		}
	}
	return "", "", schema.Userf(schema.ErrInvalid, nil, "%q is not an id of this API; ids come from the id field of an object", id)
}

// typeNames maps entity types to their GraphQL type names, which global ids
// carry.
var typeNames = map[schema.EntityType]string{
	schema.TypeCompany:      "Company",
	schema.TypeAlliance:     "Alliance",
	schema.TypeJointVenture: "JointVenture",
	schema.TypePerson:       "Person",
	schema.TypeCountry:      "Country",
}

func entityID(e schema.Entity) string { return globalID(typeNames[e.Type], e.Slug) }
