"""What the PHP analyser knows about PHP's built-in functions: sources, sinks, callbacks, guards."""

from __future__ import annotations

import re

from webhunt.detect.semantic.flows import SinkKind
from webhunt.detect.semantic.values import (
    GUARD_BASENAME,
    GUARD_ENCODED,
    GUARD_LITERAL,
    GUARD_PATH,
    GUARD_SHELL,
    GUARD_VALID,
)

#: Request input arrays (variable names are case-sensitive in PHP).
SUPERGLOBALS = frozenset(
    {
        "_GET",
        "_POST",
        "_REQUEST",
        "_COOKIE",
        "_FILES",
        "_SERVER",
        "HTTP_RAW_POST_DATA",
        "HTTP_GET_VARS",
        "HTTP_POST_VARS",
        "HTTP_COOKIE_VARS",
        "HTTP_POST_FILES",
        "HTTP_SERVER_VARS",
    }
)
_SERVER_ARRAYS = frozenset({"_SERVER", "HTTP_SERVER_VARS"})

#: $_SERVER keys a client controls. HTTP_HOST/SERVER_NAME are routed by the web server's virtual
#: hosts and are used for per-site configuration in ordinary code, so they do not count.
_SERVER_INPUT = re.compile(
    rb"^(?:HTTP_(?!HOST$)\w+|QUERY_STRING|REQUEST_URI|PATH_INFO|ORIG_PATH_INFO|PATH_TRANSLATED"
    rb"|PHP_AUTH_USER|PHP_AUTH_PW|REDIRECT_QUERY_STRING|REDIRECT_URL|CONTENT_TYPE|argv)$"
)


def is_server_array(name: str) -> bool:
    return name in _SERVER_ARRAYS


def server_key_is_input(key: bytes) -> bool:
    return _SERVER_INPUT.match(key) is not None


#: A script that refuses to run outside the command line, or writes to or reads from the standard
#: streams (``STDERR`` and its siblings exist only there), or names its own process
#: (``cli_set_process_title()`` exists only in the CLI SAPI: a daemon that restarts itself with
#: its ``argv``): its ``$_SERVER['argv']`` is the shell's.
CLI_ONLY = re.compile(
    rb"(?i)\bphp_sapi_name\s*\(|\bPHP_SAPI\b|cli_check|defined\s*\(\s*['\"]STDIN['\"]"
    rb"|\bcli_[gs]et_process_title\s*\("
    rb"|\b(?:fwrite|fputs|fprintf|fgets|fgetc|fread|fscanf|stream_get_contents|stream_get_line)"
    rb"\s*\(\s*STD(?:IN|OUT|ERR)\b"
)
#: Every match of :data:`CLI_ONLY` holds one of these (lower-cased): a file without any is not
#: searched (the regex cannot skip ahead, and most files have none).
_CLI_WORDS = (b"sapi", b"cli_check", b"stdin", b"stdout", b"stderr", b"process_title")


def cli_only(data: bytes, lower: bytes) -> bool:
    """Does the script run only from the command line (:data:`CLI_ONLY`)? ``lower``: ``data``
    in lower case."""
    return any(w in lower for w in _CLI_WORDS) and CLI_ONLY.search(data) is not None


#: A script that stops at once unless it runs from the command line (``if ('cli' !== PHP_SAPI) {
#: throw ...; }`` near its top, as maintainers' update scripts open): a web request never gets past
#: that line, so what it downloads and writes is a build step, not a dropper.
CLI_GUARD = re.compile(
    rb"(?i)\bif\s*\(\s*(?:['\"]cli['\"]\s*!==?\s*(?:\\?PHP_SAPI\b|php_sapi_name\s*\(\s*\))"
    rb"|(?:\\?PHP_SAPI\b|php_sapi_name\s*\(\s*\))\s*!==?\s*['\"]cli['\"])\s*\)\s*\{?\s*(?:throw|exit|die)\b"
)
#: How far from the start of the file :data:`CLI_GUARD` must stand.
CLI_GUARD_WITHIN = 2048


def cli_guarded(data: bytes) -> bool:
    """Does the script refuse, in its first lines, to run anywhere but the command line?"""
    return CLI_GUARD.search(data[:CLI_GUARD_WITHIN]) is not None


#: A command-line process that names itself (``cli_set_process_title()`` exists only in the CLI
#: SAPI): a daemon's helper, whose ``$_SERVER`` is the environment it was started with (the one it
#: passes on when it restarts itself with ``pcntl_exec()``), not a request's.
CLI_PROCESS = re.compile(rb"(?i)\bcli_[gs]et_process_title\s*\(")


def cli_process(data: bytes, lower: bytes) -> bool:
    """Does the script name its own command-line process (:data:`CLI_PROCESS`)?"""
    return b"process_title" in lower and CLI_PROCESS.search(data) is not None


#: Functions whose result is request input.
SOURCE_CALLS = frozenset(
    {
        "getallheaders",
        "apache_request_headers",
        "filter_input",
        "filter_input_array",
        "http_get_request_body",
        "get_http_raw_post_data",
        # the metadata of an image the client uploaded or names: text fields (Make, Model, COMMENT,
        # ImageDescription) an attacker fills with code or function names
        "exif_read_data",
        "read_exif_data",
        # the session cookie's value as the client sent it (letters, digits, ',' and '-': enough
        # for hex or base-36 encoded code)
        "session_id",
    }
)
#: filter_input() filters that leave nothing dangerous.
SAFE_FILTERS = frozenset(
    {
        "filter_validate_int",
        "filter_validate_float",
        "filter_validate_bool",
        "filter_validate_boolean",
        "filter_validate_ip",
        "filter_validate_mac",
        "filter_validate_email",
        "filter_sanitize_number_int",
        "filter_sanitize_number_float",
    }
)
INPUT_STREAMS = frozenset({b"php://input"})
#: Stream wrappers an include path may start with that make the rest of the path choose the code
#: itself, not a file among the application's own: inline data, ``php://filter`` over any file,
#: archive members, remote scripts, commands. Constant text before the input protects nothing there.
CODE_WRAPPERS = re.compile(
    rb"(?i)\s*(?:data:|php://|phar://|zip://|rar://|compress\.(?:zlib|bzip2)://|expect://|(?:https?|ftps?)://)"
)
#: Inline data (``data:text/plain;base64,...``): the wrapper decodes Base64 and URL escapes, so input
#: encoded into it reaches the reader as it was sent.
INLINE_DATA = re.compile(rb"(?i)\s*data:")

#: Stream names whose content the request sends or chooses outright (its body, inline data, a
#: remote server): a read of constant text that begins one of them, completed by input, reads input.
_INPUT_WRAPPERS = (b"php://input", b"data://", b"data:", b"http://", b"https://", b"ftp://")


def input_completes_wrapper(head: bytes, taints: frozenset[object]) -> bool:
    """Is a path whose constant head is ``head``, followed by request input, a stream name the
    input finishes ("php" . $x, "htt" . $x) or fills with inline data ("data:" . $x)? A complete
    ``http://`` head is a URL whose host the input picks (self-requests do that), and other heads
    are file names: both are left to the other rules."""
    h = head.strip().lower()
    if len(h) < 2 or not taints:
        return False
    return any(w.startswith(h) and (len(h) < len(w) or w.startswith(b"data:")) for w in _INPUT_WRAPPERS)


#: Sinks taking code or commands: name -> (kind, argument positions).
SINKS: dict[str, tuple[SinkKind, tuple[int, ...]]] = {
    "eval": (SinkKind.CODE, (0,)),
    "assert": (SinkKind.CODE, (0,)),
    "assert_options": (SinkKind.CODE, (1,)),
    "create_function": (SinkKind.CODE, (1,)),
    "system": (SinkKind.COMMAND, (0,)),
    "exec": (SinkKind.COMMAND, (0,)),
    "passthru": (SinkKind.COMMAND, (0,)),
    "shell_exec": (SinkKind.COMMAND, (0,)),
    "popen": (SinkKind.COMMAND, (0,)),
    "proc_open": (SinkKind.COMMAND, (0,)),
    "pcntl_exec": (SinkKind.COMMAND, (0, 1)),
    "expect_popen": (SinkKind.COMMAND, (0,)),
    "ssh2_exec": (SinkKind.COMMAND, (1,)),
    # an extension the request names, loaded at run time: native code of the caller's choosing (an
    # uploaded .so or .dll)
    "dl": (SinkKind.CODE, (0,)),
}
CODE_EVAL = frozenset({"eval", "assert"})
#: Mail functions taking (recipients, subject, body, ...).
MAILERS = frozenset({"mail", "mb_send_mail"})
#: Reads whose result is whatever a remote server sends when given a URL literal: code fetched at
#: run time (``eval(file_get_contents('http://...'))``, a dropper writing it into a script).
REMOTE_READS = frozenset({"file_get_contents", "file", "fopen", "readfile", "copy", "curl_init"})
REMOTE_URL = re.compile(rb"(?i)\s*(?:https?|ftps?)://[^\s'\"]{3,}")
#: The constant start of a URL that names its host in full (what follows is only path or query).
REMOTE_HOST_FIXED = re.compile(rb"(?i)\s*(?:https?|ftps?)://[^/?#\s'\"]{3,}[/?#]")
#: Reads of a file on the server's own disk. One whose path ends in an image's extension returns
#: what the file holds past its picture too: code kept in an image and read back to be run
#: (``eval(substr(file_get_contents('logo.gif'), 2048))``) comes from data outside the script, as a
#: download does; no application evaluates, runs or writes into a script what an image holds.
LOCAL_READS = frozenset({"file_get_contents", "file", "fopen", "gzopen", "gzfile"})
IMAGE_PATH = re.compile(rb"(?i)\.(?:gif|jpe?g|png|ico|bmp|webp|tiff?)\s*$")
#: Network connections a script opens itself (``fsockopen``, ``stream_socket_client``; a
#: ``socket_create`` socket once ``socket_connect`` points it somewhere): what it reads from one to
#: an address written in the file, or one the request names, is whatever that server sends, as for
#: a URL literal (a reverse shell's or a bot's commands). An address the script does not fix (a
#: library's parameter, a setting) is the application's own server.
SOCKET_OPENERS = frozenset({"fsockopen", "pfsockopen", "stream_socket_client"})
#: Reads of an open stream: what they return is what arrived on it, whatever a check on the
#: handle itself said (``in_array($sock, $ready)`` after ``stream_select`` validates no data).
STREAM_READS = frozenset(
    {"fread", "fgets", "fgetc", "fgetss", "stream_get_contents", "stream_get_line", "socket_read"}
)
#: Connections accepted on a listening socket (a bind shell): whoever connects writes what is read.
SOCKET_ACCEPTS = frozenset({"socket_accept", "stream_socket_accept"})
#: Programs that read commands or code from their standard input: request input or downloaded
#: content written to the input of one of them (``proc_open('sh', ...)``, the descriptor spec
#: handing it a socket) is run as code.
STDIN_INTERPRETER = re.compile(
    rb"(?i)(?:[^\n;&|]{0,200}[;&]+\s*){0,8}\s*(?:[\w./\\:-]{0,60}[/\\])?(?:(?:ba|z|k|da|c|tc|a|fi)?sh|cmd|powershell|pwsh"
    rb"|python[\d.]*|perl|ruby|php[\d.]*|node)(?:\.exe)?(?:\s+-[\w-]{1,12})*\s*$"
)
#: Sinks a variable function can call (``eval`` is a language construct): the names a literal tail
#: joined to request input may complete.
COMPLETABLE = tuple(sorted(name for name in SINKS if name != "eval"))
#: preg_replace-style functions: (pattern position, replacement position, subject position).
REGEX_REPLACE = {"preg_replace": (0, 1, 2), "preg_filter": (0, 1, 2)}
#: Names that count for a HIDDEN hit when reached through a built name.
HIDDEN_WORTHY = frozenset(
    {*SINKS, "preg_replace", "call_user_func", "call_user_func_array", "include", "require"}
    # disable_functions bypasses: LD_PRELOAD set for a helper process, imap_open's -oProxyCommand,
    # an extension loaded at run time
    | {"putenv", "imap_open", "dl"}
)

#: SQL consoles. The class mark of a connection opened to where the request says.
CLIENT_DB = "client database connection"
#: Functions opening a database connection -> positions of the server, DSN and account arguments.
SQL_CONNECTORS: dict[str, tuple[int, ...]] = {
    "mysqli_connect": (0, 1, 2),
    "mysqli_real_connect": (1, 2, 3),
    "mysql_connect": (0, 1, 2),
    "mysql_pconnect": (0, 1, 2),
    "pg_connect": (0,),
    "pg_pconnect": (0,),
    "sqlsrv_connect": (0, 1),
    "mssql_connect": (0, 1, 2),
    "oci_connect": (0, 1, 2),
    "oci_pconnect": (0, 1, 2),
}
#: Classes whose constructor opens one (new mysqli(host, user, ..), new PDO(dsn, user, ..)).
SQL_CONNECTING_CLASSES: dict[str, tuple[int, ...]] = {"mysqli": (0, 1, 2), "pdo": (0, 1, 2)}
#: Functions running a statement given as text -> its position (-1: the last argument).
SQL_RUNNERS: dict[str, int] = {
    "mysqli_query": 1,
    "mysqli_real_query": 1,
    "mysqli_multi_query": 1,
    "mysqli_prepare": 1,
    "mysql_query": 0,
    "mysql_unbuffered_query": 0,
    "pg_query": -1,
    "pg_send_query": -1,
    "sqlsrv_query": 1,
    "mssql_query": 0,
    "oci_parse": 1,
}
#: Methods of a connection object running a statement given as text.
SQL_METHODS = frozenset({"query", "exec", "prepare", "multi_query", "real_query"})

#: Callback-taking functions: name -> (callable position, data positions or -1 for "all after").
CALLBACKS: dict[str, tuple[int, tuple[int, ...]]] = {
    "call_user_func": (0, (-1,)),
    "call_user_func_array": (0, (1,)),
    "forward_static_call": (0, (-1,)),
    "forward_static_call_array": (0, (1,)),
    "array_map": (0, (1, 2, 3)),
    "array_filter": (1, (0,)),
    "array_walk": (1, (0, 2)),
    "array_walk_recursive": (1, (0, 2)),
    "array_reduce": (1, (0, 2)),
    "usort": (1, (0,)),
    "uasort": (1, (0,)),
    "uksort": (1, (0,)),
    "preg_replace_callback": (1, (2,)),
    "mb_ereg_replace_callback": (1, (2,)),
    "register_shutdown_function": (0, (-1,)),
    "register_tick_function": (0, (-1,)),
    "iterator_apply": (1, (2,)),
    "ob_start": (0, ()),
    "set_error_handler": (0, ()),
    "set_exception_handler": (0, ()),
    "spl_autoload_register": (0, ()),
    "libxml_set_external_entity_loader": (0, ()),
    "header_register_callback": (0, ()),
    "sqlite_create_function": (2, ()),
    "sqlite_create_aggregate": (2, ()),
    "array_diff_ukey": (2, (0, 1)),
    "array_intersect_ukey": (2, (0, 1)),
    "array_udiff": (2, (0, 1)),
    "array_uintersect": (2, (0, 1)),
    "array_diff_uassoc": (2, (0, 1)),
    "array_intersect_uassoc": (2, (0, 1)),
    "array_udiff_assoc": (2, (0, 1)),
    "array_uintersect_assoc": (2, (0, 1)),
    "array_udiff_uassoc": (3, (0, 1)),
    "array_uintersect_uassoc": (3, (0, 1)),
}
#: Functions taking a map of callables (pattern => callable) and the data each is called on:
#: name -> (map position, data position). ``preg_replace_callback_array`` calls each callable with
#: the matches its pattern finds in the subject.
CALLBACK_MAPS: dict[str, tuple[int, int]] = {"preg_replace_callback_array": (0, 1)}
#: The XML parser's handler setters: name -> positions of the callables they register. ``xml_parse``
#: (and ``xml_parse_into_struct``) later call each handler with the parser and text of the document
#: it is given (character data, a processing instruction's data, element names and attributes).
XML_HANDLER_SETTERS: dict[str, tuple[int, ...]] = {
    "xml_set_character_data_handler": (1,),
    "xml_set_default_handler": (1,),
    "xml_set_element_handler": (1, 2),
    "xml_set_processing_instruction_handler": (1,),
    "xml_set_start_namespace_decl_handler": (1,),
    "xml_set_end_namespace_decl_handler": (1,),
    "xml_set_unparsed_entity_decl_handler": (1,),
    "xml_set_notation_decl_handler": (1,),
    "xml_set_external_entity_ref_handler": (1,),
}
#: What the output buffer holds, read back.
BUFFER_READS = frozenset({"ob_get_clean", "ob_get_contents", "ob_get_flush"})
#: SoapServer's methods that expose callables to its clients, who call them with arguments taken
#: from the request body: name -> what the first argument is (``Yar_Server`` exposes the object
#: its constructor is given).
SOAP_EXPOSERS = {"addfunction": "functions", "setclass": "class", "setobject": "object"}
#: Functions that register a callable as an XML-RPC method: name -> the callable's position. The
#: server calls it with the method's name and the request's parameters.
RPC_REGISTRARS = {"xmlrpc_server_register_method": 2}
#: The class of the request object WordPress hands a REST route's callback
#: (``register_rest_route($ns, $route, ['callback' => $cb])``), and its methods that return what
#: the client sent (``$request['code']`` reads a parameter too).
REST_REQUEST = "wp_rest_request"
REST_REQUEST_GETTERS = frozenset(
    {
        "get_param",
        "get_params",
        "get_json_params",
        "get_body_params",
        "get_query_params",
        "get_url_params",
        "get_file_params",
        "get_default_params",
        "get_body",
        "get_header",
        "get_headers",
        "offsetget",
    }
)
#: Web frameworks hand an action the request as an object, so a backdoored controller or route
#: reads no superglobal: ``$request->input('c')`` (Laravel), ``$request->query->get('c')``
#: (Symfony), ``$this->input->post('c')`` (CodeIgniter), ``Yii::$app->request->post('c')``,
#: ``$this->getRequest()->getParam('c')`` (Zend, Magento), ``$app->input->getString('c')``
#: (Joomla). The objects are told by how the code spells them (a request built by the code
#: itself, ``new Request(...)``, has a class and is not one); the ``attributes`` bag, which the
#: router fills, and the integer and boolean getters are not client text.
FRAMEWORK_REQUEST = re.compile(
    r"""\$(?:this->)?(?:request|req|_request)(?:->(?:query|request|post|cookies|headers|files|input|params))?
    |\$this->(?:input|getrequest\(\))(?:->(?:query|post|input|params))?
    |\\?request\(\)(?:->(?:query|request|cookies|headers|input))?
    |\\?yii::(?:app\(\)|\$app)->request
    |\$(?:this->)?app->input|\\?j?factory::getapplication\(\)->input""",
    re.X,
)
FRAMEWORK_GETTERS = frozenset(
    {
        "input", "get", "query", "post", "all", "json", "cookie", "header", "only", "getcontent",
        "get_post", "post_get", "server", "request_headers", "get_request_header",
        "getparam", "getparams", "getpost", "getquery", "getdata", "getcookie", "getparsedbody",
        "getqueryparams", "getcookieparams", "getbodyparam", "getbodyparams", "getqueryparam",
        "getrawbody", "getvar", "getstring", "getraw", "getcmd", "getword", "getpath", "getbase64",
    }
)  # fmt: skip
#: Static reads of the request: ``Request::input('c')`` (Laravel's facade), ``Input::get('c')``,
#: ``Tools::getValue('c')`` (PrestaShop), ``JRequest::getVar('c')`` (Joomla).
FRAMEWORK_STATIC_GETTERS = {
    "request": frozenset({"input", "get", "query", "post", "all", "json", "cookie", "header", "only"}),
    "input": frozenset({"get", "all", "only", "json"}),
    "tools": frozenset({"getvalue"}),
    "jrequest": frozenset({"getvar", "getstring", "getcmd", "getword", "get", "getpath"}),
}


#: The type of a parameter a framework fills with the request (``function show(Request $r)``).
REQUEST_TYPE = re.compile(rb"(?i)(?:^|\\)(?:request|serverrequestinterface|serverrequest)\s*$")
_REQUEST_BAG = re.compile(r"\$(\w+)(?:->(?:query|request|post|cookies|headers|files))?")


def framework_request(spelled: bytes, typed: set[str] | frozenset[str] = frozenset()) -> bool:
    """Is ``spelled`` (an object expression's text) a web framework's request object? ``typed``:
    the variables declared with a request type, whatever their names."""
    text = b"".join(spelled.split()).decode("latin-1").lower()
    if FRAMEWORK_REQUEST.fullmatch(text) is not None:
        return True
    m = _REQUEST_BAG.fullmatch(text)
    return m is not None and m.group(1) in typed


#: Listening sockets read directly (a UDP server): whoever sends to them writes what is read.
SOCKET_LISTENERS = frozenset({"stream_socket_server", "socket_create_listen"})
#: SPL data structures (lower-case class names): what is put into one comes back out of it.
SPL_CONTAINERS = frozenset(
    {
        "spldoublylinkedlist",
        "splqueue",
        "splstack",
        "splobjectstorage",
        "splheap",
        "splminheap",
        "splmaxheap",
        "splpriorityqueue",
        "splfixedarray",
    }
)
#: Their methods that store a value, and those that hand stored values back.
SPL_CONTAINER_PUTS = frozenset(
    {"push", "enqueue", "unshift", "add", "offsetset", "insert", "attach", "setinfo"}
)
SPL_CONTAINER_GETS = frozenset(
    {
        "pop",
        "dequeue",
        "shift",
        "top",
        "bottom",
        "offsetget",
        "current",
        "extract",
        "toarray",
        "getinfo",
    }
)
_FORMAT_SPEC = re.compile(rb"%(?:(\d+)\$)?[-+ 0]*(?:'.)?-?\d*(?:\.\d+)?([a-zA-Z%])")


def format_string_args(fmt: bytes, count: int) -> list[int] | None:
    """The argument indexes (0-based, after the format) a printf-style format prints as text
    (``%s``); those behind numeric conversions (``%d``, ``%x``, ``%.2f``) print only digits. None
    when the format cannot be read."""
    kept: set[int] = set()
    nxt = 0
    specs = list(_FORMAT_SPEC.finditer(fmt))
    if sum(m.group(0).count(b"%") for m in specs) < fmt.count(b"%"):
        return None  # a '%' that starts no conversion this reading knows
    for m in specs:
        conv = m.group(2)
        if conv == b"%":
            continue
        if m.group(1):
            idx = int(m.group(1)) - 1
        else:
            idx, nxt = nxt, nxt + 1
        if conv not in b"bcdeEfFgGouxX" or len(conv) != 1:
            kept.add(idx)
    return sorted(i for i in kept if 0 <= i < count)


#: Writes to an open handle: (handle, data, ...).
HANDLE_WRITERS = frozenset(
    {"fwrite", "fputs", "stream_copy_to_stream", "fprintf", "vfprintf", "fputcsv", "gzwrite", "gzputs"}
)
#: Functions that write, copy or move files (judged by where the data lands).
WRITERS = HANDLE_WRITERS - {"stream_copy_to_stream"} | {
    "file_put_contents",
    "copy",
    "rename",
    "move_uploaded_file",
}
#: Decoders whose output is not held to the character class of their input (hex digits and Base64's
#: alphabet decode to any bytes).
CHARSET_DECODERS = frozenset(
    {
        "base64_decode",
        "hex2bin",
        "pack",
        "convert_uudecode",
        "urldecode",
        "rawurldecode",
        "quoted_printable_decode",
        "gzinflate",
        "gzuncompress",
        "gzdecode",
        "zlib_decode",
        "bzdecompress",
    }
)
#: Decoders whose output, called as a function name, hides that name (not URL decoding: a
#: dispatcher's action may arrive URL-encoded).
NAME_DECODERS = frozenset(
    {
        "base64_decode",
        "gzinflate",
        "gzuncompress",
        "gzdecode",
        "zlib_decode",
        "bzdecompress",
        "str_rot13",
        "hex2bin",
        "convert_uudecode",
    }
)
#: Callback registrations whose callables PHP runs later, with data of another call.
REGISTERED_CALLBACKS = frozenset(
    {
        "spl_autoload_register",
        "set_exception_handler",
        "set_error_handler",
        "libxml_set_external_entity_loader",
    }
)
#: Functions that look a class up by the name they are given (and so run the autoloaders).
CLASS_LOOKUPS = frozenset(
    {
        "class_exists",
        "interface_exists",
        "trait_exists",
        "enum_exists",
        "class_implements",
        "class_parents",
        "class_uses",
        "method_exists",
        "property_exists",
        "is_subclass_of",
        "get_class_methods",
        "get_class_vars",
        "get_parent_class",
    }
)
#: Functions that run an XML parser over a document (its position): the registered handlers see it.
XML_PARSE_CALLS: dict[str, int] = {"xml_parse": 1, "xml_parse_into_struct": 1}
#: Parameter names of built-ins that take code, commands or callables, in order, for PHP 8 named
#: arguments (``call_user_func_array(args: $a, callback: $f)``).
BUILTIN_PARAMS: dict[str, tuple[str, ...]] = {
    "call_user_func": ("callback", "args"),
    "call_user_func_array": ("callback", "args"),
    "forward_static_call": ("callback", "args"),
    "forward_static_call_array": ("callback", "args"),
    "array_map": ("callback", "array", "arrays"),
    "array_filter": ("array", "callback", "mode"),
    "array_walk": ("array", "callback", "arg"),
    "array_walk_recursive": ("array", "callback", "arg"),
    "array_reduce": ("array", "callback", "initial"),
    "usort": ("array", "callback"),
    "uasort": ("array", "callback"),
    "uksort": ("array", "callback"),
    "preg_replace_callback": ("pattern", "callback", "subject", "limit", "count", "flags"),
    "mb_ereg_replace_callback": ("pattern", "callback", "string", "options"),
    "register_shutdown_function": ("callback", "args"),
    "register_tick_function": ("callback", "args"),
    "iterator_apply": ("iterator", "callback", "args"),
    "ob_start": ("callback", "chunk_size", "flags"),
    "set_error_handler": ("callback", "error_levels"),
    "set_exception_handler": ("callback",),
    "spl_autoload_register": ("callback", "throw", "prepend"),
    "header_register_callback": ("callback",),
    "preg_replace": ("pattern", "replacement", "subject", "limit", "count"),
    "system": ("command", "result_code"),
    "exec": ("command", "output", "result_code"),
    "passthru": ("command", "result_code"),
    "shell_exec": ("command",),
    "popen": ("command", "mode"),
    "proc_open": ("command", "descriptor_spec", "pipes", "cwd", "env_vars", "options"),
    "assert": ("assertion", "description"),
    "file_put_contents": ("filename", "data", "flags", "context"),
    "fwrite": ("stream", "data", "length"),
    "move_uploaded_file": ("from", "to"),
    "copy": ("from", "to", "context"),
    "mail": ("to", "subject", "message", "additional_headers", "additional_params"),
    "putenv": ("assignment",),
    "unserialize": ("data", "options"),
}
#: Class marks of values the analysis models itself (never a class of the file).
BUILTIN_OBJECTS = frozenset({"reflectionfunction", "reflectionmethod", "reflectionclass", "closure", "fiber"})
#: Database methods that register a PHP callable as an SQL function (SQLite3, PDO's SQLite driver):
#: method (lower-case) -> callable positions. A query then calls it with whatever the query holds.
SQL_FUNCTION_REGISTRARS: dict[str, tuple[int, ...]] = {
    "createfunction": (1,),
    "createaggregate": (1, 2),
    "createcollation": (1,),
    "sqlitecreatefunction": (1,),
    "sqlitecreateaggregate": (1, 2),
    "sqlitecreatecollation": (1,),
}
#: Functions that open the path they are given with PHP's stream wrappers (``expect://`` runs it).
PATH_OPENERS = frozenset(
    {"fopen", "file_get_contents", "file", "readfile", "popen", "copy", "include", "require", "fpassthru"}
)
#: File functions that read a ``phar://`` archive's metadata (and so unserialize it).
PHAR_TRIGGERS = PATH_OPENERS | frozenset(
    {
        *("file_exists", "is_file", "is_dir", "is_readable", "is_writable", "filesize", "filemtime"),
        *("fileatime", "filectime", "stat", "lstat", "md5_file", "sha1_file", "hash_file", "unlink"),
        *("getimagesize", "exif_read_data", "touch", "rename", "mkdir", "opendir", "scandir", "glob"),
    }
)
#: Methods of ``ArrayObject``/``ArrayIterator`` that call a PHP callable on the object's elements
#: (``(new ArrayObject([$x]))->uasort($cb)``): the object stands for the array a sort function takes.
ARRAY_OBJECT_SORTS = frozenset({"uasort", "uksort"})
#: Methods of ``ArrayObject``/``ArrayIterator`` that hand back the array the object wraps (an
#: iterator over it, or a copy): ``(new ArrayObject($_POST))->getIterator()`` walks the request.
ARRAY_OBJECT_VIEWS = frozenset({"getiterator", "getarraycopy"})
#: Callbacks whose arguments are passed as one array (call_user_func_array style).
SPREAD_CALLBACKS = frozenset({"call_user_func_array", "forward_static_call_array"})
#: Callbacks whose result is their subject with the matched pieces replaced by the callback's
#: returns: the text between matches is the subject's own (``eval('?>' . preg_replace_callback('/\{\{(\w+)\}\}/',
#: $cb, $_POST['tpl']))`` runs what the request wrote around the tags).
SUBJECT_CALLBACKS = frozenset({"preg_replace_callback", "mb_ereg_replace_callback"})
#: Callbacks applied to each element of their data argument.
ELEMENT_CALLBACKS = frozenset(
    {
        "array_map",
        "array_filter",
        "array_walk",
        "array_walk_recursive",
        "array_reduce",
        "usort",
        "uasort",
        "uksort",
        "iterator_apply",
    }
)

#: Functions whose result carries no request-chosen text (numbers, booleans, hashes, encodings).
CLEARS = frozenset(
    [
        "intval",
        "floatval",
        "doubleval",
        "boolval",
        "abs",
        "count",
        "sizeof",
        "strlen",
        "mb_strlen",
        "md5",
        "sha1",
        "crc32",
        "hash",
        "hash_hmac",
        "md5_file",
        "sha1_file",
        "hash_file",
        "password_hash",
        "password_verify",
        "crypt",
        "bin2hex",
        "http_build_query",
        "is_numeric",
        "is_int",
        "is_integer",
        "is_float",
        "is_string",
        "is_array",
        "is_bool",
        "is_null",
        "is_object",
        "is_scalar",
        "is_callable",
        "isset",
        "empty",
        "in_array",
        "array_key_exists",
        "key_exists",
        "array_search",
        "ctype_alnum",
        "ctype_alpha",
        "ctype_digit",
        "ctype_xdigit",
        "ctype_lower",
        "ctype_upper",
        "ctype_space",
        "ctype_punct",
        "preg_match",
        "preg_match_all",
        "strpos",
        "stripos",
        "strrpos",
        "strripos",
        "mb_strpos",
        "strcmp",
        "strcasecmp",
        "strncmp",
        "strncasecmp",
        "strnatcmp",
        "version_compare",
        "file_exists",
        "is_file",
        "is_dir",
        "is_link",
        "is_readable",
        "is_writable",
        "is_writeable",
        "is_executable",
        "function_exists",
        "method_exists",
        "class_exists",
        "defined",
        "round",
        "floor",
        "ceil",
        "max",
        "min",
        "array_sum",
        "array_product",
        "time",
        "mktime",
        "strtotime",
        "checkdate",
        "filesize",
        "filemtime",
        "fileperms",
        "uniqid",
        "mt_rand",
        "rand",
        "random_int",
        "random_bytes",
        "number_format",
        "hash_equals",
        "gettype",
        "get_class",
        "spl_object_hash",
        "spl_object_id",
        "json_last_error",
        "ip2long",
        "sanitize_key",
        "str_word_count",
        "substr_count",
        "levenshtein",
        "similar_text",
        "soundex",
        "metaphone",
        "date",
        "gmdate",
        "strftime",
        "microtime",
        "memory_get_usage",
        "getmypid",
    ]
)

#: Sanitizers: name -> the guard they add (which sinks they make safe).
GUARDS: dict[str, str] = {
    "escapeshellarg": GUARD_SHELL,
    "escapeshellcmd": GUARD_SHELL,
    "basename": GUARD_BASENAME,
    "pathinfo": GUARD_PATH,
    "realpath": GUARD_PATH,  # canonical paths are what containment checks compare
    "sanitize_file_name": GUARD_PATH,
    "var_export": GUARD_LITERAL,
    "json_encode": GUARD_LITERAL,
    "serialize": GUARD_LITERAL,
    "addslashes": GUARD_LITERAL,
    "addcslashes": GUARD_LITERAL,
    "preg_quote": GUARD_LITERAL,
    "quotemeta": GUARD_LITERAL,
    "esc_sql": GUARD_LITERAL,
    "mysqli_real_escape_string": GUARD_LITERAL,
    "mysql_real_escape_string": GUARD_LITERAL,
    "mysql_escape_string": GUARD_LITERAL,
    "pg_escape_string": GUARD_LITERAL,
    "pg_escape_literal": GUARD_LITERAL,
    "sqlite_escape_string": GUARD_LITERAL,
    # a transport encoding keeps the text: a data: URL made of it is the input again
    "base64_encode": GUARD_ENCODED,
    "urlencode": GUARD_ENCODED,
    "rawurlencode": GUARD_ENCODED,
    "sanitize_title": GUARD_VALID,
    "sanitize_user": GUARD_VALID,
    "sanitize_email": GUARD_VALID,
}

#: Shell quoting helpers defined outside the file (``quoteshellarg``, ``shell_escape`` ...): named for
#: what ``escapeshellarg`` does. A helper defined in the file is judged by its body instead.
SHELL_QUOTER = re.compile(r"(?:escape|quote)_?shell_?(?:arg|cmd|args)|shell_?(?:escape|quote)|shellarg")
#: ``preg_replace('/[^a-z0-9]/i', '', $x)``: everything but the listed characters removed. When the
#: kept characters hold nothing a shell treats specially, the result is safe in a command line; when
#: they hold no dot either (``{[^a-z0-9-]}i``), it is no path of its own: no directory to climb, no
#: extension to choose.
STRIP_CLASS = re.compile(
    rb"^(?:(?P<d>[/#~!%@|])\[\^(?P<keep>(?:\\.|[^\]\\])+)\]\+?(?P=d)"
    rb"|\{\[\^(?P<keep2>(?:\\.|[^\]\\])+)\]\+?\}|\(\[\^(?P<keep3>(?:\\.|[^\]\\])+)\]\+?\))[imsxuD]*$"
)
SHELL_SAFE = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_CLASS_ESCAPES = {b"d": b"0123456789", b"w": b"_0123456789", b"-": b"-", b".": b".", b"_": b"_"}


def strip_kept(pattern: bytes) -> frozenset[int] | None:
    """The characters a ``preg_replace(pattern, '', $x)`` keeps, when the pattern removes every
    character outside a shell-safe set (None otherwise)."""
    m = STRIP_CLASS.match(pattern)
    if m is None:
        return None
    keep = m.group("keep") or m.group("keep2") or m.group("keep3")
    kept: set[int] = set()
    i = 0
    while i < len(keep):
        c = keep[i]
        if c == 0x5C:  # backslash: \d \w or an escaped literal
            nxt = keep[i + 1 : i + 2]
            if nxt not in _CLASS_ESCAPES:
                return None
            kept.update(_CLASS_ESCAPES[nxt])
            if nxt == b"w":
                kept.update(range(0x41, 0x5B))
                kept.update(range(0x61, 0x7B))
            i += 2
            continue
        if i + 2 < len(keep) and keep[i + 1] == 0x2D:  # a range a-z
            lo, hi = c, keep[i + 2]
            if not all(x in SHELL_SAFE for x in range(lo, hi + 1)):
                return None
            kept.update(range(lo, hi + 1))
            i += 3
            continue
        if c not in SHELL_SAFE:
            return None
        kept.add(c)
        i += 1
    return frozenset(kept)


def strip_keeps_shell_safe(pattern: bytes) -> bool:
    """Does the ``preg_replace`` pattern remove every character outside a shell-safe set?"""
    return strip_kept(pattern) is not None


def strip_keeps_no_path(pattern: bytes) -> bool:
    """Does the ``preg_replace`` pattern leave only letters, digits, ``_`` and ``-`` (no dot, no
    separator): a name part that cannot climb directories or choose an extension?"""
    kept = strip_kept(pattern)
    return kept is not None and 0x2E not in kept


#: Functions used as validators in conditions: name -> position of the checked argument.
VALIDATORS: dict[str, int] = {
    "in_array": 0,
    "array_key_exists": 0,
    "key_exists": 0,
    "array_search": 0,
    "ctype_alnum": 0,
    "ctype_alpha": 0,
    "ctype_digit": 0,
    "ctype_xdigit": 0,
    "ctype_lower": 0,
    "ctype_upper": 0,
    "is_numeric": 0,
    "is_int": 0,
    "is_integer": 0,
    "password_verify": 0,
    "checkdate": 0,
    # the name is one of the object's own methods: a dispatcher's allow-list (the methods it may
    # reach are still followed, with the arguments they get)
    "method_exists": 1,
}
#: Hash functions: comparing hash(input) with a constant pins the input to one value.
HASHES = frozenset({"md5", "sha1", "crc32", "hash", "hash_hmac", "crypt", "password_hash", "base64_encode"})

#: PHP's own constants that name paths and their parts.
BUILTIN_CONSTANTS: dict[str, bytes | int] = {
    "FILTER_CALLBACK": 1024,  # a filter definition kept in a variable still names its callback
    "PATHINFO_DIRNAME": 1,
    "PATHINFO_BASENAME": 2,
    "PATHINFO_EXTENSION": 4,
    "PATHINFO_FILENAME": 8,
    "DIRECTORY_SEPARATOR": b"/",
    "PHP_EOL": b"\n",
    # str_pad()'s sides: a name padded out to its full spelling (str_pad('exec', 10, 'shell_', ...))
    "STR_PAD_LEFT": 0,
    "STR_PAD_RIGHT": 1,
    "STR_PAD_BOTH": 2,
    # openssl_decrypt()'s options: a payload kept as raw bytes, or with its padding
    "OPENSSL_RAW_DATA": 1,
    "OPENSSL_ZERO_PADDING": 2,
}

#: The system's temporary directory (``sys_get_temp_dir()``): not served by the web server.
TEMP_DIR = b"/tmp"
#: Classes whose ``extractTo()`` unpacks an archive's members into a folder.
ARCHIVE_CLASSES = ("ziparchive", "phardata", "phar")

#: Calls that end the current branch.
EXIT_CALLS = frozenset({"die", "exit", "wp_die", "http_response_code_and_exit", "abort"})

#: Text that opens with an unconditional PHP exit before any other code (``# <?php exit()?>``,
#: ``<?php die('no access'); ?>``): a data file kept under a .php name; nothing written after it runs.
EXIT_HEADER = re.compile(
    rb"[^<]*(?:<(?!\?)[^<]*)*<\?(?:php\b)?\s*(?:exit|die)\b\s*"
    rb"(?:\(\s*(?:\d+|'[^'\\]*'|\"[^\"\\$]*\")?\s*\))?\s*;?\s*\?>",
    re.IGNORECASE,
)
#: Files a web server runs as code.
SCRIPT_SUFFIX = re.compile(
    rb"(?:\.(?:php\d?|phtml|pht|phar|inc|shtml|jsp|jspx|asp|aspx|ashx|asmx|cer|cgi|pl)"
    rb"|\.htaccess|\.user\.ini)$",
    re.IGNORECASE,
)

#: A preg pattern restrictive enough to be an allow-list: anchored at both ends, no wildcard.
_ANCHORED = re.compile(rb"^(?:\^|\\A)(?P<body>.*?)(?:\$|\\z|\\Z)$", re.DOTALL)
_WILD = re.compile(rb"(?<!\\)\.|\[\^|\\[SWDHVNR]|\(\?")
#: A character class (escapes inside it kept whole), and what makes one match almost anything.
_CLASS = re.compile(rb"\[\^?\]?(?:\\.|[^\]\\])*\]")
_CLASS_WILD = re.compile(rb"\[\^|\\[SWDHVNR]")


def restrictive_pattern(pattern: bytes) -> bool:
    if len(pattern) < 3:
        return False
    delim = pattern[:1]
    closing = {b"(": b")", b"{": b"}", b"[": b"]", b"<": b">"}.get(delim, delim)
    end = pattern.rfind(closing)
    if end <= 0:
        return False
    body = pattern[1:end]
    m = _ANCHORED.match(body)
    if m is None:
        return False
    # a "." inside a character class is a literal dot: look for wildcards outside the classes
    inner = m.group("body")
    outside = _CLASS.sub(lambda c: b"[^" if c.group(0).startswith(b"[^") else b"[]", inner)
    classes = b"".join(c.group(0) for c in _CLASS.finditer(inner))
    return _WILD.search(outside) is None and _CLASS_WILD.search(classes) is None


def regex_has_eval_modifier(pattern: bytes) -> bool:
    """preg_replace's /e: evaluate the replacement as PHP code."""
    if len(pattern) < 3:
        return False
    delim = pattern[:1]
    closing = {b"(": b")", b"{": b"}", b"[": b"]", b"<": b">"}.get(delim, delim)
    end = pattern.rfind(closing)
    return end > 0 and b"e" in pattern[end + 1 :]


#: Built-in functions whose result carries their arguments' text (anything else defined outside
#: the file is opaque: its result may be a lookup keyed by input rather than the input itself).
PROPAGATORS = frozenset(
    [
        "substr",
        "iconv_substr",
        "mb_convert_case",
        "str_getcsv",
        "sscanf",  # the pieces a format's %s and %c take out of the text
        "strtok",
        "mb_split",
        "strpbrk",
        "socket_export_stream",  # the same connection as a stream
        "mb_substr",
        "trim",
        "ltrim",
        "rtrim",
        "chop",
        "strtolower",
        "strtoupper",
        "mb_strtolower",
        "mb_strtoupper",
        "ucfirst",
        "lcfirst",
        "ucwords",
        "str_replace",
        "str_ireplace",
        "preg_replace",
        "preg_split",
        "explode",
        "implode",
        "join",
        "sprintf",
        "vsprintf",
        "str_pad",
        "str_repeat",
        "strrev",
        "str_rot13",
        "base64_decode",
        "gzinflate",
        "gzuncompress",
        "gzdecode",
        "zlib_decode",
        "bzdecompress",
        "urldecode",
        "rawurldecode",
        "html_entity_decode",
        "htmlspecialchars_decode",
        "stripslashes",
        "stripcslashes",
        "json_decode",
        "unserialize",
        "strstr",
        "stristr",
        "strrchr",
        "substr_replace",
        "wordwrap",
        "chunk_split",
        "nl2br",
        "strip_tags",
        "htmlspecialchars",
        "htmlentities",
        "iconv",
        "mb_convert_encoding",
        "utf8_decode",
        "utf8_encode",
        "hex2bin",
        "pack",
        "unpack",
        "convert_uudecode",
        "str_split",
        "mb_str_split",
        "strtr",
        "strval",
        "file_get_contents",
        "file",
        "curl_init",
        "curl_exec",
        "curl_multi_getcontent",
        "fread",
        "fgets",
        "fgetc",
        "fgetss",
        "stream_get_contents",
        "stream_get_line",
        "stream_socket_recvfrom",
        "socket_read",
        "openssl_decrypt",
        "mcrypt_decrypt",
        "curl_exec",
        "func_get_arg",
        "func_get_args",
        "array_values",
        "array_keys",
        "array_merge",
        "array_merge_recursive",
        "array_slice",
        "array_splice",
        "array_map",
        "array_filter",
        "array_pop",
        "array_shift",
        "array_reverse",
        "array_unique",
        "array_combine",
        "array_flip",
        "array_column",
        "array_pad",
        "array_change_key_case",
        "array_replace",
        "current",
        "end",
        "reset",
        "next",
        "prev",
        "key",
        "each",
        "array_key_first",
        "array_key_last",
        "array_rand",
        "array_chunk",
        "array_fill_keys",
        "array_fill",
        "compact",
        "dirname",
        "realpath",
        "quoted_printable_decode",
        "base_convert",
        "chr",
        "ord",
        "bin2hex",
        "str_word_count",
        "nl_langinfo",
        "ltrim",
        "sprintf",
        "number_format",
        "lcfirst",
    ]
)

_HINT_NAMES = sorted(
    {
        *(name for name in SINKS if name != "dl"),  # "dl" is a word of HTML (<dl>): see SINK_HINT
        *SQL_CONNECTORS,  # a SQL console connects where the request says (its runners need one)
        *CALLBACKS,
        *CALLBACK_MAPS,
        *REGEX_REPLACE,
        *SQL_FUNCTION_REGISTRARS,
        *XML_HANDLER_SETTERS,
        "mb_ereg_replace",
        "mb_eregi_replace",
        "file_put_contents",
        *HANDLE_WRITERS,
        "fwrite",
        "fputs",
        "copy",
        "rename",
        "move_uploaded_file",
        "unserialize",
        "extract",
        "parse_str",
        "mb_parse_str",
        "import_request_variables",
        "filter_callback",  # filter_var(..., FILTER_CALLBACK, [options => callback])
        "stream_copy_to_stream",
        "error_log",
        "trigger_error",
        "user_error",
        "extractto",  # ZipArchive/PharData::extractTo unpacks an archive into a folder
        "curl_setopt",  # a request body posted on to a host the request names (an HTTP relay)
        "stream_context_create",
        "expect",  # the expect:// wrapper, opened by any file function
        "phar",  # a phar:// path: its metadata is unserialized by any file function
    }
)


#: A file without any of these cannot reach a sink: the analysis is skipped (a cheap prefilter).
#: What a flow can start from: request input (literal or dynamic) or a decoder building code or a
#: function name. A file with neither has no flow to find, and the analysis is skipped.
class Hint:
    """A necessary condition for the analysis, checked on the lower-cased file: literal substrings
    (fast substring search) and small regexes that each start with a literal, so the regex engine
    skips ahead instead of trying every offset (one big case-insensitive alternation cannot)."""

    def __init__(
        self, literals: tuple[bytes, ...], patterns: tuple[bytes | tuple[bytes, bytes], ...] = ()
    ) -> None:
        self.literals = literals
        #: (pattern, prerequisite): a pattern that cannot skip ahead is given a cheap regex that
        #: every match of it contains, and searched only where that one is found
        self.patterns = tuple(
            (re.compile(p), None) if isinstance(p, bytes) else (re.compile(p[0]), re.compile(p[1]))
            for p in patterns
        )

    def __or__(self, other: Hint) -> Hint:
        joined = Hint(self.literals + other.literals)
        joined.patterns = self.patterns + other.patterns
        return joined

    def search(self, lower: bytes) -> bool:
        """Does ``lower`` (the file in ASCII lower case) hold any of the hint's tokens?"""
        return any(lit in lower for lit in self.literals) or any(
            (need is None or need.search(lower)) and p.search(lower) for p, need in self.patterns
        )

    def offsets(self, lower: bytes) -> list[int]:
        """Where the tokens start in ``lower``, sorted."""
        found: list[int] = []
        for lit in self.literals:
            pos = lower.find(lit)
            while pos != -1:
                found.append(pos)
                pos = lower.find(lit, pos + 1)
        for p, need in self.patterns:
            if need is None or need.search(lower):
                found.extend(m.start() for m in p.finditer(lower))
        found.sort()
        return found


#: Blanks and block comments between a function's name, its "(" and the first argument
#: (``file_get_contents/**/("https://...")``): PHP ignores them, so the hints do too.
_GAP = rb"(?:\s|/\*[^*]{0,80}\*+/)*"

#: Request input, or a decoder whose output may be code: without one, PHP analysis finds nothing.
SOURCE_HINT = Hint(
    (
        b"${",
        b"$globals",
        b"php://",
        b"getallheaders",
        b"apache_request_headers",
        b"http_get_request_body",
        b"get_http_raw_post_data",
        b"$http_",
        b"parse_str",
        b"getenv",
        b"filter_input",
        b"import_request_variables",
        b"base64_decode",
        b"gzinflate",
        b"gzuncompress",
        b"gzdecode",
        b"str_rot13",
        b"strrev",
        b"hex2bin",
        b"urldecode",
        b"uudecode",
        b"$$",
        b"move_uploaded_file",
        b"exif_read_data",
        b"read_exif_data",
        # network connections the script opens or accepts (reverse and bind shells, bots)
        b"fsockopen",
        b"stream_socket_client",
        b"socket_connect",
        b"socket_accept",
        b"stream_socket_server",
        b"socket_create_listen",
        b"socket_bind",
        # the session cookie as the client sent it
        b"session_id",
        # RPC servers: their clients call what they expose with the request's arguments
        b"soapserver",
        b"yar_server",
        b"xmlrpc_server_register_method",
        b"register_rest_route",
    ),
    (
        # a web framework's request object read (``FRAMEWORK_REQUEST``)
        rb"\$(?:this\s*->\s*)?(?:request|req|_request)\s*->\s*(?:query|request|post|cookies|headers|files|input"
        rb"|params|get|all|json|only|header|cookie|getcontent|getparams?|getpost|getquery|getdata|getparsedbody"
        rb"|getqueryparams|getcookieparams|getbodyparams?|getqueryparam|getrawbody)\b",
        rb"\$this\s*->\s*(?:input|getrequest\s*\(\s*\))\s*->\s*(?:get|post|get_post|post_get|cookie|server"
        rb"|getparams?|getpost|getquery)\s*\(",
        rb"->\s*input\s*->\s*get",
        (
            rb"(?<![\w>$:\\])request\s*\(\s*(?:['\"]|\)\s*->\s*(?:input|get|query|post|all|json|only)\s*\()",
            rb"request\s*\(",
        ),
        rb"(?:request|input|tools|jrequest)\s*::\s*(?:input|get|query|post|all|json|only|getvalue|getvar|getstring"
        rb"|getcmd|getword)\b",
        rb"yii\s*::\s*(?:app\s*\(\s*\)|\$app)\s*->\s*request",
        rb"(?:request|serverrequestinterface)\s+\$\w+\s*[,)=]",
        rb"\$_[a-z]",
        rb"extract\s*\(",
        rb"'_(?:get|post|request|cookie|server|files)['\"]",
        rb"\"_(?:get|post|request|cookie|server|files)['\"]",
        rb"chr\s*\(",
        rb"pack\s*\(",
        # a stream name spelt in pieces ('php:' . '//' . 'inp' . 'ut', implode of 'ph', 'p:/' ...)
        (rb"['\"][phintu:/]{1,8}['\"]\s*[.,]\s*['\"][phintu:/]{1,8}['\"]", rb"['\"]\s*[.,]\s*['\"]"),
        # a read of a remote address; a comment may sit between the name, "(" and the literal
        rb"file_get_contents" + _GAP + rb"\(" + _GAP + rb"['\"](?:https?|ftp)://",
        rb"fopen" + _GAP + rb"\(" + _GAP + rb"['\"](?:https?|ftp)://",
        rb"file" + _GAP + rb"\(" + _GAP + rb"['\"](?:https?|ftp)://",
        rb"copy" + _GAP + rb"\(" + _GAP + rb"['\"](?:https?|ftp)://",
        rb"curl_init" + _GAP + rb"\(" + _GAP + rb"['\"](?:https?|ftp)://",
        rb"curlopt_url\s*,\s*['\"](?:https?|ftp)://",
        # a helper given the address of a script or text file to fetch (a dropper's download)
        (
            rb"\w"
            + _GAP
            + rb"\("
            + _GAP
            + rb"['\"](?:https?|ftp)://[^'\"\s]{3,300}\.(?:php\d?|phtml|txt|jpe?g|png|gif)['\"]",
            rb"\(" + _GAP + rb"['\"](?:https?|ftp)://",
        ),
        # a helper handed a remote address as its whole argument, and a script's name near it (a
        # download saved as code: ``file_put_contents('x.php', fetch('http://host/p'))``)
        (
            rb"\(\s*['\"](?:https?|ftp)://[^'\"\s]{3,300}['\"]\s*\)[\s\S]{0,800}?['\"][^'\"\s]{0,80}\.ph(?:p\d?|tml)['\"]"
            rb"|['\"][^'\"\s]{0,80}\.ph(?:p\d?|tml)['\"][\s\S]{0,800}?\(\s*['\"](?:https?|ftp)://[^'\"\s]{3,300}['\"]\s*\)",
            rb"\(\s*['\"](?:https?|ftp)://",
        ),
        # (or included: ``$u = 'http://host/' . 'x.txt'; include $u;`` runs what that address serves)
        rb"=" + _GAP + rb"['\"](?:https?|ftp)://[^'\"\n]{3,200}['\"][^;\n]{0,200};[\s\S]{0,400}?"
        rb"(?:(?:file_get_contents|fopen|copy|file|curl_init)"
        + _GAP
        + rb"\(|curlopt_url\s*,|\b(?:include|require)(?:_once)?"
        + _GAP
        + rb"\(?)"
        + _GAP
        + rb"\$",
        # the same read written above the URL (a download helper defined first, called below)
        (
            rb"(?:(?:file_get_contents|fopen|curl_init)"
            + _GAP
            + rb"\(|curlopt_url\s*,)"
            + _GAP
            + rb"\$[\s\S]{0,1500}?="
            + _GAP
            + rb"['\"](?:https?|ftp)://[^'\"\n]{3,200}['\"]\s*;",
            rb"(?:https?|ftp)://",
        ),
        # a file named like an image, and a read of a file (its hidden tail may be run as code);
        # the analysis decides whether the one is read by the other
        (
            rb"\.(?:gif|jpe?g|png|ico|bmp|webp|tiff?)['\"]",
            rb"\b(?:file_get_contents|fopen|file|gzopen|gzfile)" + _GAP + rb"\(",
        ),
        # text run as a whole script (``eval('?>' . $code)``): a loader whose code comes from
        # somewhere the file names (a URL built in pieces, a fetch helper or class); the analysis
        # decides where it comes from
        rb"eval" + _GAP + rb"\(" + _GAP + rb"(?:'\?>'|\"\?>\")" + _GAP + rb"\.",
        # a script included from a remote address (``include 'http://host/x.txt'``)
        rb"(?:include|require)(?:_once)?" + _GAP + rb"\(?" + _GAP + rb"['\"](?:https?|ftp)://",
        # a URL scheme spelt with escapes ("\150\x74\164\x70s" . "://"): a hidden download address
        (
            rb"['\"](?=[htp]{0,3}\\)(?:h|\\x68|\\150)(?:t|\\x74|\\164){2}(?:p|\\x70|\\160)"
            rb"(?:s|\\x73|\\163)?(?::|\\x3a|\\072|['\"])",
            rb"\\(?:x6[8]|x7[034]|1[56][034])",
        ),
        # a long text XOR-ed with another literal: code kept as two masks, decoded where it runs
        (
            rb"(?:'[^'\n]{12,300}'|\"[^\"\n]{12,300}\")\s*\^\s*['\"]",
            rb"['\"]\s*\^\s*['\"]",
        ),
        # names spelt by string bitwise operators ('}l3' & mf9, '% :b' ^ mtn2), at least twice:
        # the source may be one of them (getenv, $_GET's key), the analysis folds the masks
        (
            rb"['\"]\s*[\^|&]\s*['\"a-z_][\s\S]{0,400}?['\"]\s*[\^|&]\s*['\"a-z_]",
            rb"['\"]\s*[\^|&]\s*['\"a-z_]",
        ),
    ),
)

#: A function whose own text matches this is analysed as an entry point (it may hold a flow from a
#: real source, a payload, or read state main code sets); every other function is summarised only
#: when a call needs it. Decoders, ``eval``/``assert``/``create_function``, escape-built strings and
#: ``global`` are included so payload recording and global reads see every function that has them.
ENTRY_HINT = SOURCE_HINT | Hint(
    (b"global", b"eval", b"assert", b"create_function", b"bzdecompress", b"convert_uudecode"),
    (rb"\\x[0-9a-f]{2}\\x[0-9a-f]{2}", rb"\^\s*\$\w+\s*\[", rb"~\s*['\"]"),
)
#: Methods PHP calls implicitly (destructors, deserialisation, conversions, overloading).
IMPLICIT_METHODS = frozenset(
    {
        "__destruct",
        "__wakeup",
        "__unserialize",
        "__serialize",
        "__sleep",
        "__tostring",
        "__call",
        "__callstatic",
        "__get",
        "__set",
        "__isset",
        "__unset",
        "__invoke",
        "__set_state",
        "__debuginfo",
        # a stream wrapper's methods run when a registered scheme is opened (fopen("x://..."))
        "stream_open",
        "stream_read",
        "stream_write",
        "stream_close",
        "stream_eof",
        "stream_stat",
        "url_stat",
        "dir_opendir",
    }
)

_DEFINED_CONSTANT = re.compile(
    rb"\bdefine\s*\(\s*(['\"])([A-Za-z_]\w{0,63})\1|\bconst\s+([A-Za-z_]\w{0,63})\s*="
)


def calls_defined_constant(data: bytes) -> bool:
    """Does the file call a bare name it also defines as a constant (``define('RUN', ...); RUN($x)``)?
    The analysis then reads the call as one of the function the constant names."""
    names = {m.group(2) or m.group(3) for m in _DEFINED_CONSTANT.finditer(data)}
    if not names:
        return False
    called = re.compile(
        rb"(?<![\w$>:'\"])(?:" + b"|".join(re.escape(n) for n in sorted(names)[:200]) + rb")\s*\("
    )
    return called.search(data) is not None


SINK_HINT = re.compile(
    rb"(?i)\b(?:" + b"|".join(re.escape(n.encode()) for n in _HINT_NAMES) + rb")\b"
    rb"|\binclude|\brequire|`|\$\w+\s*(?:\[[^\]\n]{0,200}\]\s*)*\(|[)}\]]\s*\("
    # a double-quoted string holding variables, called ("{$a}{$b}"($x)): the name is what they join
    rb"|\"[^\"\n$]{0,200}\$[^\"\n]{0,200}\"\s*\("
    # a statement assigning a variable named with bytes 0x80-0xff (``$функ = 'sys'.'tem';``): its later
    # ``$функ(...)`` call is then seen (the call alone also matches non-ASCII text in localisation strings)
    rb"|(?:(?m:^)|[;{}]|<\?php)\s*\$[\w\x80-\xff]*[\x80-\xff][\w\x80-\xff]*\s*=(?!=)"
    rb"|->\s*\$|::\s*\$|\breflection|closure\s*::|__invoke|\bnew\s+\$"
    rb"|\bnew\s+\\?com\s*\("  # a COM object: a Windows shell's exec()/Run()/ShellExecute() under any ProgID spelling
    # recipients from a variable or a call (not "mail()" in a sentence of a localisation file)
    rb"|(?<![\w$>:])(?:mb_send_)?mail\s*\(\s*(?:\$|\w+\s*\()"
    # a Bcc: header the script writes, its recipients perhaps the request's list (after "\n" too)
    rb"|bcc:"
    rb"|(?<![\w$>:])dl\s*\("
    rb"|\bnew\s+\\?(?:mysqli|pdo)\s*\("
)


# --- register_globals: the page's own parameters read as plain variables -------------------------

#: request parameters read through a superglobal (or unpacked into variables): such a page does not
#: rely on register_globals; ``$_SERVER``/``$_ENV`` (the script's path, the host, the admin address)
#: say nothing about how the page reads its form fields
_ANY_SUPERGLOBAL = re.compile(
    rb"(?i)\$_(?:GET|POST|REQUEST|COOKIE|FILES)\b|\$HTTP_(?!SERVER_VARS\b|ENV_VARS\b)\w+_VARS\b|\$GLOBALS\b"
    rb"|\b(?:filter_input|import_request_variables|extract|parse_str|getallheaders)\s*\("
)
_FIELD = re.compile(
    rb"(?is)<(?:input|textarea|select|button)\b[^>]{0,400}?\bname\s*=\s*[\"']?([A-Za-z_]\w{0,40})"
)
_LINK = re.compile(
    rb"(?i)\b(?:href|action)\s*=\s*[\"']?[^\"'>\s]*\?([^\"'>\s#]{1,400})|\.php\?([^\"'<>\s#]{1,400})"
)
_PARAM = re.compile(rb"(?:^|&(?:amp;)?)([A-Za-z_]\w{0,40})=")
_ASSIGNED = re.compile(
    rb"\$([A-Za-z_]\w*)\s*(?:\[[^\]\n]{0,80}\]\s*)*(?:[.+*/%|&^-]|\?\?|<<|>>)?=(?![=>])"
    rb"|\bas\s+&?\$([A-Za-z_]\w*)|=>\s*&?\$([A-Za-z_]\w*)\s*\)"
    rb"|\b(?:global|static)\s+\$([A-Za-z_]\w*)|\bfunction\b[^(]{0,80}\(([^)]{0,400})\)"
)
#: Gate of the analysis for pages that may rely on register_globals (forms and links, no superglobal).
REGISTER_GLOBALS_HINT = Hint(
    (),
    (
        rb"<input\b[^>]{0,400}?\bname\s*=",
        rb"<textarea\b[^>]{0,400}?\bname\s*=",
        rb"<select\b[^>]{0,400}?\bname\s*=",
        rb"href\s*=\s*[\"']?[^\"'>\s]*\?\w+=",
    ),
)


def page_parameters(data: bytes) -> frozenset[str]:
    """Request parameters a page that never reads a superglobal still uses: the names of its own
    form fields and link parameters that it reads as plain variables without ever assigning them.
    Under register_globals (PHP before 5.4, still how many old shells work) PHP fills them in."""
    if _ANY_SUPERGLOBAL.search(data):
        return frozenset()
    names = {m.group(1) for m in _FIELD.finditer(data)}
    for m in _LINK.finditer(data):
        names.update(p.group(1) for p in _PARAM.finditer(m.group(1) or m.group(2)))
    if not names:
        return frozenset()
    # a name counts as assigned when the page assigns it before it first reads it (a shell that
    # clears its command after a ``cd`` still ran what the form sent) or takes it as a parameter
    first_assigned: dict[bytes, int] = {}
    params: set[bytes] = set()
    for m in _ASSIGNED.finditer(data):
        for g in m.groups()[:4]:
            if g:
                first_assigned.setdefault(g, m.start())
        if m.group(5):
            params.update(re.findall(rb"\$([A-Za-z_]\w*)", m.group(5)))
    found: set[str] = set()
    for n in names - params:
        at = first_assigned.get(n)
        if at is not None:
            first = re.search(rb"\$" + re.escape(n) + rb"\b", data)
            if first is None or first.start() >= at:
                continue
        found.add(n.decode("ascii"))
    return frozenset(found)
