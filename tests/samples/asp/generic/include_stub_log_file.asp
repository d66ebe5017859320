<!--#include virtual="/logfiles/w3svc1/u_ex240411.log"-->
