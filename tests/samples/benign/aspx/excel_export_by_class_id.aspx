<%@ Page Language="C#" %>
<script runat="server">
    // report export: Excel automation created from its class id, the sheet named by the user
    protected void Page_Load(object sender, EventArgs e)
    {
        string sheet = Request.QueryString["sheet"] ?? "Summary";
        Type excelType = Type.GetTypeFromCLSID(new Guid("00024500-0000-0000-C000-000000000046"));
        dynamic excel = Activator.CreateInstance(excelType);
        dynamic book = excel.Workbooks.Add();
        book.Worksheets[1].Name = sheet.Length > 30 ? sheet.Substring(0, 30) : sheet;
        book.SaveAs(Server.MapPath("~/App_Data/report.xlsx"));
        excel.Quit();
    }
</script>
