<%@ page import="com.example.workflow.*" %>
<%-- Approves or rejects a pending task: the outcome named in the form is looked up among the
     application's own outcomes (an enum-like registry with a forName method). --%>
<%
  String taskId = request.getParameter("task");
  String outcomeKey = request.getParameter("outcome");
  Outcome outcome = Outcome.forName(outcomeKey);
  if (outcome == null) {
      response.sendError(400, "unknown outcome");
      return;
  }
  WorkflowManager wm = (WorkflowManager) application.getAttribute("workflow");
  wm.decide(Integer.parseInt(taskId), outcome, request.getRemoteUser());
%>
<p>Decision recorded.</p>
