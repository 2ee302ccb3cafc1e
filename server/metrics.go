package server

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/telcograph/telcograph/graph"
)

// metrics are the server's Prometheus metrics, in a registry of its own (no
// global state): requests by route and status, their latency, the graph's
// size, and the Go runtime's and the process's own collectors.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

func newMetrics(store *graph.Store, v Version) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "telcograph_http_requests_total", Help: "HTTP requests answered, by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "telcograph_http_request_duration_seconds", Help: "Time to answer an HTTP request, by route.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10},
		}, []string{"route"}),
	}
	m.reg.MustRegister(m.requests, m.latency,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "telcograph_graph_quads", Help: "Quads in the serving index."},
			func() float64 { return float64(store.Stats().Quads) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "telcograph_graph_sources", Help: "Sources (articles) in the serving index."},
			func() float64 { return float64(store.Stats().Sources) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "telcograph_graph_version", Help: "Changes applied to the serving index since it was built."},
			func() float64 { return float64(store.Version()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "telcograph_build_info", Help: "Always 1; the labels say which build serves.",
			ConstLabels: prometheus.Labels{"version": v.Module, "commit": v.Commit, "modified": strconv.FormatBool(v.Modified)}},
			func() float64 { return 1 }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// handler serves the metrics in Prometheus's text format.
func (m *metrics) handler() http.Handler { return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}) }

// routes are the label values of route; any other path counts as "/".
var routes = []string{"/graphql", "/graphiql", "/export", "/healthz", "/readyz", "/metrics"}

func routeOf(path string) string {
	for _, r := range routes {
		if path == r || strings.HasPrefix(path, r+"/") {
			return r
		}
	}
	return "/"
}

// middleware counts and times every request.
func (m *metrics) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &recordWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		route := routeOf(r.URL.Path)
		m.requests.WithLabelValues(route, strconv.Itoa(sw.status)).Inc()
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}

// recordWriter remembers the status code written.
type recordWriter struct {
	http.ResponseWriter
	status int
}

func (s *recordWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Flush passes flushes through, for streamed answers.
func (s *recordWriter) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
