#!/usr/bin/env python3
"""Prints the table of src/ui/export/box_lines.rs from the Unicode names of U+2500 to U+257F."""
import unicodedata
W={'LIGHT':1,'SINGLE':1,'HEAVY':2,'DOUBLE':3}
D={'UP':['u'],'DOWN':['d'],'LEFT':['l'],'RIGHT':['r'],'HORIZONTAL':['l','r'],'VERTICAL':['u','d']}
out=[]
for cp in range(0x2500,0x2580):
    name=unicodedata.name(chr(cp))[len('BOX DRAWINGS '):]
    dash=0; arc=False
    for k,v in (('DOUBLE DASH',2),('TRIPLE DASH',3),('QUADRUPLE DASH',4)):
        if k in name: dash=v; name=name.replace(k+' ','')
    if 'ARC' in name: arc=True; name=name.replace('ARC ','')
    if 'DIAGONAL' in name: out.append((cp,None,0,False,name)); continue
    t=name.split()
    w={}
    if t[0] in W:
        cur=None
        for x in t:
            if x in W: cur=W[x]
            elif x in D:
                for d in D[x]: w[d]=cur
    else:
        pend=[]
        for x in t:
            if x in W:
                for d in pend: w[d]=W[x]
                pend=[]
            elif x in D: pend+=D[x]
        assert not pend,name
    out.append((cp,w,dash,arc,name))
for cp,w,dash,arc,name in out:
    if w is None: code=0xFFFF
    else:
        code=w.get('u',0)|w.get('r',0)<<2|w.get('d',0)<<4|w.get('l',0)<<6|dash<<8|(arc<<11)
    print(f"    0x{code:04x}, // {chr(cp)} {name.lower()}")
