package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/loaders/rdf"
)

// remoteLoad is `load --server URL`: the files go to a running server's
// loadFacts, ingestArticle and loadRDF mutations, since a bolt file is held
// by the one process that serves it.
type remoteLoad struct {
	server, token string
	timeout       time.Duration
}

// addRemoteFlags declares load's flags for a remote server.
func addRemoteFlags(fs *flag.FlagSet) *remoteLoad {
	r := &remoteLoad{}
	fs.StringVar(&r.server, "server", "", "send the files to the server at this URL (http://host:port) instead of opening a store")
	fs.StringVar(&r.token, "token", "", "with --server: the server's bearer token (better set by the environment, where ps does not show it)")
	fs.DurationVar(&r.timeout, "server-timeout", time.Minute, "with --server: how long one file may take")
	return r
}

// load sends each file: article facts (.yaml, .yml) to loadFacts, raw
// articles (.txt, .html, .htm) to ingestArticle, RDF (.nq, .nquads,
// .jsonld) to loadRDF: every input the local load accepts. Every file is
// read, and article facts and RDF are checked first, so that a broken file
// anywhere sends nothing; the server checks entities and writes each file.
func (r *remoteLoad) load(ctx context.Context, files []string, regFile string, stdout io.Writer) error {
	endpoint, err := graphqlEndpoint(r.server)
	if err != nil {
		return err
	}
	var register string
	if regFile != "" {
		b, err := os.ReadFile(regFile)
		if err != nil {
			return err
		}
		register = string(b)
	}
	type request struct {
		name, query string
		vars        map[string]any
	}
	var reqs []request
	var problems []string
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if format := rdf.FormatOf(name); format != "" {
			if _, err := rdf.Read(name, b, rdf.ReadOptions{Format: format}); err != nil {
				problems = append(problems, err.Error())
				continue
			}
			reqs = append(reqs, request{name, loadRDFMutation, map[string]any{"data": string(b), "format": format, "name": name}})
			continue
		}
		switch strings.ToLower(filepath.Ext(name)) {
		case ".yaml", ".yml":
			if _, err := facts.Read(name, b, facts.ReadOptions{Lenient: true}); err != nil {
				problems = append(problems, err.Error())
				continue
			}
			reqs = append(reqs, request{name, loadFactsMutation, map[string]any{"yaml": string(b), "name": name, "register": register}})
		case ".txt", ".html", ".htm":
			reqs = append(reqs, request{name, ingestMutation, map[string]any{"text": string(b)}})
		default:
			problems = append(problems, fmt.Sprintf("%s: unknown input type (want .yaml or .yml article facts, .txt or .html articles, .nq or .jsonld RDF)", name))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("nothing sent:\n%s", strings.Join(problems, "\n"))
	}
	var total struct{ articles, facts, added, removed int }
	for _, rq := range reqs {
		res, err := r.post(ctx, endpoint, rq.query, rq.vars)
		if err != nil {
			return fmt.Errorf("%s: %w", rq.name, err)
		}
		total.articles += res.Articles
		total.facts += res.Facts
		total.added += res.QuadsAdded
		total.removed += res.QuadsRemoved
	}
	fmt.Fprintf(stdout, "sent %d files to %s: %d articles, %d facts; +%d -%d quads\n",
		len(reqs), endpoint, total.articles, total.facts, total.added, total.removed)
	return nil
}

const (
	loadFactsMutation = `mutation Load($yaml: String!, $name: String, $register: String) {
  result: loadFacts(yaml: $yaml, name: $name, register: $register) { articles facts quadsAdded quadsRemoved } }`
	ingestMutation = `mutation Ingest($text: String!) {
  result: ingestArticle(text: $text) { articles facts quadsAdded quadsRemoved } }`
	loadRDFMutation = `mutation LoadRDF($data: String!, $format: String!, $name: String) {
  result: loadRDF(data: $data, format: $format, name: $name) { articles facts quadsAdded quadsRemoved } }`
)

type remoteResult struct {
	Articles, Facts, QuadsAdded, QuadsRemoved int
}

// post runs one mutation and returns its result or its errors.
func (r *remoteLoad) post(ctx context.Context, endpoint, query string, vars map[string]any) (remoteResult, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return remoteResult{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", endpoint, bytes.NewReader(body))
	if err != nil {
		return remoteResult{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return remoteResult{}, err
	}
	defer resp.Body.Close()
	var out struct {
		Data   struct{ Result *remoteResult }
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return remoteResult{}, err
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return remoteResult{}, fmt.Errorf("server answered %s: %.200s", resp.Status, raw)
	}
	if len(out.Errors) > 0 {
		var msgs []string
		for _, e := range out.Errors {
			msgs = append(msgs, e.Message+" ("+e.Extensions.Code+")")
		}
		return remoteResult{}, fmt.Errorf("server answered %s: %s", resp.Status, strings.Join(msgs, "\n"))
	}
	if out.Data.Result == nil {
		return remoteResult{}, fmt.Errorf("server answered %s without a result", resp.Status)
	}
	return *out.Data.Result, nil
}

// graphqlEndpoint accepts a server's base URL or its /graphql URL.
func graphqlEndpoint(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("--server %q: want http://host:port", s)
	}
	if !strings.HasSuffix(u.Path, "/graphql") {
		u.Path = strings.TrimRight(u.Path, "/") + "/graphql"
	}
	return u.String(), nil
}
