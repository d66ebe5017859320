<%
' A JSON encoder for classic ASP: strings escaped character by character and joined back, and
' multi-dimensional arrays read through Eval of an index expression built from numbers.
Function jsEncode(str)
  Dim charmap(127), haystack(), i, c
  ReDim haystack(Len(str) - 1)
  For i = 1 To Len(str)
    c = Mid(str, i, 1)
    If AscW(c) < 128 And charmap(AscW(c)) <> "" Then
      haystack(i - 1) = charmap(AscW(c))
    Else
      haystack(i - 1) = c
    End If
  Next
  jsEncode = Join(haystack, "")
End Function

Function RenderArray(arr, depth, parent)
  Dim index, limiter
  RenderArray = "["
  For index = 0 To UBound(arr, depth)
    limiter = ","
    If index = UBound(arr, depth) Then limiter = ""
    RenderArray = RenderArray & toJSON(Eval("arr(" & parent & index & ")")) & limiter
  Next
  RenderArray = RenderArray & "]"
End Function
%>
