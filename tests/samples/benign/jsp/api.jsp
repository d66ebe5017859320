<%@ page contentType="application/json; charset=UTF-8" import="java.io.*,com.fasterxml.jackson.databind.*" %>
<%
    // JSON endpoint: reads the request body and stores an order
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder body = new StringBuilder();
    try (BufferedReader reader = request.getReader()) {
        String line;
        while ((line = reader.readLine()) != null) body.append(line);
    }
    JsonNode order = mapper.readTree(body.toString());
    shop.Orders.save(order.get("sku").asText(), order.get("qty").asInt());
    out.print("{\"status\":\"ok\"}");
%>
