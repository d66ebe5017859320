<%@ page pageEncoding="UTF-8" %><%!
    // Classroom puzzle: hints are stored Base64-encoded and Caesar-shifted so students cannot read
    // them in the page source; the form field names come from one helper so they stay consistent.
    static String reveal(String stored, int key) {
        String s = new String(java.util.Base64.getDecoder().decode(stored));
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch >= 'a' && ch <= 'z') ch = (char) (((ch - 'a') - key + 26) % 26 + 'a');
            sb.append(ch);
        }
        return sb.toString();
    }
    static String field(String name) { return "puzzle_" + name; }
    static final String[] HINTS = { "d2tqd3htZ2Z3", "eGpxcXNm" };
%><%
    String guess = request.getParameter(field("guess"));
    int level = 0;
    try { level = Integer.parseInt(request.getParameter(field("level"))); } catch (Exception e) { level = 0; }
    switch (level) {
        case 0: out.print("Start with the first word."); break;
        case 1: out.print("Hint: " + org.apache.commons.lang3.StringEscapeUtils.escapeHtml4(reveal(HINTS[0], 5))); break;
        default: out.print("Hint: " + org.apache.commons.lang3.StringEscapeUtils.escapeHtml4(reveal(HINTS[1], 5))); break;
    }
    if (guess != null && guess.trim().equalsIgnoreCase(reveal(HINTS[0], 5))) {
        out.print("<p>Correct!</p>");
    }
%>
