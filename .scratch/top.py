import json,sys,glob,collections
import os; f=max(glob.glob('.scratch/prof/*.cpuprofile'), key=os.path.getsize)
p=json.load(open(f))
nodes={n['id']:n for n in p['nodes']}
self_t=collections.Counter()
dt=p['timeDeltas']; 
for s,d in zip(p['samples'],dt): self_t[s]+=d
agg=collections.Counter()
for i,t in self_t.items():
  cf=nodes[i]['callFrame']; agg[(cf['functionName'],cf['url'].split('/')[-1],cf['lineNumber'])]+=t
tot=sum(agg.values())
for k,v in agg.most_common(30): print(f"{v/tot*100:5.1f}% {k}")
