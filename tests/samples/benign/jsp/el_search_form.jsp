<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<html>
<head><title>Search</title><link rel="stylesheet" href="${pageContext.request.contextPath}/css/site.css"></head>
<body>
<form action="${pageContext.request.contextPath}/search" method="get">
  <input name="q" value="${fn:escapeXml(param.q)}">
  <select name="sort">
    <c:forEach var="s" items="${sortOptions}">
      <option value="${s.key}" ${param.sort == s.key ? 'selected' : ''}>${fn:escapeXml(s.value)}</option>
    </c:forEach>
  </select>
  <button>Go</button>
</form>
<c:if test="${not empty results}">
  <p>${fn:length(results)} results for <strong>${fn:escapeXml(param.q)}</strong>, page ${param.page + 1}</p>
  <c:forEach var="r" items="${results}">
    <div class="hit"><a href="${r.url}">${fn:escapeXml(r.title)}</a> <small>${r.getClass().getSimpleName()}</small></div>
  </c:forEach>
</c:if>
</body>
</html>
