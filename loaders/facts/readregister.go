package facts

import (
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// slugRE is the form of a canonical id: lowercase ASCII words joined by "-",
// or an ISO 3166-1 alpha-2 country code.
var slugRE = regexp.MustCompile(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{2})$`)

// ValidSlug reports whether s has the form of a canonical id.
func ValidSlug(s string) bool { return slugRE.MatchString(s) }

// ReadRegister parses an entity register in the format of the corpus's
// aliases.yaml: an "entities:" mapping of slug to name, type and
// surface_forms. Every problem is reported with its line; on any problem the
// register is nil.
func ReadRegister(name string, data []byte) (*schema.Register, error) {
	p := &loaders.Collector{File: name}
	root := parseYAML(p, data, nil)
	reg := &schema.Register{}
	if root != nil {
		found := false
		checkKeys(p, root, "", registerTop, nil)
		for _, kv := range pairs(root) {
			if kv[0].Value == "entities" {
				found = true
				readEntities(p, kv[1], reg)
			}
		}
		if !found {
			p.Add(root.Line, "no entities: section")
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	return reg, nil
}

// readEntities reads an "entities:" mapping into reg.
func readEntities(p *loaders.Collector, n *yaml.Node, reg *schema.Register) {
	if n.Kind != yaml.MappingNode {
		p.Add(n.Line, "entities: want a mapping of id to entity")
		return
	}
	for _, kv := range pairs(n) {
		slug := kv[0].Value
		if !ValidSlug(slug) {
			p.Add(kv[0].Line, "entity id %q is not a slug (lowercase words joined by -, or a country code)", slug)
			continue
		}
		e := schema.Entity{Slug: slug}
		checkKeys(p, kv[1], "entity "+slug+": ", entityKeys, reservedRegisterKeys)
		for _, f := range pairs(kv[1]) {
			switch f[0].Value {
			case "name":
				e.Name = f[1].Value
			case "type":
				e.Type = schema.EntityType(f[1].Value)
			case "identifiers":
				e.Identifiers = readIdentifiers(p, "entity "+slug, f[1])
			case "surface_forms", "aliases":
				for _, s := range f[1].Content {
					if s.Value != "" {
						e.Aliases = append(e.Aliases, s.Value)
					}
				}
			}
		}
		switch {
		case kv[1].Kind != yaml.MappingNode:
			p.Add(kv[1].Line, "entity %s: want a mapping with name and type", slug)
		case e.Name == "":
			p.Add(kv[1].Line, "entity %s: missing name", slug)
		case !e.Type.Valid():
			p.Add(kv[1].Line, "entity %s: unknown type %q (want company, alliance, joint_venture, person or country)", slug, e.Type)
		default:
			if err := reg.Add(e); err != nil {
				p.Add(kv[0].Line, "%v", err)
			}
		}
	}
}

// readIdentifiers reads an entity's identifiers: a list of {scheme, value,
// source}, each checked by the form of its scheme.
func readIdentifiers(p *loaders.Collector, where string, n *yaml.Node) []schema.Identifier {
	if n.Kind != yaml.SequenceNode {
		p.Add(n.Line, "%s: identifiers: want a list of {scheme, value, source}", where)
		return nil
	}
	var out []schema.Identifier
	for _, in := range n.Content {
		if in.Kind != yaml.MappingNode {
			p.Add(in.Line, "%s: identifier: want {scheme, value, source}", where)
			continue
		}
		checkKeys(p, in, where+": identifier: ", identifierKeys, nil)
		var id schema.Identifier
		for _, kv := range pairs(in) {
			switch kv[0].Value {
			case "scheme":
				id.Scheme = schema.IDScheme(kv[1].Value)
			case "value":
				id.Value = kv[1].Value
			case "source":
				id.Source = kv[1].Value
			}
		}
		if err := id.Validate(); err != nil {
			p.Add(in.Line, "%s: %s", where, strings.TrimSuffix(err.Error(), ": "+schema.ErrInvalid.Error()))
			continue
		}
		if id.Source == "" {
			p.Add(in.Line, "%s: identifier %s %s: missing source (where it was found)", where, id.Scheme, id.Value)
			continue
		}
		if msg := CheckSourceURL(id.Source); msg != "" {
			p.Add(in.Line, "%s: identifier %s %s: %s", where, id.Scheme, id.Value, msg)
			continue
		}
		out = append(out, id)
	}
	return out
}

// readIdentifierMap reads a facts file's top-level "identifiers:" mapping of
// slug to identifiers, for entities registered elsewhere.
func readIdentifierMap(p *loaders.Collector, n *yaml.Node, reg *schema.Register) {
	if n.Kind != yaml.MappingNode {
		p.Add(n.Line, "identifiers: want a mapping of entity id to a list of identifiers")
		return
	}
	for _, kv := range pairs(n) {
		slug := kv[0].Value
		e, ok := reg.Lookup(slug)
		if !ok {
			p.Add(kv[0].Line, "identifiers: unknown entity id %q (not in the register)", slug)
			continue
		}
		ids := readIdentifiers(p, "identifiers: "+slug, kv[1])
		if err := reg.Add(schema.Entity{Slug: slug, Type: e.Type, Identifiers: ids}); err != nil {
			p.Add(kv[0].Line, "identifiers: %v", err)
		}
	}
}
