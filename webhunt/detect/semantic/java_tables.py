"""What the Java analyser knows about the servlet and JDK APIs webshells use."""

from __future__ import annotations

import re

from webhunt.detect.semantic.values import GUARD_LITERAL, GUARD_PATH

#: Methods of a servlet request that return client-controlled data.
REQUEST_SOURCES = frozenset(
    {
        "getparameter",
        "getparametervalues",
        "getparametermap",
        "getparameternames",
        "getheader",
        "getheaders",
        "getheadernames",
        "getinputstream",
        "getreader",
        "getquerystring",
        "getcookies",
        "getpart",
        "getparts",
        "getrequesturi",
        "getrequesturl",
        "getpathinfo",
    }
)
#: A fixed address on another host (``new URL("http://...")``): what it serves is the host's to choose.
REMOTE_URL = re.compile(rb"(?i)\s*(?:https?|ftps?)://[^\s'\"]{3,}")
#: commons-fileupload calls that parse a multipart request into its items.
UPLOAD_PARSERS = frozenset({"parserequest", "getitemiterator", "parseparametermap"})
REQUEST_TYPES = frozenset(
    {"httpservletrequest", "servletrequest", "httpservletrequestwrapper", "servletrequestwrapper"}
)
#: What a started operating-system command is kept as.
PROCESS_TYPES = frozenset({"process"})

#: Methods whose result carries their arguments' content (decoders, ciphers, readers, builders).
PROPAGATORS = frozenset(
    [
        "decode",
        "decodebuffer",
        "decodebase64",
        "parsebase64binary",
        "parsehexbinary",
        "dofinal",
        "update",
        "getbytes",
        "valueof",
        "copyof",
        "copyofrange",
        "wrap",
        "aslist",
        "readline",
        "read",
        "readallbytes",
        "tobytearray",
        "format",
        "join",
        "concat",
        "append",
        "get",
        "tostring",
        "trim",
        "substring",
        "replace",
        "replaceall",
        "split",
        "tochararray",
        "getvalue",
        "getname",
        "nexttoken",
        "next",
        "nextline",
        "tolowercase",
        "touppercase",
        "decrypt",
        "tostring",
        "getdecoder",
        "getmimedecoder",
        "geturldecoder",
        "readobject",
        "readutf8",
        "intern",
        "strip",
    ]
)
#: Methods on a collection/builder variable that store their argument into it.
MUTATORS = frozenset({"append", "add", "addall", "put", "putall", "insert", "write", "push", "set"})

#: Calls whose result carries no request-chosen text.
CLEARS = frozenset(
    [
        "parseint",
        "parselong",
        "parseshort",
        "parsebyte",
        "parsedouble",
        "parsefloat",
        "parseboolean",
        "hashcode",
        "length",
        "size",
        "equals",
        "equalsignorecase",
        "contains",
        "startswith",
        "endswith",
        "isempty",
        "matches",
        "indexof",
        "lastindexof",
        "compareto",
        "digest",
        "encodetostring",
    ]
)
GUARDS: dict[str, str] = {
    "escapehtml": GUARD_LITERAL,
    "escapehtml4": GUARD_LITERAL,
    "escapexml": GUARD_LITERAL,
    "escapejava": GUARD_LITERAL,
    "escapejavascript": GUARD_LITERAL,
    "escapeecmascript": GUARD_LITERAL,
    "escapesql": GUARD_LITERAL,
    "forhtml": GUARD_LITERAL,
    "forhtmlattribute": GUARD_LITERAL,
    "forjavascript": GUARD_LITERAL,
    "encodeforhtml": GUARD_LITERAL,
    "encodeforhtmlattribute": GUARD_LITERAL,
    "encodeforjavascript": GUARD_LITERAL,
    "encodeforsql": GUARD_LITERAL,
    "encodeforos": GUARD_LITERAL,
    "encode": GUARD_LITERAL,  # URLEncoder.encode
    "getbasename": GUARD_PATH,
}
#: Methods used in conditions to validate a value (receiver or argument).
VALIDATING_METHODS = frozenset({"equals", "equalsignorecase", "contains", "containskey", "matches"})

#: Files a web server runs as code.
SCRIPT_SUFFIX = re.compile(rb"\.(?:jsp|jspx|jspf|php\d?|phtml|asp|aspx|ashx|asmx|cer)$", re.I)
#: Writer/stream classes that create or open a file.
FILE_OPENERS = frozenset({"fileoutputstream", "filewriter", "printwriter", "randomaccessfile", "printstream"})
WRITE_METHODS = frozenset({"write", "print", "println", "append", "printf", "format"})
#: Constructors whose first argument names the file they create or truncate (a path or a ``File``).
PATH_OPENERS = frozenset({"fileoutputstream", "filewriter", "randomaccessfile"})
#: Constructors that open a file when given a path or a ``File`` (and wrap a stream otherwise).
PATH_OR_STREAM_OPENERS = frozenset({"printwriter", "printstream"})
#: commons-io ``FileUtils`` methods that store a stream's content in the file they are given.
STREAM_TO_FILE_COPIES = frozenset({"copyinputstreamtofile", "copytofile"})
#: ``java.io.File`` methods that change the file system at the object's path (``renameTo`` also at
#: its argument's): a file manager's delete, rename, touch and mkdir.
FILE_CHANGES = frozenset(
    {
        "delete",
        "deleteonexit",
        "renameto",
        "mkdir",
        "mkdirs",
        "createnewfile",
        "setlastmodified",
        "setwritable",
        "setreadonly",
        "setexecutable",
    }
)
#: Stream reads that fill the caller's array (``in.read(buf)``, ``sis.readLine(buf, 0, n)``).
BUFFER_READS = frozenset({"read", "readline", "readfully", "readnbytes"})
#: Classes whose constructor only wraps another stream or writer.
WRAPPERS = frozenset(
    {
        "bufferedwriter",
        "bufferedoutputstream",
        "outputstreamwriter",
        "dataoutputstream",
        "printwriter",
        "printstream",
        "objectoutputstream",
    }
)
#: Expression-language / script evaluators: receiver text -> method names that evaluate code.
#: JDBC: what makes a statement of a connection, and what runs one given as text.
SQL_STATEMENT_MAKERS = frozenset({"createstatement", "preparestatement", "preparecall"})
SQL_RUNNERS = frozenset({"executequery", "execute", "executeupdate", "executelargeupdate", "addbatch"})
#: JNDI lookups: a name that begins with a constant (the local "java:comp/env/" namespace) is safe.
JNDI_LOOKUPS = frozenset({"lookup", "lookuplink"})
EVALUATORS: dict[str, frozenset[str]] = {
    "ognl": frozenset({"getvalue", "parseexpression"}),
    "mvel": frozenset({"eval", "compileexpression", "executeexpression"}),
    "spelexpressionparser": frozenset({"parseexpression"}),
    "expressionparser": frozenset({"parseexpression"}),
    "groovyshell": frozenset({"evaluate", "parse", "run"}),
    "interpreter": frozenset({"eval", "source"}),  # BeanShell
    "pythoninterpreter": frozenset({"exec", "eval", "execfile"}),  # Jython
    "elprocessor": frozenset({"eval", "getvalue"}),
    "velocity": frozenset({"evaluate"}),
    "velocityengine": frozenset({"evaluate"}),
    # further embedded script and expression languages: each runs Java calls (Runtime, reflection,
    # class loading) written in the text it is given
    "jexlengine": frozenset({"createscript", "createexpression"}),  # Commons JEXL 2 and 3
    "jxltengine": frozenset({"createtemplate", "createexpression"}),
    "eval": frozenset({"me", "x", "xy", "xyz"}),  # groovy.util.Eval
    "groovyclassloader": frozenset({"parseclass"}),
    "scriptingcontainer": frozenset({"runscriptlet", "parse"}),  # JRuby
    "context": frozenset({"evaluatestring", "compilestring", "evaluatereader", "compilereader"}),  # Rhino
    "expressrunner": frozenset({"execute"}),  # QLExpress
    "aviatorevaluator": frozenset({"execute", "compile", "exec"}),
    "aviatorevaluatorinstance": frozenset({"execute", "compile", "exec"}),
    # object mappers that build any class the document names and set its properties: SnakeYAML
    # (!!javax.script.ScriptEngineManager [..]) and XStream (<dynamic-proxy>, EventHandler) run code
    # unless restricted (SafeConstructor, XStream's type permissions: see RESTRICTED_EVALUATORS)
    "yaml": frozenset({"load", "loadall", "loadas"}),
    "xstream": frozenset({"fromxml"}),
    # Janino compiles Java source in memory and loads the class
    "scriptevaluator": frozenset({"cook"}),
    "expressionevaluator": frozenset({"cook"}),
    "classbodyevaluator": frozenset({"cook"}),
    "simplecompiler": frozenset({"cook"}),
    # an XSLT stylesheet runs Java through extension functions (xalan://java.lang.Runtime ...)
    "transformerfactory": frozenset({"newtransformer", "newtemplates"}),
    # a JNDI name the request chooses (ldap://host/x, rmi://host/x) loads and runs the class or the
    # serialized object that host serves
    "initialcontext": JNDI_LOOKUPS,
    "initialdircontext": JNDI_LOOKUPS,
    "initialldapcontext": JNDI_LOOKUPS,
}
#: Calls that restrict an XStream to the types it allows (after them ``fromXML`` builds no gadget).
XSTREAM_PERMISSIONS = frozenset(
    {"addpermission", "allowtypes", "allowtypesbywildcard", "allowtypesbyregexp", "setupdefaultsecurity"}
)
#: Evaluators made safe where they were created or configured (java.py marks them so).
RESTRICTED_EVALUATORS = frozenset({"yaml-safe", "xstream-restricted"})
#: Evaluator methods whose script is not the first argument (Rhino's
#: ``cx.evaluateString(scope, source, name, line, null)``): the script's position.
EVALUATOR_SCRIPT_ARG = {"evaluatestring": 1, "compilestring": 1, "evaluatereader": 1, "compilereader": 1}
#: ... and where the position depends on the evaluator: Velocity's
#: ``evaluate(context, writer, logTag, template)`` takes the template text last.
EVALUATOR_SCRIPT_ARG_BY_KIND = {("velocity", "evaluate"): 3, ("velocityengine", "evaluate"): 3}
#: Methods whose receiver is a factory made just before (``TransformerFactory.newInstance()``, a
#: variable of it): judged by the argument alone.
RECEIVER_FREE_EVALUATORS = frozenset({"newtransformer", "newtemplates"})

#: Streams wrapped around a URL connection's body stream, and the calls that write the body.
URL_OUT_WRAPPERS = frozenset(
    {
        "dataoutputstream",
        "bufferedoutputstream",
        "outputstreamwriter",
        "printwriter",
        "bufferedwriter",
        "printstream",
    }
)
URL_OUT_WRITES = frozenset({"write", "writebytes", "print", "println", "append"})
#: Socket types whose connection, to an address the page writes or the request names, carries
#: what the other end sends (a reverse shell's or a bot's commands); a server socket's accepted
#: connections carry what any client sends (a bind shell).
SOCKET_TYPES = frozenset({"socket", "java.net.socket"})
SERVER_SOCKET_TYPES = frozenset({"serversocket", "java.net.serversocket"})
