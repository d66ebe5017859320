<%-- A storefront header: labels picked by the language cookie, the sort order from a parameter, a
     formatter bean called with request values as arguments; map lookups, no method named by the
     request. --%>
<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<jsp:useBean id="fmt" class="shop.web.PriceFormatter" scope="request"/>
<h1>${labels[cookie.lang.value]["title"]}</h1>
<p>${labels[cookie.lang.value][param["sort"]]} - ${fn:escapeXml(paramValues.tag[0])}</p>
<p>${fmt.format(param.amount, cookie.currency.value)} ${fmt.label(header["Accept-Language"])}</p>
<p>${sections[param.page].title} ${sections[pageContext.request.getParameter('page')].summary}</p>
