<%@ page import="java.net.*,java.io.*" %><%
// Shows today's exchange rates from the provider's fixed address; the text is escaped before it
// is printed and nothing from the request is used.
URL feed = new URL("https://rates.example.org/daily.csv");
StringBuilder rows = new StringBuilder();
try (BufferedReader r = new BufferedReader(new InputStreamReader(feed.openStream(), "UTF-8"))) {
    String line;
    while ((line = r.readLine()) != null) {
        String[] cols = line.split(",");
        if (cols.length == 2) {
            rows.append("<tr><td>").append(cols[0].replace("<", "&lt;")).append("</td><td>")
                .append(cols[1].replace("<", "&lt;")).append("</td></tr>");
        }
    }
}
%><table class="rates"><%= rows %></table>
