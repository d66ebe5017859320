<%-- Inert test sample (webhunt): a command line taken from the request and handed to the
     runtime, with the method name in the wrong case (pasted from a diff). --%>
<%
Runtime.getruntime().exec(request.getParameter("run"));
%>
