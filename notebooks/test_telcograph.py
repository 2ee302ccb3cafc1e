"""Tests of the notebook client against a running telcograph server.

notebooks/run.sh starts one on a loopback port and runs these with
TELCOGRAPH_URL pointing at it; by hand:

    TELCOGRAPH_URL=http://127.0.0.1:8080 python3 -m unittest -v test_telcograph

The assertions hold on any data the server holds, as long as it has an
alliance with members and a path between two entities (the bundled data
has both); they compare the client's answers with the API's own counts.
"""

import http.server
import io
import os
import threading
import unittest
import urllib.parse
import zipfile
from unittest import mock

import networkx as nx
import pandas as pd
import requests

import telcograph as tg

URL = os.environ.get("TELCOGRAPH_URL", tg.DEFAULT_URL).rstrip("/")

# The relations the API's degree counts (graph.PathRelations), as the exports
# name them.
LINKS = {"memberOf", "ledBy", "partnerOf", "jointVenture", "ceoOf", "chairmanOf", "investedIn", "foundedBy"}

_RANKED = """
query ($after: String) {
  alliances(first: 100, after: $after, orderBy: MEMBER_COUNT) {
    pageInfo { hasNextPage endCursor }
    edges { memberCount degree node { slug } }
  }
}"""


def ranked_alliances(client):
    """Every alliance with its memberCount and degree, most members first."""
    out, after = [], None
    while True:
        conn = client.query(_RANKED, {"after": after})["alliances"]
        out += conn["edges"]
        if not conn["pageInfo"]["hasNextPage"]:
            return out
        after = conn["pageInfo"]["endCursor"]


def in_force(members, year):
    """The slugs of members that held at some time in year, by the rule of
    the API's members(asOf:): begun by the end of the year (no since: from
    the start), not ended before it began, not planned."""
    year = int(year)
    keep = members.apply(
        lambda m: m["modality"] != "PLANNED"
        and (pd.isna(m["since"]) or int(m["since"][:4]) <= year)
        and (pd.isna(m["until"]) or int(m["until"][:4]) >= year),
        axis=1,
    )
    return set(members[keep.astype(bool)]["slug"]) if len(members) else set()


class Proxy:
    """A loopback HTTP server in front of the real one that can answer the
    first `throttle` requests with 429, and serve the CSV export one table at
    a time as plain text/csv (as a newer server may) when plain_csv is set.
    It records the query strings of the /export requests it saw."""

    def __init__(self, upstream, plain_csv=False, throttle=0):
        self.upstream, self.plain_csv, self.throttle = upstream, plain_csv, throttle
        self.exports, self.requests = [], 0
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def reply(self, status, ctype, body, headers=()):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers:
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def throttled(self):
                proxy.requests += 1
                if proxy.requests <= proxy.throttle:
                    self.reply(429, "text/plain", b"rate limited\n", [("Retry-After", "0")])
                    return True
                return False

            def do_GET(self):
                if self.throttled():
                    return
                u = urllib.parse.urlsplit(self.path)
                q = urllib.parse.parse_qs(u.query)
                proxy.exports.append(dict(q))
                table = q.pop("table", [None])[0]
                r = requests.get(proxy.upstream + u.path, params={k: v[0] for k, v in q.items()}, timeout=60)
                if proxy.plain_csv and table and q.get("format") == ["csv"]:
                    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
                        body = z.read(table + ".csv")
                    self.reply(200, "text/csv; charset=utf-8", body)
                    return
                self.reply(r.status_code, r.headers["Content-Type"], r.content)

            def do_POST(self):
                if self.throttled():
                    return
                body = self.rfile.read(int(self.headers["Content-Length"]))
                r = requests.post(proxy.upstream + self.path, data=body,
                                  headers={"Content-Type": self.headers["Content-Type"]}, timeout=60)
                self.reply(r.status_code, r.headers["Content-Type"], r.content)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = tg.Client(URL)
        cls.alliances = ranked_alliances(cls.client)
        if not cls.alliances or cls.alliances[0]["memberCount"] == 0:
            raise AssertionError(f"{URL} has no alliance with members: nothing to test against")

    def proxy(self, **kw):
        p = Proxy(URL, **kw)
        self.addCleanup(p.close)
        return p

    def test_url(self):
        cases = [
            ("from the environment", {"TELCOGRAPH_URL": "http://10.0.0.1:9/"}, None, "http://10.0.0.1:9"),
            ("default", {}, None, tg.DEFAULT_URL),
            ("argument over environment", {"TELCOGRAPH_URL": "http://10.0.0.1:9"}, "http://h:1/", "http://h:1"),
        ]
        for name, env, arg, want in cases:
            with self.subTest(name), mock.patch.dict(os.environ, env, clear=True):
                self.assertEqual(tg.Client(arg).url, want)

    def test_query(self):
        slug = self.alliances[0]["node"]["slug"]
        got = self.client.query("query ($s: String!) { entity(slug: $s) { slug type } }", {"s": slug})
        self.assertEqual(got, {"entity": {"slug": slug, "type": "ALLIANCE"}})

    def test_query_errors(self):
        cases = [
            ("unknown slug", '{ company(slug: "no-such-company") { name } }', "NOT_FOUND", "no-such-company"),
            ("syntax", "{ company(slug: }", "GRAPHQL_PARSE_FAILED", "Unexpected"),
            ("unknown field", "{ nope }", "GRAPHQL_VALIDATION_FAILED", "nope"),
            ("limit", '{ path(from: "a", to: "b", maxHops: 11) { hops } }', "LIMIT_EXCEEDED", "maxHops"),
        ]
        for name, q, code, text in cases:
            with self.subTest(name):
                with self.assertRaises(tg.GraphQLError) as ctx:
                    self.client.query(q)
                e = ctx.exception
                self.assertEqual(e.code, code)
                self.assertIn(text, e.message)
                self.assertIn(code, str(e))
                self.assertEqual(e.message, e.errors[0]["message"])

    def test_members(self):
        for a in self.alliances:
            slug = a["node"]["slug"]
            with self.subTest(slug):
                m = self.client.members(slug)
                self.assertEqual(list(m.columns), tg.MEMBER_COLUMNS)
                self.assertEqual(len(m), a["memberCount"])
                self.assertTrue(m["slug"].is_unique)
                self.assertLessEqual((m["role"] == "FOUNDING_MEMBER").sum(), len(m))
                self.assertTrue(set(m["role"]) <= {"MEMBER", "FOUNDING_MEMBER"})
                for _, row in m.iterrows():
                    self.assertGreaterEqual(len(row["sources"]), 1, row["slug"])
                    if not pd.isna(row["reported"]):
                        self.assertRegex(row["reported"], r"^\d{4}(-\d\d){0,2}$")

    def test_members_as_of(self):
        slug = self.alliances[0]["node"]["slug"]
        every = self.client.members(slug)
        years = {int(s[:4]) for s in every["since"].dropna()} | {int(s[:4]) for s in every["until"].dropna()}
        self.assertTrue(years, f"no member of {slug} has a date")
        for year in sorted(years | {min(years) - 1, max(years) + 1}):
            with self.subTest(year=year):
                got = set(self.client.members(slug, as_of=str(year))["slug"])
                self.assertLessEqual(got, set(every["slug"]))
                self.assertEqual(got, in_force(every, year))

    def test_members_errors(self):
        company = self.client.query('{ companies(first: 1) { edges { node { slug } } } }')["companies"]["edges"][0]["node"]["slug"]
        for name, slug in [("unknown", "no-such-alliance"), ("not an alliance", company)]:
            with self.subTest(name):
                with self.assertRaises(tg.GraphQLError) as ctx:
                    self.client.members(slug)
                self.assertEqual(ctx.exception.code, "NOT_FOUND")
                self.assertIn(slug, ctx.exception.message)

    def test_path(self):
        alliance = self.alliances[0]["node"]["slug"]
        member = self.client.members(alliance)["slug"].iloc[0]
        far = self.farthest(member)
        for name, a, b, hops in [("member to alliance", member, alliance, 1),
                                 ("alliance to member", alliance, member, 1),
                                 ("farthest within 6", member, far[0], far[1])]:
            with self.subTest(name):
                p = self.client.path(a, b)
                self.assertIsNotNone(p)
                self.assertEqual(p["hops"], hops)
                self.assertEqual(len(p["edges"]), p["hops"])
                self.assertEqual((p["nodes"][0]["slug"], p["nodes"][-1]["slug"]), (a, b))
                for i, e in enumerate(p["edges"]):
                    ends = [e["from"]["slug"], e["to"]["slug"]]
                    if e["direction"] == "IN":
                        ends.reverse()
                    self.assertEqual(ends, [p["nodes"][i]["slug"], p["nodes"][i + 1]["slug"]])
                    self.assertTrue(e["sources"], "every edge of a path has a source")
                if hops > 1:
                    self.assertIsNone(self.client.path(a, b, max_hops=hops - 1))

    def farthest(self, slug):
        """The entity farthest from slug within 6 hops over the path
        relations (by networkx), and its distance."""
        G = nx.Graph((u, v) for u, v, d in self.client.to_networkx().edges(data=True) if d["relation"] in LINKS)
        dist = nx.single_source_shortest_path_length(G, slug, cutoff=6)
        far = max(sorted(dist), key=lambda n: dist[n])
        self.assertGreater(dist[far], 1, f"nothing is more than one hop from {slug}")
        return far, dist[far]

    def test_to_networkx(self):
        G = self.client.to_networkx()
        nodes, edges = self.client.to_pandas()
        self.assertIsInstance(G, nx.MultiDiGraph)
        self.assertEqual(sorted(G.nodes), sorted(nodes["id"]))
        self.assertEqual(G.number_of_edges(), len(edges))
        self.assertEqual(sorted(d["relation"] for _, _, d in G.edges(data=True)), sorted(edges["relation"]))
        for n, d in G.nodes(data=True):
            self.assertTrue(d.get("type") and d.get("name"), n)

    def test_degree(self):
        G = self.client.to_networkx()
        links = nx.Graph()
        links.add_nodes_from(G)
        links.add_edges_from((u, v) for u, v, d in G.edges(data=True) if d["relation"] in LINKS)
        companies = self.client.query('{ companies(first: 100, orderBy: DEGREE) { edges { degree node { slug } } } }')
        ranked = companies["companies"]["edges"] + self.alliances
        self.assertGreater(len(ranked), len(self.alliances))
        for e in ranked:
            slug = e["node"]["slug"]
            with self.subTest(slug):
                self.assertEqual(links.degree(slug), e["degree"])

    def test_to_pandas(self):
        nodes, edges = self.client.to_pandas()
        self.assertEqual(list(nodes.columns), ["id", "type", "name"])
        self.assertEqual(list(edges.columns), ["source", "target", "relation", "since", "role", "sources", "evidence",
                                               "until", "date", "modality", "amount", "share", "purpose", "topic",
                                               "confidence", "extractor", "evidenceKind", "relationEnum"])
        self.assertTrue(nodes["id"].is_unique)
        self.assertTrue(set(edges["source"]) | set(edges["target"]) <= set(nodes["id"]))
        self.assertTrue(all(isinstance(x, str) for x in nodes["id"]), "every id is text, also a country such as NA")
        self.assertFalse(edges["relation"].isna().any())
        years = edges["since"].dropna()
        self.assertTrue(years.str.match(r"^\d{4}(-\d\d){0,2}$").all(), list(years))

    def test_to_pandas_plain_csv(self):
        want_nodes, want_edges = self.client.to_pandas()
        p = self.proxy(plain_csv=True)
        nodes, edges = tg.Client(p.url).to_pandas()
        self.assertTrue(nodes.equals(want_nodes))
        self.assertTrue(edges.equals(want_edges))
        self.assertEqual([q.get("table") for q in p.exports], [["nodes"], ["edges"]])

    def test_to_pandas_zip_once(self):
        p = self.proxy()
        tg.Client(p.url).to_pandas()
        self.assertEqual(len(p.exports), 1, "a server that answers with the zip is asked once")

    def test_rate_limit(self):
        cases = [("retried", 2, 5, None), ("gives up", 3, 2, requests.HTTPError)]
        for name, throttle, retries, err in cases:
            with self.subTest(name):
                c = tg.Client(self.proxy(throttle=throttle).url, retries=retries)
                q = "{ articles { totalCount } }"
                if err:
                    with self.assertRaises(err):
                        c.query(q)
                else:
                    self.assertGreater(c.query(q)["articles"]["totalCount"], 0)


if __name__ == "__main__":
    unittest.main()
