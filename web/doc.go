// Package web holds the graph explorer's built bundle, embedded for server to
// serve at / and /graphiql.
//
// The sources are the Vite project beside this file (index.html, src/); the
// bundle is dist/, committed and rebuilt byte for byte from package-lock.json
// by `make web`. check.sh rebuilds it into a temporary folder and fails when
// the committed dist/ differs. dist/graphiql/ holds the GraphiQL page's files,
// copied from the npm releases that gqlgen's playground names, so /graphiql
// needs no network either.
package web
