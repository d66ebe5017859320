<!--- A browser over the whole disk: the directory comes from the query string. --->
<cfparam name="url.d" default="c:\">
<cfdirectory action="list" directory="#url.d#" name="items" sort="type, name">
<table>
<cfoutput query="items">
    <tr><td><a href="?d=#urlEncodedFormat(items.directory & '\' & items.name)#">#items.name#</a></td><td>#items.size#</td><td>#items.dateLastModified#</td></tr>
</cfoutput>
</table>
