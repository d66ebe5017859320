<%@ Page Language="C#" %>
<%@ Import Namespace="System.Data.SqlClient" %>
<%
    // event log search: generated code names its variables with verbatim identifiers (@event,
    // @params, @Query) and the statement's parameters as "@from" and "@kind"
    string @kind = Request.Form["kind"] ?? "info";
    string @from = Request.Form["from"] ?? "2020-01-01";
    var @params = new[] { new SqlParameter("@kind", @kind), new SqlParameter("@from", @from) };
    string @Query = @"SELECT id, logged, message FROM event_log
                      WHERE kind = @kind AND logged >= @from ORDER BY logged DESC";
    using (var @conn = new SqlConnection(System.Configuration.ConfigurationManager.ConnectionStrings["logs"].ConnectionString))
    using (var @cmd = new SqlCommand(@Query, @conn))
    {
        @cmd.Parameters.AddRange(@params);
        @conn.Open();
        using (var @event = @cmd.ExecuteReader())
        {
            while (@event.Read())
            {
                Response.Write(Server.HtmlEncode(@event.GetString(2)) + "<br/>"); // mail: ops@example.org
            }
        }
    }
    // the log viewer opens in the browser; the server starts no program
    System.Diagnostics.@Trace.@WriteLine("event log viewed: " + Server.HtmlEncode(@kind));
%>
