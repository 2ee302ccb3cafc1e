package facts

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/loaders"
	"gopkg.in/yaml.v3"
)

// pairs returns the key/value pairs of a mapping node in order.
func pairs(n *yaml.Node) [][2]*yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	out := make([][2]*yaml.Node, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, [2]*yaml.Node{n.Content[i], n.Content[i+1]})
	}
	return out
}

// isNull reports whether n is absent or an explicit null.
func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// parseYAML parses data into a document node, turning a syntax error into a
// problem at its line. It parses through a decoder, which reads data as it
// goes, so that progress (nil for none) hears how far it got; like
// yaml.Unmarshal, it reads the first document only.
func parseYAML(p *loaders.Collector, data []byte, progress func(read int)) *yaml.Node {
	var doc yaml.Node
	dec := yaml.NewDecoder(&loaders.ProgressReader{R: bytes.NewReader(data), Progress: progress})
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		p.Add(yamlErrorLine(err), "malformed YAML: %s", yamlErrorText(err))
		return nil
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.Add(root.Line, "want a mapping at the top level")
		return nil
	}
	return root
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlErrorLine is the 1-based line of a yaml.v3 syntax error. yaml.v3 prints
// a parser error ("did not find expected ...") at its context mark, which is
// 0-based, and a scanner error 1-based; the parser's lines are moved up one.
func yamlErrorLine(err error) int {
	m := yamlLineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 1
	}
	n, _ := strconv.Atoi(m[1])
	if strings.Contains(err.Error(), "did not find expected") {
		n++
	}
	return max(n, 1)
}

var yamlPrefixRE = regexp.MustCompile(`^yaml: (line \d+: )?`)

func yamlErrorText(err error) string { return yamlPrefixRE.ReplaceAllString(err.Error(), "") }

// scalar is the value of a scalar node, or "" for an absent or null one.
func scalar(n *yaml.Node) string {
	if isNull(n) || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}
