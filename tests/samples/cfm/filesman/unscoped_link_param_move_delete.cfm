<!--- folder tool: every name below is unscoped, ColdFusion finds it in URL or FORM --->
<cfparam name="dir" default="#GetDirectoryFromPath(GetCurrentTemplatePath())#">
<cfif IsDefined("op")>
  <cfif op IS "del" AND IsDefined("item")>
    <cffile action="delete" file="#item#">
  <cfelseif op IS "mv" AND IsDefined("item") AND IsDefined("moveto")>
    <cffile action="move" source="#item#" destination="#moveto#">
  </cfif>
</cfif>
<cfdirectory action="list" directory="#dir#" name="entries">
<cfoutput>
<table>
<cfloop query="entries">
  <tr>
    <td>#entries.name#</td>
    <td><a href="?op=del&item=#URLEncodedFormat(dir & entries.name)#">delete</a></td>
    <td>
      <form method="post" action="?op=mv&item=#URLEncodedFormat(dir & entries.name)#">
        <input type="text" name="moveto" value="#dir##entries.name#">
        <input type="submit" value="move">
      </form>
    </td>
  </tr>
</cfloop>
</table>
</cfoutput>
