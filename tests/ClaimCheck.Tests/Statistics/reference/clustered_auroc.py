"""Independent reference for ClaimCheck's clustered AUROC variance (Obuchowski 1997), with numpy.

Usage: clustered_auroc.py INPUT OUTPUT
INPUT holds data sets of three lines each: scores, labels (1 positive, 0 negative) and cluster ids, space-separated.
OUTPUT gets one line per data set: the AUROC and its clustered variance, as Python's repr (round-trip) doubles.

The computation is deliberately unlike ClaimCheck's: it builds the full matrix of pair comparisons (no sorting, no tie
groups) and evaluates the textbook form S10/M + S01/N + 2*S11/(M*N) term by term.
"""
import sys

import numpy as np


def clustered_auroc(scores, labels, clusters):
    x = scores[labels]            # positives
    y = scores[~labels]           # negatives
    psi = (x[:, None] > y[None, :]).astype(float) + 0.5 * (x[:, None] == y[None, :])
    theta = psi.mean()
    v10 = psi.mean(axis=1)        # placement value of each positive
    v01 = psi.mean(axis=0)        # placement value of each negative
    ids = np.unique(clusters)
    pos_clusters = clusters[labels]
    neg_clusters = clusters[~labels]
    big_m, big_n = len(x), len(y)
    a = np.array([v10[pos_clusters == c].sum() - (pos_clusters == c).sum() * theta for c in ids])
    b = np.array([v01[neg_clusters == c].sum() - (neg_clusters == c).sum() * theta for c in ids])
    i_all = len(ids)
    i10 = len(np.unique(pos_clusters))
    i01 = len(np.unique(neg_clusters))
    s10 = i10 / ((i10 - 1) * big_m) * np.sum(a * a)
    s01 = i01 / ((i01 - 1) * big_n) * np.sum(b * b)
    s11 = i_all / (i_all - 1) * np.sum(a * b)
    return theta, s10 / big_m + s01 / big_n + 2 * s11 / (big_m * big_n)


def main():
    with open(sys.argv[1]) as f:
        lines = [line.split() for line in f if line.strip()]
    out = []
    for k in range(0, len(lines), 3):
        scores = np.array([float(v) for v in lines[k]])
        labels = np.array([v == "1" for v in lines[k + 1]])
        clusters = np.array([int(v) for v in lines[k + 2]])
        theta, variance = clustered_auroc(scores, labels, clusters)
        out.append(f"{float(theta)!r} {float(variance)!r}")
    with open(sys.argv[2], "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(out)} data sets, numpy {np.__version__}")


if __name__ == "__main__":
    main()
