#!/usr/bin/python3
"""Times python-igraph (C) and networkx on the benchmark graph written by analysis.bench.ts.

Usage: /usr/bin/python3 bench/analysis_reference.py EDGE_FILE N_NODES SAMPLE
EDGE_FILE: one "u v" pair per line (undirected, no duplicates). Prints one JSON object:
{"igraph": {measure: seconds}, "networkx": {measure: seconds}, "notes": [...]}

networkx betweenness and closeness are O(V*E) in pure Python (about 25 min for 10k/100k), so
when SAMPLE > 0 they run on SAMPLE source nodes and the time is scaled by N/SAMPLE: an
extrapolation, reported as such in "notes".
"""
import json
import sys
import time


def timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main():
    path, n, sample = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    out = {"igraph": {}, "networkx": {}, "notes": []}

    import igraph
    g = igraph.Graph(n=n, edges=edges, directed=False)
    out["igraph"]["degree"] = timed(lambda: g.degree())
    out["igraph"]["betweenness"] = timed(lambda: g.betweenness())
    out["igraph"]["closeness"] = timed(lambda: g.closeness())
    out["igraph"]["eigenvector"] = timed(lambda: g.eigenvector_centrality())
    out["igraph"]["pagerank"] = timed(lambda: g.pagerank(damping=0.85))
    out["igraph"]["communities"] = timed(lambda: g.community_multilevel())

    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    out["networkx"]["degree"] = timed(lambda: nx.degree_centrality(G))
    if sample > 0 and sample < n:
        t = timed(lambda: nx.betweenness_centrality(G, k=sample, seed=1))
        out["networkx"]["betweenness"] = t * n / sample
        nodes = list(G.nodes())[:sample]
        t = timed(lambda: [nx.closeness_centrality(G, u=u) for u in nodes])
        out["networkx"]["closeness"] = t * n / sample
        out["notes"].append(
            f"networkx betweenness and closeness extrapolated from {sample} of {n} source nodes (x{n / sample:.0f})")
    else:
        out["networkx"]["betweenness"] = timed(lambda: nx.betweenness_centrality(G))
        out["networkx"]["closeness"] = timed(lambda: nx.closeness_centrality(G))
    out["networkx"]["eigenvector"] = timed(lambda: nx.eigenvector_centrality(G, max_iter=10000, tol=1e-6))
    out["networkx"]["pagerank"] = timed(lambda: nx.pagerank(G, alpha=0.85, tol=1e-6))
    out["networkx"]["communities"] = timed(lambda: nx.community.louvain_communities(G, seed=1))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
