import json,glob,os,collections,sys
f=max(glob.glob('.scratch/prof/*.cpuprofile'), key=os.path.getsize)
p=json.load(open(f)); nodes={n['id']:n for n in p['nodes']}
parent={}
for n in p['nodes']:
  for c in n.get('children',[]): parent[c]=n['id']
t=collections.Counter()
for s,d in zip(p['samples'],p['timeDeltas']): t[s]+=d
names=sys.argv[1:]
incl=collections.Counter(); tot=sum(t.values())
for s,v in t.items():
  seen=set(); i=s
  while i is not None:
    fn=nodes[i]['callFrame']['functionName']
    if fn in names and fn not in seen: incl[fn]+=v; seen.add(fn)
    i=parent.get(i)
for k in names: print(f"{k:24s} {incl[k]/tot*100:5.1f}%")
