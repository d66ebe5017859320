<?php
// Spreadsheet export helper, in the style of PhpSpreadsheet's Coordinate class: column letters come
// from PHP's string increment ("A"++ is "B", "Z"++ is "AA", "AZ"++ is "BA"), and large amounts are
// printed the way PHP prints floats ("1.0E+20"), so the cells are built from the same tricks that
// letterless code uses, for nothing but text.

final class ColumnLetters
{
    /** Every column name from $first to $last inclusive ("A" .. "AC"). */
    public static function range(string $first, string $last): array
    {
        $columns = [];
        $column = $first;
        $guard = 0;
        while ($column !== $last && $guard++ < 16384) {
            $columns[] = $column;
            $column++;
        }
        $columns[] = $last;
        return $columns;
    }

    /** The 1-based index of a column name ("A" is 1, "AA" is 27). */
    public static function index(string $column): int
    {
        $n = 0;
        foreach (str_split(strtoupper($column)) as $letter) {
            $n = $n * 26 + (ord($letter) - ord('A') + 1);
        }
        return $n;
    }
}

function sheet_rows(array $records): array
{
    $rows = [];
    $header = [];
    $col = 'A';
    foreach (array_keys($records[0] ?? []) as $field) {
        $header[$col . '1'] = $field;
        $col++;
    }
    $rows[] = $header;
    $line = 2;
    foreach ($records as $record) {
        $row = [];
        $col = 'A';
        foreach ($record as $value) {
            $row[$col . $line] = is_float($value) ? (string) $value : $value;
            $col++;
        }
        $rows[] = $row;
        $line++;
    }
    return $rows;
}

$last = 'Z';
$last++;                      // "AA"
$empty = [] . '';             // "Array", what a forgotten implode() prints
$big = (9 ** 99) . '';        // "2.9512665430653E+94"
$columns = ColumnLetters::range('A', $last);
$rows = sheet_rows([['name' => 'total', 'amount' => 1e20, 'note' => $empty . ' ' . $big]]);
header('Content-Type: text/csv');
foreach ($rows as $row) {
    echo implode(',', array_map('strval', $row)), "\n";
}
echo implode(',', $columns), ',', ColumnLetters::index($last), "\n";
