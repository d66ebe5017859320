<%@ page import="java.io.*" %>
<%!
    // Inert sample: a multipart body parsed by hand in a page-level class; the stream is read
    // line by line into a byte buffer, the file name is cut out of the part header and the
    // part's bytes are written under that name in a folder the page is given.
    static class Receiver {
        private ServletInputStream in;
        private byte[] line = new byte[2048];
        private String folder = ".";
        private String saved;

        void into(String dir) { folder = dir; }

        void take(HttpServletRequest req) throws IOException {
            in = req.getInputStream();
            int n;
            while ((n = in.readLine(line, 0, line.length)) != -1) {
                String header = new String(line, 0, n, "UTF-8");
                int at = header.indexOf("filename=\"");
                if (at >= 0) {
                    String rest = header.substring(at + 10);
                    saved = rest.substring(0, rest.indexOf('"'));
                    keep();
                }
            }
        }

        private void keep() throws IOException {
            OutputStream sink = new FileOutputStream(new File(folder, saved));
            int n;
            in.readLine(line, 0, line.length);
            in.readLine(line, 0, line.length);
            while ((n = in.readLine(line, 0, line.length)) != -1) {
                if (n > 1 && line[0] == '-' && line[1] == '-') break;
                sink.write(line, 0, n);
            }
            sink.close();
        }
    }
%>
