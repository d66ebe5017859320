<!--#include file="inc/site_log.asp"-->
<%
' Visitor comments are appended to the site's comment log; the log stream
' comes from the shared include (OpenCommentLog opens logs/comments.txt).
Dim commentLog, author
If Request.ServerVariables("REQUEST_METHOD") = "POST" Then
    author = Left(Trim(Request.Form("author")), 40)
    If author = "" Then author = "anonymous"
    Set commentLog = OpenCommentLog()
    commentLog.WriteLine Now() & vbTab & author
    commentLog.WriteLine Request.Form("comment")
    commentLog.WriteLine "----"
    commentLog.Close
    Set commentLog = Nothing
    Response.Redirect "comments.asp?thanks=1"
End If
%>
<form method="post" action="comment_post.asp">
  <input name="author" maxlength="40"> <textarea name="comment"></textarea>
  <input type="submit" value="Send">
</form>
