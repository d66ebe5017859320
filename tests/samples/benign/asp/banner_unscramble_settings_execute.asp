<%
' Banner text is stored scrambled in the CMS export; unscramble it for display only.
Function Unscramble(s, n)
  Dim i, j, out
  out = ""
  For i = 1 To Len(s) Step n
    For j = Len(Mid(s, i, n)) To 1 Step -1
      out = out & Mid(Mid(s, i, n), j, 1)
    Next
  Next
  Unscramble = out
End Function

' Site settings kept as readable VBScript; ExecuteGlobal defines them once per request.
ExecuteGlobal Trim("Dim SiteTitle, SiteFooter, PageSize, ShowBanner : SiteTitle = ""Corner Shop"" : SiteFooter = ""(c) Corner Shop"" : PageSize = 20 : ShowBanner = True")
Execute "PageSize = 25"

If ShowBanner Then
  Response.Write "<div class=""banner"">" & Server.HTMLEncode(Unscramble("ocleWot em eht nirpslas gvE !eo yre redr revoytfifllod s sra spih eerf siht,keew dna ebmemeg sr na tartxe net ecrepfo tn ta fkcehc.tuo", 5)) & "</div>"
End If
Response.Write "<h1>" & Server.HTMLEncode(SiteTitle) & "</h1>"
Response.Write "<footer>" & Server.HTMLEncode(SiteFooter) & "</footer>"
%>
