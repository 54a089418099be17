#!/usr/bin/env python3
"""Score a Dossier JSON export against hand-annotated gold files (bench/gold/*.json).

    python3 bench/eval_analysis.py --gold bench/gold/bbc-1.json bench/gold/bbc-2.json \
        --export EXPORT.json [--json] [--verbose]

Gold format and annotation rules: bench/gold/README.md.  Standard library only.

Measures
  quotes (all)      predicted quote matches a gold quote when the normalised texts are equal and
                    the spans overlap; kind ignored
  quotes (full)     the same, restricted to gold kind "full" vs predicted kind "full"
  quotes (lenient)  spans overlap by >= 50% of the longer span; texts not compared
  speaker           accuracy over the quote pairs matched in "quotes (all)"
  entities          exact span + type, per type PER/ORG/LOC and micro-averaged over the three;
                    predictions of any other type (DATE, MISC, ...) are ignored
Matching is one-to-one (each gold and each predicted item is used at most once).  Articles are
matched by path.  When an article's text differs from the one the gold was written on (sha256),
each gold span is re-anchored to the occurrence of its text nearest its old offset; spans whose
text no longer occurs are "lost" and count as misses.
"""
import argparse
import hashlib
import json
import re
import sys

ENT_TYPES = ("PER", "ORG", "LOC")
QUOTE_CHARS = "\u201c\u201d\u2018\u2019\"'\u00ab\u00bb\u201e\u201a\u2039\u203a"
TRAIL_PUNCT = ",.;:?!"


# ----------------------------------------------------------------------------- normalisation
def norm_quote(text):
    """Strip quote characters and white space at both ends, collapse inner white space,
    ignore trailing , . ; : ? ! (repeated until stable)."""
    t = " ".join((text or "").split())
    prev = None
    while t != prev:
        prev = t
        t = t.strip(QUOTE_CHARS + " ")
        t = t.rstrip(TRAIL_PUNCT)
    return t


def name_words(name):
    """Word sequence of a speaker name: lower case, punctuation dropped, possessive 's and a
    leading 'the' ignored.  None/empty -> None."""
    if name is None:
        return None
    t = name.lower().replace("\u2019", "'")
    words = re.findall(r"[^\W_]+(?:'[^\W_]+)*", t)
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    if words and words[0] == "the":
        words = words[1:]
    return words or None


def same_speaker(gold, pred):
    g, p = name_words(gold), name_words(pred)
    if g is None or p is None:
        return g is None and p is None
    n = min(len(g), len(p))
    return g[-n:] == p[-n:]  # equal, or the shorter is a suffix of the longer


# ----------------------------------------------------------------------------- loading
def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def find_export_article(by_path, path):
    if path in by_path:
        return by_path[path]
    # tolerate a different root: unique match on a path suffix at a '/' boundary
    hits = [a for p, a in by_path.items()
            if p.endswith("/" + path) or path.endswith("/" + p)]
    return hits[0] if len(hits) == 1 else None


def reanchor(items, text, old_hash_ok, stats, problems, what):
    """Return copies of gold items with offsets valid in `text`.  Lost items get start None."""
    out = []
    placed = []  # (start, end) of spans already placed: a re-anchored span may not overlap them
    todo = []
    for it in items:
        it = dict(it)
        s, e, t = it["start"], it["end"], it["text"]
        if old_hash_ok and text[s:e] == t:
            out.append(it)
            placed.append((s, e))
        else:
            todo.append(it)
    # longest first, so "Donald Trump" is placed before "Trump" can land inside it
    for it in sorted(todo, key=lambda x: (-len(x["text"]), x["start"])):
        s, e, t = it["start"], it["end"], it["text"]
        if old_hash_ok:
            problems.append("%s span %d-%d does not match the article text (gold out of date?)" % (what, s, e))
        occ, i = [], text.find(t)
        while i >= 0 and t:
            occ.append(i)
            i = text.find(t, i + 1)
        free = [o for o in occ if not any(o < pe and o + len(t) > ps for ps, pe in placed)]
        if not free:
            it["start"] = it["end"] = None
            it["lost"] = True
            stats["lost"] += 1
            problems.append("%s lost: %r (was at %d)" % (what, t[:60], s))
        else:
            o = min(free, key=lambda o: (abs(o - s), o))
            placed.append((o, o + len(t)))
            if o != s:
                stats["moved"] += 1
            stats["reanchored"] += 1
            it["start"], it["end"] = o, o + len(t)
        out.append(it)
    out.sort(key=lambda x: (x["start"] is None, x["start"] or 0))
    return out


# ----------------------------------------------------------------------------- matching
def overlap(a, b):
    if a["start"] is None or b["start"] is None:
        return 0
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(golds, preds, ok):
    """Greedy one-to-one matching, best overlap first.  ok(g, p) -> bool.
    Returns list of (gi, pi) pairs."""
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if ok(g, p):
                cands.append((-overlap(g, p), gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def strict_ok(g, p):
    return overlap(g, p) > 0 and g["_norm"] == p["_norm"]


def lenient_ok(g, p):
    ov = overlap(g, p)
    longer = max(g["end"] - g["start"], p["end"] - p["start"]) if g["start"] is not None else 0
    return ov > 0 and 2 * ov >= longer


def prf(tp, n_gold, n_pred):
    if n_gold == 0 and n_pred == 0:
        return None, None, None
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Counts:
    def __init__(self):
        self.tp = self.gold = self.pred = 0

    def add(self, tp, gold, pred):
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def as_dict(self):
        p, r, f = prf(self.tp, self.gold, self.pred)
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp, "precision": p, "recall": r, "f1": f}


# ----------------------------------------------------------------------------- evaluation
def pred_items(art, key, text, problems):
    out = []
    for it in art.get(key) or []:
        it = dict(it)
        try:
            s, e = int(it["start"]), int(it["end"])
        except (KeyError, TypeError, ValueError):
            problems.append("predicted %s without valid offsets: %r" % (key, it))
            continue
        it["start"], it["end"] = s, e
        if text is not None:
            if not (0 <= s <= e <= len(text)):
                problems.append("predicted %s offsets out of range: %d-%d" % (key, s, e))
                continue
            if "text" in it and it["text"] != text[s:e]:
                problems.append("predicted %s text differs from text[%d:%d]: %r" % (key, s, e, it["text"][:40]))
            it["text"] = text[s:e]
        out.append(it)
    return out


def evaluate(gold_paths, export_path):
    export = load_json(export_path)
    by_path = {}
    for a in export.get("articles") or []:
        by_path.setdefault(a.get("path"), a)
    res = {
        "gold_files": gold_paths, "export": export_path,
        "articles": {"gold": 0, "found": 0, "missing": [], "text_changed": 0, "export_only": 0},
        "reanchor": {"reanchored": 0, "moved": 0, "lost": 0},
    }
    C = {k: Counts() for k in ("quotes_all", "quotes_full", "quotes_lenient")}
    E = {t: Counts() for t in ENT_TYPES}
    spk_n = spk_ok = 0
    per_article = []
    seen_paths = set()
    for gp in gold_paths:
        gold = load_json(gp)
        for ga in gold["articles"]:
            res["articles"]["gold"] += 1
            path = ga["path"]
            seen_paths.add(path)
            rep = {"gold_file": gp, "path": path, "problems": [], "missed_quotes": [], "spurious_quotes": [],
                   "speaker_errors": [], "kind_errors": [], "missed_entities": [], "spurious_entities": []}
            per_article.append(rep)
            ea = find_export_article(by_path, path)
            if ea is None:
                res["articles"]["missing"].append(path)
                rep["problems"].append("article not in export")
                text, same = None, False
            else:
                res["articles"]["found"] += 1
                seen_paths.add(ea.get("path"))
                text = ea.get("text")
                same = text is not None and sha256(text) == ga.get("text_sha256")
                if text is not None and not same:
                    res["articles"]["text_changed"] += 1
                    rep["problems"].append("text differs from gold (sha256); gold spans re-anchored")
            if text is not None:
                gq = reanchor(ga["quotes"], text, same, res["reanchor"], rep["problems"], "quote")
                ge = reanchor(ga["entities"], text, same, res["reanchor"], rep["problems"], "entity")
            else:
                gq = [dict(q) for q in ga["quotes"]]
                ge = [dict(e) for e in ga["entities"]]
                if ea is None:  # nothing can match
                    for x in gq + ge:
                        x["start"] = x["end"] = None
            pq = pred_items(ea, "quotes", text, rep["problems"]) if ea else []
            pe = pred_items(ea, "entities", text, rep["problems"]) if ea else []
            for x in gq + pq:
                x["_norm"] = norm_quote(x.get("text", ""))

            # quotes, all kinds
            pairs = match(gq, pq, strict_ok)
            C["quotes_all"].add(len(pairs), len(gq), len(pq))
            mg = {g for g, _ in pairs}
            mp = {p for _, p in pairs}
            rep["missed_quotes"] = [q for i, q in enumerate(gq) if i not in mg]
            rep["spurious_quotes"] = [q for i, q in enumerate(pq) if i not in mp]
            for gi, pi in pairs:
                g, p = gq[gi], pq[pi]
                spk_n += 1
                if same_speaker(g.get("speaker"), p.get("speaker")):
                    spk_ok += 1
                else:
                    rep["speaker_errors"].append((g, p))
                if (g.get("kind") == "full") != (p.get("kind") == "full"):
                    rep["kind_errors"].append((g, p))
            # full quotes only
            gf = [q for q in gq if q.get("kind") == "full"]
            pf = [q for q in pq if q.get("kind") == "full"]
            C["quotes_full"].add(len(match(gf, pf, strict_ok)), len(gf), len(pf))
            # lenient
            C["quotes_lenient"].add(len(match(gq, pq, lenient_ok)), len(gq), len(pq))

            # entities
            pe = [e for e in pe if e.get("type") in ENT_TYPES]
            gkeys = {}
            for e in ge:
                if e["start"] is not None:
                    gkeys.setdefault((e["start"], e["end"], e["type"]), e)
            pkeys = {}
            for e in pe:
                pkeys.setdefault((e["start"], e["end"], e["type"]), e)
            for t in ENT_TYPES:
                ng = sum(1 for e in ge if e["type"] == t)   # lost spans count as misses
                npred = sum(1 for k in pkeys if k[2] == t)
                tp = sum(1 for k in pkeys if k[2] == t and k in gkeys)
                E[t].add(tp, ng, npred)
            rep["missed_entities"] = [e for e in ge if e["start"] is None
                                      or (e["start"], e["end"], e["type"]) not in pkeys]
            rep["spurious_entities"] = [e for k, e in pkeys.items() if k not in gkeys]

    res["articles"]["export_only"] = sum(1 for p in by_path if p not in seen_paths)
    res["quotes"] = {k: c.as_dict() for k, c in C.items()}
    res["speaker"] = {"n": spk_n, "correct": spk_ok, "accuracy": (spk_ok / spk_n) if spk_n else None}
    micro = Counts()
    for t in ENT_TYPES:
        micro.add(E[t].tp, E[t].gold, E[t].pred)
    res["entities"] = {t: E[t].as_dict() for t in ENT_TYPES}
    res["entities"]["micro"] = micro.as_dict()
    return res, per_article


# ----------------------------------------------------------------------------- output
def fmt(x):
    return "    -" if x is None else "%5.3f" % x


def print_table(res, out=sys.stdout):
    a = res["articles"]
    w = out.write
    w("Gold: %s\nExport: %s\n" % (", ".join(res["gold_files"]), res["export"]))
    w("Articles: %d gold, %d found in export, %d missing, %d with changed text, %d export-only (ignored)\n\n"
      % (a["gold"], a["found"], len(a["missing"]), a["text_changed"], a["export_only"]))
    w("%-20s %6s %6s %6s %7s %7s %7s\n" % ("measure", "gold", "pred", "tp", "P", "R", "F1"))
    w("-" * 63 + "\n")
    rows = [("quotes (all)", res["quotes"]["quotes_all"]),
            ("quotes (full)", res["quotes"]["quotes_full"]),
            ("quotes (lenient)", res["quotes"]["quotes_lenient"])]
    rows += [("entities " + t, res["entities"][t]) for t in ENT_TYPES]
    rows += [("entities micro", res["entities"]["micro"])]
    for name, d in rows:
        w("%-20s %6d %6d %6d %7s %7s %7s\n" % (name, d["gold"], d["pred"], d["tp"],
                                              fmt(d["precision"]), fmt(d["recall"]), fmt(d["f1"])))
    s = res["speaker"]
    w("-" * 63 + "\n")
    w("speaker accuracy over matched quotes: %d/%d = %s\n" % (s["correct"], s["n"], fmt(s["accuracy"]).strip()))
    r = res["reanchor"]
    w("gold spans re-anchored: %d (moved: %d), lost: %d (counted as misses)\n" % (r["reanchored"], r["moved"], r["lost"]))
    if a["missing"]:
        w("missing articles: %s\n" % ", ".join(a["missing"]))


def short(x):
    t = x.get("text") or ""
    t = " ".join(t.split())
    return (t[:70] + "...") if len(t) > 73 else t


def pos(x):
    return "lost" if x.get("start") is None else "%s-%s" % (x.get("start"), x.get("end"))


def print_verbose(per_article, out=sys.stdout):
    w = out.write
    for rep in per_article:
        lines = []
        for p in rep["problems"]:
            lines.append("  ! " + p)
        for q in rep["missed_quotes"]:
            lines.append("  missed quote   %-11s [%s, %s] %r" % (pos(q), q.get("kind"), q.get("speaker"), short(q)))
        for q in rep["spurious_quotes"]:
            lines.append("  spurious quote %-11s [%s, %s] %r" % (pos(q), q.get("kind"), q.get("speaker"), short(q)))
        for g, p in sorted(rep["speaker_errors"], key=lambda gp: gp[0]["start"]):
            lines.append("  speaker        %-11s gold %r, predicted %r: %r" % (pos(g), g.get("speaker"), p.get("speaker"), short(g)))
        for g, p in sorted(rep["kind_errors"], key=lambda gp: gp[0]["start"]):
            lines.append("  kind           %-11s gold %s, predicted %s: %r" % (pos(g), g.get("kind"), p.get("kind"), short(g)))
        ents = [(e["start"] if e["start"] is not None else -1, 0, "  missed entity   %-10s %s %r"
                 % (pos(e), e["type"], e.get("text"))) for e in rep["missed_entities"]]
        ents += [(e["start"], 1, "  spurious entity %-10s %s %r" % (pos(e), e.get("type"), e.get("text")))
                 for e in rep["spurious_entities"]]
        lines += [l for _, _, l in sorted(ents)]
        w("%s%s\n" % (rep["path"], "" if lines else "  (no errors)"))
        for l in lines:
            w(l + "\n")
    w("\n")


def verbose_json(per_article):
    def clean(x):
        return {k: v for k, v in x.items() if not k.startswith("_")}
    out = []
    for rep in per_article:
        out.append({
            "path": rep["path"], "gold_file": rep["gold_file"], "problems": rep["problems"],
            "missed_quotes": [clean(q) for q in rep["missed_quotes"]],
            "spurious_quotes": [clean(q) for q in rep["spurious_quotes"]],
            "speaker_errors": [{"gold": clean(g), "predicted": clean(p)} for g, p in rep["speaker_errors"]],
            "kind_errors": [{"gold": clean(g), "predicted": clean(p)} for g, p in rep["kind_errors"]],
            "missed_entities": [clean(e) for e in rep["missed_entities"]],
            "spurious_entities": [clean(e) for e in rep["spurious_entities"]],
        })
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description="Score a Dossier JSON export against gold annotations.")
    ap.add_argument("--gold", nargs="+", required=True, help="gold file(s), bench/gold/*.json")
    ap.add_argument("--export", required=True, help="Dossier JSON export of the same articles")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="per-article missed and spurious items")
    args = ap.parse_args(argv)
    res, per_article = evaluate(args.gold, args.export)
    if args.json:
        if args.verbose:
            res["per_article"] = verbose_json(per_article)
        json.dump(res, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        if args.verbose:
            print_verbose(per_article)
        print_table(res)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        sys.exit(1)
