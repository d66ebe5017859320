<%@ page contentType="text/html;charset=UTF-8" %>
<jsp:useBean id="order" class="com.example.shop.OrderForm" scope="request" />
<jsp:setProperty name="order" property="*" />
<jsp:useBean id="cal" class="java.util.GregorianCalendar" scope="page" />
<html><body>
<p>Order for <%= org.apache.commons.text.StringEscapeUtils.escapeHtml4(request.getParameter("customer")) %>
 on <%= cal.getTime() %>: <%= order.getQuantity() %> item(s).</p>
</body></html>
