<%@ page contentType="text/html;charset=UTF-8" %>
<%!
    // labels kept ASCII-only in the source: accented letters as Java Unicode escapes
    private static final String TITLE = "R\u00e9sum\u00e9 des commandes";
    private static final String EMPTY = "Aucune commande enregistr\u00e9e";
%>
<%
    String sort = request.getParameter("sort");
    boolean byDate = "date".equals(sort);
%>
<html>
<head><title><%= TITLE %></title></head>
<body>
<h1><%= TITLE %></h1>
<p><%= EMPTY %></p>
<p>Tri : <%= byDate ? "par date" : "par num\u00e9ro" %></p>
</body>
</html>
