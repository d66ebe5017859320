<?php
// Отчёт о складе: русские имена переменных, обработчики через переменные (benign look-alike)
$размер_страницы = 25;
$форматировать = 'number_format';
$проверить = function ($значение) { return is_numeric($значение) && $значение >= 0; };
assert($проверить($размер_страницы));
$итого = 0;
foreach ([12.5, 3, 7.25] as $сумма) { $итого += $сумма; }
echo $форматировать($итого, 2), "\n";
final class Шаблон {
    private string $исходник;
    public function __construct(string $исходник) { $this->исходник = $исходник; }
    private function compile(string $текст): string { return str_replace(['{{', '}}'], ['<?= htmlspecialchars(', ') ?>'], $текст); }
    public function render(array $данные): void { extract($данные, EXTR_SKIP); eval('?>' . $this->compile($this->исходник)); }
}
(new Шаблон('<p>Итого: {{ $итого }}</p>'))->render(['итого' => $итого]);
