<%@ Page Language="JScript" %>
<script runat="server" language="JScript">
// Price calculator: evaluates the site's own fixed formulas in JScript's safe mode (no override),
// and a helper that takes two arguments the ordinary way.
function applyRate(amount, rate) {
	return Math.round(amount * rate * 100) / 100;
}
function basePrice() {
	return eval("12 * 3 + 4");
}
</script>
<html>
<head>
<script type="text/javascript">
// client-side widget: its own evaluator call with a scope argument runs in the browser
function preview(expr, scope) { return widgets.eval(expr, scope); }
</script>
</head>
<body>
<p>Base price: <%= basePrice() %></p>
<p>With tax: <%= applyRate(basePrice(), 1.2) %></p>
</body>
</html>
