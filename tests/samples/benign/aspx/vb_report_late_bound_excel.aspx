<%@ Page Language="VB" AspCompat="true" %>
<script runat="server">
    Protected Sub Page_Load(ByVal sender As Object, ByVal e As EventArgs)
        Dim days As Integer = Integer.Parse(Request.QueryString("days"))
        Dim xl As Object = CreateObject("Excel.Application")
        Dim book As Object = CallByName(xl.Workbooks, "Add", CallType.Method)
        book.Worksheets(1).Range("A1").Value = "Report for the last " & days & " days"
        Response.Write("built")
    End Sub
</script>
