package facts

import (
	"fmt"
	"io"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/telcograph/telcograph/schema"
)

// Write writes f in the article-facts format that Read reads:
// an "entities:" section for f.Discovered (with each entity's cue), then
// the articles with their facts. Arguments are written under their role
// names as {id, text}; qualifiers, modality (when not asserted), evidence,
// confidence, extractor and rule when set. The output depends only on f, so the
// same facts always give the same bytes.
func Write(w io.Writer, f *File) error {
	root := mapping()
	if len(f.Discovered) > 0 {
		ents := mapping()
		for _, d := range f.Discovered {
			e := mapping()
			put(e, "name", str(d.Name))
			put(e, "type", str(string(d.Type)))
			if len(d.Aliases) > 0 {
				al := seq()
				for _, a := range d.Aliases {
					al.Content = append(al.Content, str(a))
				}
				put(e, "surface_forms", al)
			}
			if d.Cue != "" {
				put(e, "cue", str(d.Cue))
			}
			put(ents, d.Slug, e)
		}
		put(root, "entities", ents)
	}
	arts := seq()
	for _, a := range f.Articles {
		n := mapping()
		put(n, "id", quoted(a.ID))
		if a.File != "" {
			put(n, "file", str(a.File))
		}
		put(n, "source", str(a.URL))
		if !a.Date.IsZero() {
			put(n, "date", quoted(a.Date.String()))
		}
		if a.Title != "" {
			put(n, "title", str(a.Title))
		}
		if a.Publisher != "" {
			put(n, "publisher", str(a.Publisher))
		}
		facts := seq()
		for _, fact := range a.Facts {
			fn, err := factNode(fact)
			if err != nil {
				return fmt.Errorf("write facts: article %s: %w", a.ID, err)
			}
			facts.Content = append(facts.Content, fn)
		}
		put(n, "facts", facts)
		arts.Content = append(arts.Content, n)
	}
	put(root, "articles", arts)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return fmt.Errorf("write facts: %w", err)
	}
	return enc.Close()
}

func factNode(f schema.Fact) (*yaml.Node, error) {
	spec, ok := f.Relation.Spec()
	if f.Relation == schema.RelMemberCount {
		spec, ok = schema.RelationSpec{Name: f.Relation, SubjectRole: "org"}, true
	}
	if !ok {
		return nil, fmt.Errorf("fact %s: unknown relation %q: %w", f.ID, f.Relation, schema.ErrInvalid)
	}
	n := mapping()
	if f.ID != "" {
		put(n, "id", quoted(f.ID))
	}
	put(n, "rel", str(string(f.Relation)))
	if f.Relation == schema.RelMemberCount {
		put(n, "org", mentionNode(f.Subject))
		put(n, "count", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(f.Count)})
	} else if spec.PartnersRole != "" {
		if f.Subject.ID != "" {
			put(n, spec.SubjectRole, mentionNode(f.Subject))
		}
		ps := seq()
		for _, p := range f.Partners {
			ps.Content = append(ps.Content, mentionNode(p))
		}
		put(n, spec.PartnersRole, ps)
	} else {
		put(n, spec.SubjectRole, mentionNode(f.Subject))
		if spec.ObjectRole != "" {
			put(n, spec.ObjectRole, mentionNode(f.Object))
		}
	}
	for _, q := range []struct {
		k string
		d schema.Date
	}{{"since", f.Since}, {"until", f.Until}, {"date", f.Date}} {
		if !q.d.IsZero() {
			put(n, q.k, quoted(q.d.String()))
		}
	}
	for _, q := range []struct{ k, v string }{
		{"topic", f.Topic}, {"amount", f.Amount}, {"name", f.Name}, {"purpose", f.Purpose}, {"share", f.Share},
	} {
		if q.v != "" {
			put(n, q.k, str(q.v))
		}
	}
	if f.Modality != "" && f.Modality != schema.Asserted {
		put(n, "modality", str(string(f.Modality)))
	}
	if f.Evidence != "" {
		put(n, "evidence", quoted(f.Evidence))
	}
	if f.EvidenceKind == schema.Paraphrase {
		put(n, "evidence_kind", str(string(f.EvidenceKind)))
	}
	if f.Confidence != 0 {
		put(n, "confidence", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(f.Confidence, 'f', -1, 64)})
	}
	if f.Extractor != "" {
		put(n, "extractor", str(f.Extractor))
	}
	if f.Rule != "" {
		put(n, "rule", str(f.Rule))
	}
	return n, nil
}

func mentionNode(m schema.Mention) *yaml.Node {
	n := mapping()
	put(n, "id", quoted(m.ID))
	if m.Text != "" {
		put(n, "text", str(m.Text))
	}
	return n
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }
func seq() *yaml.Node     { return &yaml.Node{Kind: yaml.SequenceNode} }

// str is a string scalar; the encoder quotes it where YAML would read it as
// something else ("2023", "yes", "null").
func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// quoted is a double-quoted string scalar, for ids, dates and evidence.
func quoted(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
}

func put(m *yaml.Node, k string, v *yaml.Node) { m.Content = append(m.Content, str(k), v) }

// entityCues reads the "cue" of each entity of an "entities:" section, as
// Write writes it.
func entityCues(n *yaml.Node) map[string]string {
	out := make(map[string]string)
	for _, kv := range pairs(n) {
		for _, f := range pairs(kv[1]) {
			if f[0].Value == "cue" {
				out[kv[0].Value] = scalar(f[1])
			}
		}
	}
	return out
}
