<!--#include file="inc/header.htm"-->
<!--#include virtual="/inc/config.asp"-->
<%
' Front controller: runs one of the pages kept under /pages for the section the link names.
Dim section
section = Request.QueryString("section")
If section = "" Then section = "home"
Server.Execute "/pages/" & section & ".asp"
Server.Transfer("/pages/footer.asp")
%>
<!--#include file="inc/footer.txt"-->
