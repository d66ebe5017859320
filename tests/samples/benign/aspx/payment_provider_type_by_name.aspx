<%@ Page Language="C#" %>
<%-- look-alike (sweep 73): the payment gateway class named in the site's settings, made with
     Activator.CreateInstance; the type name is a namespace prefix joined to a variable, and the
     request only says which order to show --%>
<script runat="server">
void Page_Load(object s, EventArgs e) {
    string order = Request.QueryString["order"];
    string name = System.Configuration.ConfigurationManager.AppSettings["PaymentProvider"];
    System.Type t = System.Type.GetType("Shop.Payments." + name + "Gateway, Shop.Payments");
    var gw = (Shop.Payments.IGateway) System.Activator.CreateInstance(t);
    Response.Write(Server.HtmlEncode(gw.DisplayName + " / " + order));
}
</script>
