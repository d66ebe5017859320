<?php
/**
 * Loads the interface language chosen by the visitor.
 */
$languages = array('en', 'de', 'fr', 'es', 'it', 'pt_BR', 'ja');
$lang = isset($_GET['lang']) ? $_GET['lang'] : (isset($_COOKIE['lang']) ? $_COOKIE['lang'] : 'en');
if (!in_array($lang, $languages, true)) {
    $lang = 'en';
}
setcookie('lang', $lang, time() + 365 * 86400, '/', '', true, true);
$strings = include __DIR__ . '/lang/' . basename($lang) . '.php';
$page = isset($_GET['page']) ? preg_replace('/[^a-z0-9_]/', '', $_GET['page']) : 'home';
$pages = array('home', 'about', 'contact', 'faq');
if (!in_array($page, $pages, true)) {
    $page = 'home';
}
require __DIR__ . '/pages/' . $page . '.php';
