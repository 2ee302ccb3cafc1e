package server

import (
	"crypto/sha256"
	"encoding/base64"
	"io/fs"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/telcograph/telcograph/web"
)

// explorerCSP lets the explorer load only its own files and talk only to
// this server: nothing leaves the origin, even by mistake.
const explorerCSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
	"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// graphiqlCSP is the same for GraphiQL, whose page (gqlgen's) starts with an
// inline script and whose stylesheet embeds its fonts as data: URLs.
const graphiqlCSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"

// GraphiQLQuery is the document /graphiql opens with: the README tour's
// first query, then more examples, each laid out over several lines as
// GraphiQL's prettifier would; ▶ runs the first.
const GraphiQLQuery = `# Examples from the README tour. ▶ runs Members; put the cursor in another
# operation and press Ctrl-Enter to run that one.

# Who is in the K-AI Alliance, since when, and says who.
query Members {
  alliance(slug: "k-ai-alliance") {
    name
    leader { slug }
    members(first: 50) {
      totalCount
      edges { since role node { slug name } sources { url evidence } }
    }
  }
}

# How Lablup is connected to Deutsche Telekom, each link with its sources.
query Path {
  path(from: "lablup", to: "deutsche-telekom") {
    hops
    nodes { slug name type }
    edges { relation from { slug } to { slug } since role sources { publisher date evidence } }
  }
}

# Search is case- and accent-insensitive and typo tolerant.
query Search {
  search(text: "Deutche Telekom", first: 5) {
    edges { node { slug name type } reason matched edits }
  }
}
`

// explorer serves the built bundle: index.html at /, the review page
// (review.html) at /review, content-hashed assets cached for a year,
// everything else revalidated. Folders are not listed. Both pages get the
// same Content-Security-Policy: their own files and /graphql, nothing else.
// It is mounted at "/" for every method (a "GET /" pattern would conflict
// with "/graphql"), so it refuses other methods itself.
func explorer() http.Handler {
	files := http.FileServerFS(web.Dist())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if r.URL.Path != "/" && strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/review" {
			r = r.Clone(r.Context())
			r.URL.Path = "/review.html"
		}
		h := w.Header()
		h.Set("Content-Security-Policy", explorerCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		if strings.HasPrefix(r.URL.Path, "/assets/") {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
}

// graphiql serves gqlgen's GraphiQL page with its scripts and styles from
// the embedded bundle (dist/graphiql/, served by explorer), each with its
// subresource-integrity hash. The query and tabs persist in the URL; a bare
// /graphiql opens the example queries.
func graphiql() http.Handler {
	asset := func(name string) (string, string) {
		return "/graphiql/" + name, sri(web.Dist(), "graphiql/"+name)
	}
	js, jsSRI := asset("graphiql.min.js")
	css, cssSRI := asset("graphiql.min.css")
	react, reactSRI := asset("react.production.min.js")
	reactDOM, reactDOMSRI := asset("react-dom.production.min.js")
	explorerJS, explorerJSSRI := asset("plugin-explorer.umd.js")
	explorerCSS, explorerCSSSRI := asset("plugin-explorer.css")
	page := playground.Handler("telcograph GraphiQL", "/graphql",
		playground.WithGraphiqlVersion(js, css, jsSRI, cssSRI),
		playground.WithGraphiqlReactVersion(react, reactDOM, reactSRI, reactDOMSRI),
		playground.WithGraphiqlPluginExplorerVersion(explorerJS, explorerCSS, explorerJSSRI, explorerCSSSRI),
		playground.WithGraphiqlEnablePluginExplorer(true),
		playground.WithGraphiqlPersistStateInURL(true),
		playground.WithStoragePrefix("telcograph:"),
	)
	start := "/graphiql?" + url.Values{"query": {GraphiQLQuery}, "operationName": {"Members"}}.Encode()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "" {
			http.Redirect(w, r, start, http.StatusFound)
			return
		}
		w.Header().Set("Content-Security-Policy", graphiqlCSP)
		w.Header().Set("Cache-Control", "no-cache")
		page(w, r)
	})
}

// sri is the subresource-integrity value of an embedded file.
func sri(fsys fs.FS, name string) string {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic("server: the embedded bundle lacks " + name + ": run make web") // a build defect, caught by every test
	}
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}
