"""A small client for a running telcograph server, for notebooks.

    import telcograph as tg
    tg.members("k-ai-alliance")                           # a DataFrame, one row a member
    tg.path("lablup", "deutsche-telekom", max_hops=4)      # a dict, or None

The module-level functions use a default Client whose base URL comes from the
environment variable TELCOGRAPH_URL (default http://127.0.0.1:8080); make a
Client of your own for another server. A GraphQL error raises GraphQLError
with the server's message and its extensions.code (NOT_FOUND, LIMIT_EXCEEDED,
...); an HTTP error without a GraphQL body raises requests' HTTPError.

Every read pages through the API's cursor connections, so a list is complete
however long it grows. The client needs requests and pandas; networkx only
for to_networkx.
"""

import io
import os
import time
import zipfile

import pandas as pd
import requests

DEFAULT_URL = "http://127.0.0.1:8080"

# The columns of members(); the same whatever the alliance, also when empty.
MEMBER_COLUMNS = [
    "slug", "name", "type", "role", "since", "until", "modality", "disputed", "reported", "sources",
]

_MEMBERS = """
query ($slug: String!, $asOf: Date, $after: String) {
  alliance(slug: $slug) {
    members(first: 100, after: $after, asOf: $asOf) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        since until role modality disputed
        node { slug name type }
        sources { url date }
      }
    }
  }
}"""

_PATH = """
query ($from: String!, $to: String!, $maxHops: Int, $relations: [Relation!]) {
  path(from: $from, to: $to, maxHops: $maxHops, relations: $relations) {
    hops
    nodes { slug name type }
    edges {
      relation direction since until role modality disputed
      from { slug } to { slug }
      sources { url title publisher date evidence }
    }
  }
}"""


class GraphQLError(Exception):
    """The server answered a query with errors.

    message and code are those of the first error (code is its
    extensions.code, None when it has none); errors holds every error as the
    server sent it and data whatever partial data came with them.
    """

    def __init__(self, errors, data=None):
        first = errors[0] if errors else {}
        self.message = first.get("message", "unknown GraphQL error")
        self.code = (first.get("extensions") or {}).get("code")
        self.errors = errors
        self.data = data
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{self.code or 'ERROR'}: {self.message}{more}")


class Client:
    """A telcograph server at url (default: $TELCOGRAPH_URL or DEFAULT_URL).

    A Client keeps one HTTP session; it is not meant to be shared between
    threads. A request the server's rate limit turns away (429) is retried
    after the wait the server asks for, up to retries times.
    """

    def __init__(self, url=None, timeout=60, retries=5):
        self.url = (url or os.environ.get("TELCOGRAPH_URL") or DEFAULT_URL).rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.session = requests.Session()

    def __repr__(self):
        return f"Client({self.url!r})"

    def _send(self, method, path, **kwargs):
        for attempt in range(self.retries + 1):
            r = self.session.request(method, self.url + path, timeout=self.timeout, **kwargs)
            if r.status_code != 429 or attempt == self.retries:
                return r
            time.sleep(float(r.headers.get("Retry-After") or 1))
        return r

    def query(self, q, variables=None):
        """Runs a GraphQL query (or mutation) and returns its data.

        Raises GraphQLError when the answer carries errors, also next to
        partial data, so a cell never goes on with half an answer.
        """
        r = self._send("POST", "/graphql", json={"query": q, "variables": variables or {}})
        try:
            body = r.json()
        except ValueError:
            r.raise_for_status()
            raise
        if not isinstance(body, dict) or ("errors" not in body and "data" not in body):
            r.raise_for_status()
            raise ValueError(f"{self.url}/graphql: not a GraphQL answer: {r.text[:200]!r}")
        if body.get("errors"):
            raise GraphQLError(body["errors"], body.get("data"))
        r.raise_for_status()
        return body["data"]

    def members(self, alliance, as_of=None):
        """The members of an alliance (by slug) as a DataFrame, by name.

        One row a member: slug, name, type, role (MEMBER or FOUNDING_MEMBER),
        since and until (dates to their precision, "2023-02", or None),
        modality, disputed, reported (the earliest date of a source that
        states the membership, or None) and sources (the articles' URLs).
        With as_of (a date such as "2024" or "2024-06-30"), only the members
        in force then, as the API's members(asOf:) decides.
        """
        rows, after = [], None
        while True:
            data = self.query(_MEMBERS, {"slug": alliance, "asOf": as_of, "after": after})
            if data["alliance"] is None:
                raise GraphQLError([{"message": f"no alliance {alliance!r}", "extensions": {"code": "NOT_FOUND"}}])
            conn = data["alliance"]["members"]
            for e in conn["edges"]:
                dates = sorted(s["date"] for s in e["sources"] if s["date"])
                rows.append({
                    "slug": e["node"]["slug"],
                    "name": e["node"]["name"],
                    "type": e["node"]["type"],
                    "role": e["role"],
                    "since": e["since"],
                    "until": e["until"],
                    "modality": e["modality"],
                    "disputed": e["disputed"],
                    "reported": dates[0] if dates else None,
                    "sources": [s["url"] for s in e["sources"]],
                })
            if not conn["pageInfo"]["hasNextPage"]:
                break
            after = conn["pageInfo"]["endCursor"]
        return pd.DataFrame(rows, columns=MEMBER_COLUMNS)

    def path(self, a, b, max_hops=6, relations=None):
        """The shortest path from entity a to entity b (slugs), or None when
        there is none within max_hops (at most 10).

        The path is a dict as the API gives it: hops, nodes (slug, name,
        type; nodes[0] is a) and edges, where edges[i] links nodes[i] and
        nodes[i+1] and carries relation, direction (OUT when the path walks
        it from `from` to `to`), qualifiers and sources. relations limits
        the relations followed (GraphQL enum names such as "MEMBER_OF").
        """
        v = {"from": a, "to": b, "maxHops": max_hops, "relations": relations}
        return self.query(_PATH, v)["path"]

    def _export(self, fmt, **params):
        r = self._send("GET", "/export", params={"format": fmt, **params})
        r.raise_for_status()
        return r

    def to_networkx(self):
        """The whole graph from /export?format=graphml as a networkx
        MultiDiGraph (two entities may be linked by several relations).

        Nodes are slugs with attributes type and name; each edge has
        relation, and where known since, role, sources (URLs separated by
        spaces) and evidence (sentences separated by " | "). Planned facts
        are not edges.
        """
        import networkx as nx

        return nx.read_graphml(io.BytesIO(self._export("graphml").content), force_multigraph=True)

    def to_pandas(self):
        """The whole graph as two DataFrames, (nodes, edges), from the CSV
        export: nodes has id, type, name; edges has source, target, relation,
        since, role, sources, evidence.

        Every column is text, an empty cell is NaN; a country code such as
        "NA" stays a string. A server that serves one table as plain CSV
        (format=csv&table=...) is asked for each; an older one, which
        answers with a zip of nodes.csv and edges.csv, is read from the zip.
        """
        tables = {}
        for name in ("nodes", "edges"):
            if name in tables:
                continue
            r = self._export("csv", table=name)
            if _is_zip(r):
                with zipfile.ZipFile(io.BytesIO(r.content)) as z:
                    for member in ("nodes", "edges"):
                        tables[member] = _read_csv(z.read(member + ".csv"))
            else:
                tables[name] = _read_csv(r.content)
        return tables["nodes"], tables["edges"]


def _is_zip(r):
    ctype = r.headers.get("Content-Type", "").split(";")[0].strip()
    return ctype == "application/zip" or r.content[:4] == b"PK\x03\x04"


def _read_csv(raw):
    return pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, na_values=[""])


_default = None


def default_client():
    """The Client the module-level functions use, made on first use."""
    global _default
    if _default is None:
        _default = Client()
    return _default


def query(q, variables=None):
    """Client.query on the default client."""
    return default_client().query(q, variables)


def members(alliance, as_of=None):
    """Client.members on the default client."""
    return default_client().members(alliance, as_of)


def path(a, b, max_hops=6, relations=None):
    """Client.path on the default client."""
    return default_client().path(a, b, max_hops, relations)


def to_networkx():
    """Client.to_networkx on the default client."""
    return default_client().to_networkx()


def to_pandas():
    """Client.to_pandas on the default client."""
    return default_client().to_pandas()
