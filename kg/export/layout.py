"""Where each node starts: a layout that needs no layout engine and is the same on every run,
for every format (yEd and Gephi open on it, the HTML view draws it as it is)."""

from __future__ import annotations

import math

from .style import box

STRUCTURE = ("has-clause", "provides", "tkg:hasClause", "tkg:provides")
OUTSIDE_THE_TREE = ("actor", "body", "role", "territory", "position", "agreement", "literal", "resource")
COLUMN_GAP = 70.0
ROW_GAP = 12.0
BLOCK_GAP = 26.0


def tree_positions(graph) -> dict[str, tuple[float, float]]:
    """A layout that needs no layout engine and is the same on every run, read left to right
    like the text: each agreement, its clauses in the order they are written, each clause's
    provisions (two abreast) beside it, and in the last column the actors, bodies, territories,
    roles and positions, each level with what it is linked to. Several agreements are placed
    in a grid of such blocks; nodes linked to no agreement (the actor view) go round a circle."""
    nodes = dict(graph.nodes(data=True))
    sizes = {n: box(d["label"], d["kind"]) for n, d in nodes.items()}

    def order(n):
        return (nodes[n].get("file") or "", nodes[n].get("line") or 0, n)

    # The tree: clauses under their agreement, provisions under their clause, then parts that no
    # clause lists under the provision that names them.
    children: dict[str, list[str]] = {}
    roots = sorted((n for n, d in nodes.items() if d["kind"] == "agreement"), key=order)
    depth = {r: 0 for r in roots}
    for relations in (STRUCTURE, None):
        frontier = sorted(depth, key=lambda n: (depth[n], order(n)))
        while frontier:
            following = []
            for node in frontier:
                for _, target, data in sorted(graph.out_edges(node, data=True), key=lambda e: order(e[1])):
                    if target in depth or nodes[target]["kind"] in OUTSIDE_THE_TREE:
                        continue
                    if relations is not None and data["relation"] not in relations:
                        continue
                    depth[target] = depth[node] + 1
                    children.setdefault(node, []).append(target)
                    following.append(target)
            frontier = following

    def descendants(node):
        for child in children.get(node, []):
            yield child
            yield from descendants(child)

    columns = [0.0] * 5  # widest node of: agreement, clause, provision (two columns), outside
    local: dict[str, tuple[int, float]] = {}  # node -> (column, y within its block)
    blocks = []
    for root in roots:
        cursor = 0.0
        groups = [(c, list(descendants(c))) for c in children.get(root, []) if depth[c] == 1]
        for clause, parts in groups:
            rows = [parts[i:i + 2] for i in range(0, len(parts), 2)]
            heights = [max(sizes[n][1] for n in row) for row in rows]
            block = max(sizes[clause][1], sum(heights) + ROW_GAP * max(0, len(rows) - 1))
            local[clause] = (1, cursor + block / 2)
            columns[1] = max(columns[1], sizes[clause][0])
            y = cursor + (block - sum(heights) - ROW_GAP * max(0, len(rows) - 1)) / 2
            for row, height in zip(rows, heights):
                for index, node in enumerate(row):
                    local[node] = (2 + index, y + height / 2)
                    columns[2 + index] = max(columns[2 + index], sizes[node][0])
                y += height + ROW_GAP
            cursor += block + BLOCK_GAP
        local[root] = (0, max(0.0, cursor - BLOCK_GAP) / 2)
        columns[0] = max(columns[0], sizes[root][0])
        blocks.append((root, max(cursor - BLOCK_GAP, sizes[root][1])))

    in_tree = set(local)
    block_of = {}
    for root in roots:
        for node in (root, *descendants(root)):
            block_of.setdefault(node, root)
    outside: dict[str, list[tuple[float, str]]] = {}
    unattached = []
    for node in sorted(n for n in nodes if n not in in_tree):
        neighbours = [m for m in (*graph.predecessors(node), *graph.successors(node)) if m in in_tree]
        if not neighbours:
            unattached.append(node)
            continue
        counts: dict[str, int] = {}
        for m in neighbours:
            counts[block_of[m]] = counts.get(block_of[m], 0) + 1
        root = min(counts, key=lambda r: (-counts[r], order(r)))
        wanted = [local[m][1] for m in neighbours if block_of[m] == root]
        outside.setdefault(root, []).append((sum(wanted) / len(wanted), node))
        columns[4] = max(columns[4], sizes[node][0])
    for root, members in outside.items():
        members.sort()
        placed, bottom = [], -math.inf
        for wanted, node in members:
            half = sizes[node][1] / 2
            y = max(wanted, bottom + ROW_GAP + half)
            placed.append((node, y))
            bottom = y + half
        shift = sum(w for w, _ in members) / len(members) - sum(y for _, y in placed) / len(placed)
        top = min(y - sizes[n][1] / 2 for n, y in placed) + shift
        shift -= min(0.0, top)  # never above the block
        for node, y in placed:
            local[node] = (4, y + shift)

    x_of, x = [], 0.0
    for index, width in enumerate(columns):
        if index:
            x += columns[index - 1] / 2 + COLUMN_GAP + width / 2
        x_of.append(x)
    block_width = x_of[-1] + columns[-1] / 2 + columns[0] / 2 + COLUMN_GAP * 2
    positions: dict[str, tuple[float, float]] = {}
    per_row = max(1, math.ceil(math.sqrt(len(blocks)))) if len(blocks) > 3 else 1
    members_of = {root: [n for n in local if block_of.get(n) == root] + [n for _, n in outside.get(root, [])]
                  for root, _ in blocks}
    heights = {root: max([height] + [local[n][1] + sizes[n][1] / 2 for n in members_of[root]]) for root, height in blocks}
    top = 0.0
    for start in range(0, len(blocks), per_row):
        row = blocks[start:start + per_row]
        for index, (root, _) in enumerate(row):
            for node in members_of[root]:
                column, y = local[node]
                positions[node] = (round(index * block_width + x_of[column], 1), round(top + y, 1))
        top += max(heights[root] for root, _ in row) + BLOCK_GAP * 4

    if unattached:
        circumference = sum(sizes[n][0] + BLOCK_GAP for n in unattached)
        ordered = sorted(unattached, key=lambda n: (-graph.degree(n), n))
        centre_y = top + (circumference / (2 * math.pi) if positions else 0.0)
        # A hub linked to most of the others (the protected state in the actor view) goes in the middle.
        if len(ordered) > 2 and graph.degree(ordered[0]) >= graph.number_of_edges() / 2:
            positions[ordered.pop(0)] = (0.0, round(centre_y, 1))
        radius = max(160.0, circumference / (2 * math.pi)) if len(ordered) > 1 else 0.0
        for index, node in enumerate(ordered):
            angle = -math.pi / 2 + 2 * math.pi * index / len(ordered)
            positions[node] = (round(radius * math.cos(angle), 1), round(centre_y + radius * math.sin(angle), 1))
    return positions
