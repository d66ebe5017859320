<?php
declare(strict_types=1);

// PHP 8 application idioms that look like the shells' tricks: promoted constructor properties,
// a __call proxy and a static facade, an ArrayAccess settings bag, a generator pipeline fed with
// send(), a fiber that formats a report, named arguments and array_walk over the query string.

final class Money
{
    public function __construct(private int $cents, private string $currency = 'EUR') {}

    public function __toString(): string
    {
        return sprintf('%0.2f %s', $this->cents / 100, htmlspecialchars($this->currency));
    }
}

final class Repository
{
    /** @var array<int, array<string, string>> */
    private array $rows = [];

    public function find(int $id): ?array
    {
        return $this->rows[$id] ?? null;
    }
}

final class LoggingProxy
{
    public function __construct(private Repository $inner) {}

    public function __call(string $method, array $args): mixed
    {
        error_log('repository call: ' . $method);
        return $this->inner->$method(...$args);
    }
}

final class Repo
{
    private static ?Repository $root = null;

    public static function __callStatic(string $method, array $args): mixed
    {
        self::$root ??= new Repository();
        return self::$root->$method(...$args);
    }
}

final class Settings implements ArrayAccess
{
    /** @param array<string, string> $values */
    public function __construct(private array $values) {}

    public function offsetGet(mixed $offset): mixed { return $this->values[$offset] ?? null; }
    public function offsetExists(mixed $offset): bool { return isset($this->values[$offset]); }
    public function offsetSet(mixed $offset, mixed $value): void { $this->values[(string) $offset] = (string) $value; }
    public function offsetUnset(mixed $offset): void { unset($this->values[$offset]); }
}

final class Bag
{
    /** @var array<string, mixed> */
    private array $data = [];

    public function __set(string $name, mixed $value): void { $this->data[$name] = $value; }
    public function __get(string $name): mixed { return $this->data[$name] ?? null; }
}

function line_counter(): Generator
{
    $total = 0;
    while (true) {
        $line = yield $total;
        $total += strlen((string) $line);
    }
}

$id = (int) ($_GET['id'] ?? 0);
$proxy = new LoggingProxy(new Repository());
$row = $proxy->find($id) ?? Repo::find($id);

$settings = new Settings(['theme' => 'dark']);
$theme = $settings[$_GET['setting'] ?? 'theme'];

$bag = new Bag();
$bag->{$_GET['field'] ?? 'title'} = $_POST['value'] ?? '';

$counter = line_counter();
$counter->current();
$counter->send($_POST['text'] ?? '');

$fiber = new Fiber(static function (string $title): void {
    echo '<h1>' . htmlspecialchars($title) . '</h1>';
});
$fiber->start($_GET['title'] ?? 'Report');

$clean = array_filter(array: $_POST, callback: 'strlen');
array_walk($_GET, static function (&$value, $key): void {
    $value = trim((string) $value);
    echo htmlspecialchars((string) $key), '=', htmlspecialchars($value), "\n";
});

$helpers = get_defined_functions()['user'];
foreach ($helpers as $helper) {
    if (str_starts_with($helper, 'report_')) {
        $helper();
    }
}
if (in_array($_GET['fn'] ?? '', get_defined_functions()['internal'], true)) {
    echo 'known function';
}

$legacy = 'abc';
echo $legacy{0} === 'a' ? 'ok' : 'no';
echo new Money((int) ($_GET['cents'] ?? 0));
