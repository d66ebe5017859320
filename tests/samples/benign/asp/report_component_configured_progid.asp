<%
' a reporting page: the report engine's ProgID is read from the application's configuration (set
' in global.asa), the report picked in the form is run by name and its HTML sent back
Dim engine, report
report = Request.Form("report")
Set engine = Server.CreateObject(Application("ReportEngineProgID"))
engine.Open Server.MapPath("/reports/catalog.xml")
Response.Write engine.Run(report)
Set engine = Nothing
%>
