#!/usr/bin/env python3
# Checks a database made by `dossier import ../shared/corpora/bbc` against bench/gold/bbc-duplicates.json:
# for each pair list, how many pairs are linked directly and how many are in one story.
# Usage: import_pairs.py DATABASE
import json, sqlite3, sys
g=json.load(open(__file__.rsplit('/', 2)[0] + '/gold/bbc-duplicates.json'))
db=sqlite3.connect(sys.argv[1])
ids={p:i for i,p in db.execute("select id,path from articles")}
story={a:s for a,s in db.execute("select article_id, story_id from story_members")}
direct=set()
for a,b in db.execute("select a,b from story_links"): direct.add((a,b)); direct.add((b,a))
def check(name, pairs):
    n=l=0
    for t in pairs:
        a,b=(t['a'],t['b']) if isinstance(t,dict) else t[:2]
        ia,ib=ids[a],ids[b]
        if story.get(ia) is not None and story.get(ia)==story.get(ib): n+=1
        if (ia,ib) in direct: l+=1
    print(f"{name}: {len(pairs)} pairs, linked directly {l}, in one story {n}")
for k in ['identical','body_identical','near_duplicates','same_topic']:
    check(k, g[k])
