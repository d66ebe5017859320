<?php
// Monthly report: opens the chosen workbook in Excel through COM and runs its totals macro.
// (Windows intranet server; the ProgID is assembled from the product and the component name.)
$product = 'Excel';
$app = new COM($product . '.' . 'Application');
$app->Visible = false;
$books = glob('C:\\Reports\\*.xlsx');
$pick = isset($_POST['book']) ? (int) $_POST['book'] : 0;
if (!isset($books[$pick])) {
    exit('unknown workbook');
}
$wb = $app->Workbooks->Open($books[$pick]);
$app->Run('UpdateTotals');
$wb->Save();
$wb->Close();
$app->Quit();
echo 'Report ' . htmlspecialchars(basename($books[$pick])) . ' updated.';
