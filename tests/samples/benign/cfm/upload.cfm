<cfif structKeyExists(form, "photo") and session.loggedIn>
    <cffile action="upload" filefield="photo" destination="#expandPath('/media/photos/')#"
            accept="image/jpeg,image/png" nameconflict="makeunique" strict="true">
    <cfif not listFindNoCase("jpg,jpeg,png", cffile.serverFileExt)>
        <cffile action="delete" file="#cffile.serverDirectory#/#cffile.serverFile#">
        <cfthrow message="Only images are allowed">
    </cfif>
    <cfoutput>Saved #encodeForHTML(cffile.serverFile)#</cfoutput>
</cfif>
