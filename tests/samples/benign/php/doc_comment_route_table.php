<?php
/**
 * Admin page controller: routes are read from the methods' doc comments.
 * @icon R0lGODlhAQABAA==
 */
final class AdminPages
{
    /** @route dashboard */
    public function dashboard(): string { return 'Dashboard'; }

    /** @route settings */
    public function settings(): string { return 'Settings'; }
}
$ref = new ReflectionClass(AdminPages::class);
preg_match('/@icon\s+(\S+)/', (string) $ref->getDocComment(), $m);
$icon = base64_decode($m[1]);
$page = new AdminPages();
$wanted = (string) ($_GET['page'] ?? 'dashboard');
foreach ($ref->getMethods() as $method) {
    if (preg_match('/@route\s+(\w+)/', (string) $method->getDocComment(), $r) && $r[1] === $wanted) {
        $handler = $method->getName();
        header('Content-Type: text/html; charset=utf-8');
        echo '<img src="data:image/gif;base64,', base64_encode($icon), '" alt="">';
        echo htmlspecialchars($page->$handler(), ENT_QUOTES, 'UTF-8');
    }
}
