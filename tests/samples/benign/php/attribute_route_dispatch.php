<?php
// benign look-alike: controllers declare routes with attributes that a router reads through
// reflection and dispatches to by the request's path
#[Attribute(Attribute::TARGET_METHOD)]
final class Route
{
    public function __construct(public string $path, public string $method = 'GET') {}
}

final class ReportController
{
    #[Route('/reports/exec-summary')]
    public function summary(): string { return 'summary'; }

    #[Route('/system', method: 'GET')]
    public function status(): string { return 'ok'; }
}

$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
foreach ((new ReflectionClass(ReportController::class))->getMethods() as $m) {
    foreach ($m->getAttributes(Route::class) as $attr) {
        if ($attr->newInstance()->path === $path) {
            echo htmlspecialchars($m->invoke(new ReportController()));
        }
    }
}
