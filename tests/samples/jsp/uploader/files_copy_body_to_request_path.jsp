<%-- test sample: the request body stored wherever the request says --%>
<%
    String to = request.getParameter("to");
    java.nio.file.Files.copy(request.getInputStream(),
            java.nio.file.Paths.get(application.getRealPath("/"), to),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    out.print("saved");
%>
