<%
' "remember me" for a members page: the user name is XOR-scrambled into a cookie and read back,
' then kept in the session for the other pages
Option Explicit
Const COOKIE_KEY = 23

Function Scramble(text)
    Dim i, outText
    outText = ""
    For i = 1 To Len(text)
        outText = outText & ChrW(AscW(Mid(text, i, 1)) Xor COOKIE_KEY)
    Next
    Scramble = outText
End Function

Sub ShowWelcome(userName)
    Response.Write "<p>Welcome back, " & Server.HTMLEncode(userName) & "</p>"
End Sub

Dim remembered
remembered = Request.Cookies("member")
If remembered <> "" Then
    Session("member") = Scramble(remembered)
    ShowWelcome Session("member")
Else
    Response.Write "<a href=""login.asp"">Sign in</a>"
End If
If Request.Form("remember") = "1" Then
    Response.Cookies("member") = Scramble(Request.Form("user"))
    Response.Cookies("member").Expires = DateAdd("d", 30, Now())
End If
%>
